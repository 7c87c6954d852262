#pragma once

#include "StatementSnapshot.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <deque>

namespace sonde {

// What one statement did between two snapshots.
struct StatementDelta
{
    StatementCounters change; // calls, time, rows, blocks, Σ time² in the interval
    // The statement's max_exec_time when it rose in this interval (a call in the interval
    // took that long); -1 when it did not rise.
    double newMaxMs = -1;
};

// The interval between two consecutive snapshots; only statements that ran are stored.
struct StatementInterval
{
    QDateTime start;
    QDateTime end;
    // pg_stat_statements was reset in this interval: its counts start from the reset.
    bool reset = false;
    QHash<StatementKey, StatementDelta> deltas;

    double seconds() const { return double(start.msecsTo(end)) / 1000.0; }
};

// The bounded history of pg_stat_statements as interval deltas (sparse: a statement that
// did not run costs nothing), plus the latest cumulative counters and every text seen.
// Memory is bounded by the number of intervals and of stored deltas: the oldest intervals
// are dropped first. Lives on one thread (the GUI's, or the CLI's).
class StatementHistory
{
public:
    explicit StatementHistory(int maxIntervals = 4320, qsizetype maxDeltas = 1000000);

    // Adds a snapshot (ignored when it carries an error). Counters that went down (reset,
    // eviction) count from zero, so no delta is ever negative.
    void add(const StatementSnapshot &snapshot);
    void clear();

    const std::deque<StatementInterval> &intervals() const { return m_intervals; }
    const QHash<StatementKey, StatementCounters> &latest() const { return m_latest; }
    QDateTime firstSampleAt() const { return m_firstSample; }
    QDateTime lastSampleAt() const { return m_lastSample; }
    QDateTime statsReset() const { return m_statsReset; }
    int sampleCount() const { return m_samples; }
    qsizetype deltaCount() const { return m_deltaCount; }

    QString text(const StatementKey &key) const { return m_texts.value(key); }
    bool hasText(const StatementKey &key) const { return m_texts.contains(key); }
    QString roleName(quint32 oid) const { return m_roles.value(oid, QString::number(oid)); }
    QString databaseName(quint32 oid) const { return m_databases.value(oid, QString::number(oid)); }

private:
    void trim();

    int m_maxIntervals;
    qsizetype m_maxDeltas;
    std::deque<StatementInterval> m_intervals;
    QHash<StatementKey, StatementCounters> m_latest;
    QHash<StatementKey, QString> m_texts;
    QHash<quint32, QString> m_roles;
    QHash<quint32, QString> m_databases;
    QDateTime m_firstSample;
    QDateTime m_lastSample;
    QDateTime m_statsReset;
    int m_samples = 0;
    qsizetype m_deltaCount = 0;
};

} // namespace sonde
