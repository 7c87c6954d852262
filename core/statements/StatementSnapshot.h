#pragma once

#include "common/DbError.h"

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QString>

namespace sonde {

// Identifies one pg_stat_statements entry.
struct StatementKey
{
    qint64 queryId = 0;
    quint32 userId = 0;
    quint32 dbId = 0;
    bool topLevel = true;

    friend bool operator==(const StatementKey &a, const StatementKey &b)
    {
        return a.queryId == b.queryId && a.userId == b.userId && a.dbId == b.dbId &&
               a.topLevel == b.topLevel;
    }
    friend bool operator!=(const StatementKey &a, const StatementKey &b) { return !(a == b); }
};

inline size_t qHash(const StatementKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.queryId, k.userId, k.dbId, k.topLevel);
}

// The cumulative counters of one entry (times in ms, blocks of 8 kB). As deltas (a
// StatementInterval) the same struct holds what happened in an interval.
struct StatementCounters
{
    double calls = 0;
    double totalMs = 0;
    double minMs = 0;
    double maxMs = 0;
    double meanMs = 0;
    double stddevMs = 0;
    double rows = 0;
    double sharedHit = 0;
    double sharedRead = 0;
    double sharedDirtied = 0;
    double sharedWritten = 0;
    double tempRead = 0;
    double tempWritten = 0;
    double ioReadMs = 0;
    double ioWriteMs = 0;
    double planMs = 0;
    // Σ time² over the calls: pg_stat_statements keeps mean and (population) stddev, from
    // which it follows; as a delta it gives the stddev of a window.
    double sumSquares = 0;

    void deriveSumSquares() { sumSquares = calls * (stddevMs * stddevMs + meanMs * meanMs); }
};

// The PostgreSQL source's feed of StatementSnapshot values (TargetMonitor::subscribe).
inline constexpr QLatin1String StatementsFeed("statements");

// One read of pg_stat_statements, made on the sampler's thread.
struct StatementSnapshot
{
    QDateTime takenAt;
    // pg_stat_statements_info.stats_reset (PostgreSQL 14+); null when unknown.
    QDateTime statsReset;
    QHash<StatementKey, StatementCounters> counters;
    // Texts of its entries (a text never changes for a key).
    QHash<StatementKey, QString> newTexts;
    QHash<quint32, QString> roleNames;
    QHash<quint32, QString> databaseNames;
    // Something the user should know (missing privilege): the data is still usable.
    QString warning;
    DbError error;

    bool isValid() const { return !error.isError() && takenAt.isValid(); }
};

} // namespace sonde

Q_DECLARE_METATYPE(sonde::StatementSnapshot)
