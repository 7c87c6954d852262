#pragma once

#include "connection/Target.h"
#include "monitoring/Snapshot.h"
#include "monitoring/TimelineEvent.h"
#include "plan/ShownPlan.h"
#include "redis/RedisSlowLogRead.h"
#include "sessions/SessionSnapshot.h"
#include "statements/StatementSnapshot.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sonde {

// A target as a recording names it: never its password, nor its full connection string.
struct RecordedTarget
{
    QString id;
    QString name;
    TargetKind kind = TargetKind::PostgreSQL;
    QString address;       // Target::displayUri(): passwords masked
    QString serverVersion; // "PostgreSQL 15.18", as the sampler found it

    friend bool operator==(const RecordedTarget &a, const RecordedTarget &b)
    {
        return a.id == b.id && a.name == b.name && a.kind == b.kind && a.address == b.address &&
               a.serverVersion == b.serverVersion;
    }
};

// One reading of a feed (statements, sessions, slow log) of one target.
template<typename T>
struct RecordedReading
{
    QString targetId;
    T value;
};

// An annotation on the time axis ("19:42 failover started").
struct RecordingNote
{
    QDateTime at;
    QString text;
    QString targetId; // empty: the whole recording

    friend bool operator==(const RecordingNote &a, const RecordingNote &b)
    {
        return a.at == b.at && a.text == b.text && a.targetId == b.targetId;
    }
};

// What a snapshot's source added besides its values, as the recording keeps it: the
// one-line summary and the short JSON the source gave when it was recorded.
class RecordedDetail : public SnapshotDetail
{
public:
    RecordedDetail(QString summary, QJsonObject json)
        : m_summary(std::move(summary))
        , m_json(std::move(json))
    {}
    QString summary(const Snapshot &) const override { return m_summary; }
    QJsonObject toJson() const override { return m_json; }

private:
    QString m_summary;
    QJsonObject m_json;
};

// Everything one recording file holds (RecordingFile::read), oldest first.
struct Recording
{
    int formatVersion = 0;
    QString sondeVersion;       // of the Sonde that wrote it
    QDateTime createdAt;        // when recording started
    bool statementTexts = true; // false: statement and command texts were left out
    QList<RecordedTarget> targets;
    QList<Snapshot> snapshots;
    QList<RecordedReading<StatementSnapshot>> statements;
    QList<RecordedReading<SessionSnapshot>> sessions;
    QList<RecordedReading<RedisSlowLogRead>> slowLogs;
    QList<RecordedReading<ShownPlan>> plans; // the plans the Plan page showed
    QList<TimelineEvent> events;
    QList<RecordingNote> notes;
    // Read in part (RecordingFile::read's lastSpanMs): the file holds more before `from()`.
    bool partial = false;

    // The first and last instants of the snapshots, events and notes (invalid when empty).
    QDateTime from() const;
    QDateTime to() const;
};

} // namespace sonde
