#include "FeedCodec.h"

#include "RecordingCodec.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sonde::FeedCodec {
namespace {

using RecordingCodec::fromMs;
using RecordingCodec::toMs;

// The counters in a fixed order: one array per statement keeps a statements record small.
constexpr double StatementCounters::*CounterFields[] = {
    &StatementCounters::calls,         &StatementCounters::totalMs,
    &StatementCounters::minMs,         &StatementCounters::maxMs,
    &StatementCounters::meanMs,        &StatementCounters::stddevMs,
    &StatementCounters::rows,          &StatementCounters::sharedHit,
    &StatementCounters::sharedRead,    &StatementCounters::sharedDirtied,
    &StatementCounters::sharedWritten, &StatementCounters::tempRead,
    &StatementCounters::tempWritten,   &StatementCounters::ioReadMs,
    &StatementCounters::ioWriteMs,     &StatementCounters::planMs,
    &StatementCounters::sumSquares};

QJsonArray keyArray(const StatementKey &k)
{
    // A query id is a 64-bit hash: as text, since a JSON number holds 53 bits exactly.
    return {QString::number(k.queryId), double(k.userId), double(k.dbId), k.topLevel};
}

StatementKey keyFrom(const QJsonArray &a)
{
    StatementKey k;
    k.queryId = a.at(0).toString().toLongLong();
    k.userId = quint32(a.at(1).toDouble());
    k.dbId = quint32(a.at(2).toDouble());
    k.topLevel = a.at(3).toBool(true);
    return k;
}

QJsonObject namesObject(const QHash<quint32, QString> &names)
{
    QJsonObject o;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        o.insert(QString::number(it.key()), it.value());
    return o;
}

QHash<quint32, QString> namesFrom(const QJsonObject &o)
{
    QHash<quint32, QString> names;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        names.insert(it.key().toUInt(), it.value().toString());
    return names;
}

QJsonArray intArray(const QList<int> &values)
{
    QJsonArray a;
    for (int v : values)
        a.append(v);
    return a;
}

QJsonObject fromSession(const SessionInfo &s, bool texts)
{
    return {{u"pid"_s, s.pid},
            {u"leader_pid"_s, s.leaderPid},
            {u"user"_s, s.user},
            {u"database"_s, s.database},
            {u"application"_s, s.application},
            {u"client"_s, s.client},
            {u"backend_type"_s, s.backendType},
            {u"state"_s, s.state},
            {u"wait_event_type"_s, s.waitEventType},
            {u"wait_event"_s, s.waitEvent},
            {u"transaction_s"_s, s.transactionSeconds},
            {u"query_s"_s, s.querySeconds},
            {u"state_s"_s, s.stateSeconds},
            {u"query_id"_s, QString::number(s.queryId)},
            {u"query"_s, texts ? s.query : QString()},
            {u"blocked_by"_s, intArray(s.blockedBy)},
            {u"xmin_age"_s, double(s.xminAge)}};
}

SessionInfo toSession(const QJsonObject &o)
{
    SessionInfo s;
    s.pid = o.value(u"pid"_s).toInt();
    s.leaderPid = o.value(u"leader_pid"_s).toInt();
    s.user = o.value(u"user"_s).toString();
    s.database = o.value(u"database"_s).toString();
    s.application = o.value(u"application"_s).toString();
    s.client = o.value(u"client"_s).toString();
    s.backendType = o.value(u"backend_type"_s).toString();
    s.state = o.value(u"state"_s).toString();
    s.waitEventType = o.value(u"wait_event_type"_s).toString();
    s.waitEvent = o.value(u"wait_event"_s).toString();
    s.transactionSeconds = o.value(u"transaction_s"_s).toDouble(-1);
    s.querySeconds = o.value(u"query_s"_s).toDouble(-1);
    s.stateSeconds = o.value(u"state_s"_s).toDouble(-1);
    s.queryId = o.value(u"query_id"_s).toString().toLongLong();
    s.query = o.value(u"query"_s).toString();
    for (const QJsonValue &pid : o.value(u"blocked_by"_s).toArray())
        s.blockedBy.append(pid.toInt());
    s.xminAge = qint64(o.value(u"xmin_age"_s).toDouble(-1));
    return s;
}

QJsonObject fromEntry(const RedisSlowLogEntry &e, bool texts)
{
    QJsonArray arguments;
    const qsizetype kept = texts ? e.arguments.size() : std::min<qsizetype>(1, e.arguments.size());
    for (qsizetype i = 0; i < kept; ++i)
        arguments.append(QString::fromLatin1(e.arguments.at(i).toBase64()));
    return {{u"id"_s, double(e.id)},
            {u"at"_s, toMs(e.at)},
            {u"duration_us"_s, double(e.durationUs)},
            {u"arguments"_s, arguments},
            {u"client"_s, e.client},
            {u"client_name"_s, e.clientName}};
}

RedisSlowLogEntry toEntry(const QJsonObject &o)
{
    RedisSlowLogEntry e;
    e.id = qint64(o.value(u"id"_s).toDouble(-1));
    e.at = fromMs(o.value(u"at"_s));
    e.durationUs = qint64(o.value(u"duration_us"_s).toDouble());
    for (const QJsonValue &a : o.value(u"arguments"_s).toArray())
        e.arguments.append(QByteArray::fromBase64(a.toString().toLatin1()));
    e.client = o.value(u"client"_s).toString();
    e.clientName = o.value(u"client_name"_s).toString();
    return e;
}

QJsonArray entriesArray(const QList<RedisSlowLogEntry> &entries, bool texts)
{
    QJsonArray a;
    for (const RedisSlowLogEntry &e : entries)
        a.append(fromEntry(e, texts));
    return a;
}

QList<RedisSlowLogEntry> entriesFrom(const QJsonValue &v)
{
    QList<RedisSlowLogEntry> entries;
    for (const QJsonValue &e : v.toArray())
        entries.append(toEntry(e.toObject()));
    return entries;
}

} // namespace

QJsonObject fromStatements(const StatementSnapshot &s, bool texts)
{
    QJsonArray counters;
    for (auto it = s.counters.cbegin(); it != s.counters.cend(); ++it) {
        QJsonArray values;
        for (auto field : CounterFields)
            values.append(it.value().*field);
        counters.append(QJsonArray{keyArray(it.key()), values});
    }
    QJsonArray textsArray;
    if (texts) {
        for (auto it = s.newTexts.cbegin(); it != s.newTexts.cend(); ++it)
            textsArray.append(QJsonArray{keyArray(it.key()), it.value()});
    }
    return {{u"taken_at"_s, toMs(s.takenAt)},
            {u"stats_reset"_s, toMs(s.statsReset)},
            {u"counters"_s, counters},
            {u"texts"_s, textsArray},
            {u"roles"_s, namesObject(s.roleNames)},
            {u"databases"_s, namesObject(s.databaseNames)},
            {u"warning"_s, s.warning}};
}

StatementSnapshot toStatements(const QJsonObject &o)
{
    StatementSnapshot s;
    s.takenAt = fromMs(o.value(u"taken_at"_s));
    s.statsReset = fromMs(o.value(u"stats_reset"_s));
    for (const QJsonValue &entry : o.value(u"counters"_s).toArray()) {
        const QJsonArray pair = entry.toArray();
        const QJsonArray values = pair.at(1).toArray();
        StatementCounters c;
        int i = 0;
        for (auto field : CounterFields)
            c.*field = values.at(i++).toDouble();
        s.counters.insert(keyFrom(pair.at(0).toArray()), c);
    }
    for (const QJsonValue &entry : o.value(u"texts"_s).toArray()) {
        const QJsonArray pair = entry.toArray();
        s.newTexts.insert(keyFrom(pair.at(0).toArray()), pair.at(1).toString());
    }
    s.roleNames = namesFrom(o.value(u"roles"_s).toObject());
    s.databaseNames = namesFrom(o.value(u"databases"_s).toObject());
    s.warning = o.value(u"warning"_s).toString();
    return s;
}

QJsonObject fromSessions(const SessionSnapshot &s, bool texts)
{
    QJsonArray sessions;
    for (const SessionInfo &info : s.sessions)
        sessions.append(fromSession(info, texts));
    return {{u"taken_at"_s, toMs(s.takenAt)}, {u"sessions"_s, sessions}, {u"warning"_s, s.warning}};
}

SessionSnapshot toSessions(const QJsonObject &o)
{
    SessionSnapshot s;
    s.takenAt = fromMs(o.value(u"taken_at"_s));
    for (const QJsonValue &info : o.value(u"sessions"_s).toArray())
        s.sessions.append(toSession(info.toObject()));
    s.warning = o.value(u"warning"_s).toString();
    return s;
}

QJsonObject fromSlowLog(const RedisSlowLogRead &r, bool texts)
{
    return {{u"taken_at"_s, toMs(r.takenAt)},
            {u"entries"_s, entriesArray(r.entries, texts)},
            {u"new_entries"_s, entriesArray(r.newEntries, texts)},
            {u"first"_s, r.first},
            {u"threshold_us"_s, double(r.thresholdUs)},
            {u"max_length"_s, double(r.maxLength)}};
}

RedisSlowLogRead toSlowLog(const QJsonObject &o)
{
    RedisSlowLogRead r;
    r.takenAt = fromMs(o.value(u"taken_at"_s));
    r.entries = entriesFrom(o.value(u"entries"_s));
    r.newEntries = entriesFrom(o.value(u"new_entries"_s));
    r.first = o.value(u"first"_s).toBool();
    r.thresholdUs = qint64(o.value(u"threshold_us"_s).toDouble(-1));
    r.maxLength = qint64(o.value(u"max_length"_s).toDouble(-1));
    return r;
}

QJsonObject fromPlan(const ShownPlan &plan)
{
    return {{u"at"_s, toMs(plan.at)},
            {u"sql"_s, plan.sql},
            {u"caption"_s, plan.caption},
            {u"plan"_s, plan.planJson}};
}

ShownPlan toPlan(const QJsonObject &o)
{
    return {fromMs(o.value(u"at"_s)), o.value(u"sql"_s).toString(),
            o.value(u"caption"_s).toString(), o.value(u"plan"_s).toString()};
}

} // namespace sonde::FeedCodec
