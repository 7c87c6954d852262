#pragma once

// Field-by-field comparison of what a recording holds with what the pipeline delivered:
// each returns what differs, in one line, or an empty string when the two are equal.
#include "recording/Recording.h"

#include <QJsonDocument>

#include <algorithm>

namespace sonde::test {

inline QString differs(const char *what, bool equal)
{
    return equal ? QString() : QString::fromLatin1(what);
}

inline QString compareEvents(const TimelineEvent &a, const TimelineEvent &b)
{
    const bool equal = a.at == b.at && a.kind == b.kind && a.severity == b.severity &&
                       a.targetId == b.targetId && a.targetName == b.targetName &&
                       a.text == b.text && a.detail == b.detail && a.metric == b.metric &&
                       a.value == b.value;
    return differs("event", equal);
}

inline QString compareSnapshots(const Snapshot &a, const Snapshot &b)
{
    if (a.targetId != b.targetId || a.targetName != b.targetName || a.kind != b.kind)
        return QStringLiteral("target");
    if (a.at != b.at)
        return QStringLiteral("time %1 vs %2")
            .arg(a.at.toString(Qt::ISODateWithMs), b.at.toString(Qt::ISODateWithMs));
    if (a.intervalSeconds != b.intervalSeconds || a.continuity != b.continuity)
        return QStringLiteral("interval or continuity");
    if (a.values != b.values)
        return QStringLiteral("values");
    if (a.notes != b.notes || a.events.size() != b.events.size())
        return QStringLiteral("notes or events");
    for (qsizetype i = 0; i < a.events.size(); ++i) {
        if (const QString d = compareEvents(a.events.at(i), b.events.at(i)); !d.isEmpty())
            return d;
    }
    if (bool(a.detail) != bool(b.detail))
        return QStringLiteral("detail present");
    if (a.detail &&
        (a.detail->toJson() != b.detail->toJson() || a.detail->summary(a) != b.detail->summary(b)))
        return QStringLiteral("detail");
    return {};
}

inline bool sameCounters(const StatementCounters &a, const StatementCounters &b)
{
    return a.calls == b.calls && a.totalMs == b.totalMs && a.minMs == b.minMs &&
           a.maxMs == b.maxMs && a.meanMs == b.meanMs && a.stddevMs == b.stddevMs &&
           a.rows == b.rows && a.sharedHit == b.sharedHit && a.sharedRead == b.sharedRead &&
           a.sharedDirtied == b.sharedDirtied && a.sharedWritten == b.sharedWritten &&
           a.tempRead == b.tempRead && a.tempWritten == b.tempWritten && a.ioReadMs == b.ioReadMs &&
           a.ioWriteMs == b.ioWriteMs && a.planMs == b.planMs && a.sumSquares == b.sumSquares;
}

inline QString compareStatements(const StatementSnapshot &a, const StatementSnapshot &b)
{
    if (a.takenAt != b.takenAt || a.statsReset != b.statsReset)
        return QStringLiteral("statements: time");
    if (a.counters.size() != b.counters.size())
        return QStringLiteral("statements: %1 vs %2").arg(a.counters.size()).arg(b.counters.size());
    for (auto it = a.counters.cbegin(); it != a.counters.cend(); ++it) {
        if (!b.counters.contains(it.key()) || !sameCounters(b.counters.value(it.key()), it.value()))
            return QStringLiteral("statements: counters of %1").arg(it.key().queryId);
    }
    return differs("statements: texts or names",
                   a.newTexts == b.newTexts && a.roleNames == b.roleNames &&
                       a.databaseNames == b.databaseNames && a.warning == b.warning);
}

inline QString compareSessions(const SessionSnapshot &a, const SessionSnapshot &b)
{
    if (a.takenAt != b.takenAt || a.warning != b.warning || a.sessions.size() != b.sessions.size())
        return QStringLiteral("sessions: time, warning or count");
    for (qsizetype i = 0; i < a.sessions.size(); ++i) {
        const SessionInfo &x = a.sessions.at(i);
        const SessionInfo &y = b.sessions.at(i);
        const bool equal =
            x.pid == y.pid && x.leaderPid == y.leaderPid && x.user == y.user &&
            x.database == y.database && x.application == y.application && x.client == y.client &&
            x.backendType == y.backendType && x.state == y.state &&
            x.waitEventType == y.waitEventType && x.waitEvent == y.waitEvent &&
            x.transactionSeconds == y.transactionSeconds && x.querySeconds == y.querySeconds &&
            x.stateSeconds == y.stateSeconds && x.queryId == y.queryId && x.query == y.query &&
            x.blockedBy == y.blockedBy && x.xminAge == y.xminAge;
        if (!equal)
            return QStringLiteral("sessions: pid %1").arg(x.pid);
    }
    return {};
}

inline bool sameEntry(const RedisSlowLogEntry &a, const RedisSlowLogEntry &b)
{
    return a.id == b.id && a.at == b.at && a.durationUs == b.durationUs &&
           a.arguments == b.arguments && a.client == b.client && a.clientName == b.clientName;
}

inline bool sameEntries(const QList<RedisSlowLogEntry> &a, const QList<RedisSlowLogEntry> &b)
{
    return a.size() == b.size() && std::equal(a.cbegin(), a.cend(), b.cbegin(), sameEntry);
}

inline QString compareSlowLogs(const RedisSlowLogRead &a, const RedisSlowLogRead &b)
{
    return differs("slow log", a.takenAt == b.takenAt && sameEntries(a.entries, b.entries) &&
                                   sameEntries(a.newEntries, b.newEntries) && a.first == b.first &&
                                   a.thresholdUs == b.thresholdUs && a.maxLength == b.maxLength);
}

} // namespace sonde::test
