#pragma once

#include "Workload.h"
#include "common/DbError.h"

#include <QCoreApplication>
#include <QHash>

#include <atomic>
#include <functional>

#include <pqxx/connection>

namespace sonde {

class PgSession;

class SchemaCatalog;

// Reads the workload of the current database from pg_stat_statements — cumulative, or the
// difference over a window Sonde watches — and what pg_qualstats saw of its conditions.
class WorkloadReader
{
    Q_DECLARE_TR_FUNCTIONS(WorkloadReader)
public:
    using Progress = std::function<void(const QString &text, int percent)>;

    // A parameter counts as a constant when pg_qualstats saw at least this many executions
    // of it, all with the same value.
    static constexpr qint64 MinConstantSamples = 5;

    // window <= 0: the counters as they are. Otherwise two snapshots `windowSeconds`
    // apart (the session is not Talking while it waits); `cancel` stops the wait (the result
    // is then a Canceled error).
    static DbError read(PgSession &session, double windowSeconds, Workload *out,
                        const std::atomic<bool> *cancel = nullptr, const Progress &progress = {});

    // Adds pg_qualstats' observations to the statements that have a queryid and records the
    // constants it proves. Missing pg_qualstats is a note, not an error.
    static void addQualstats(pqxx::connection &connection, Workload *workload,
                             const SchemaCatalog *catalog = nullptr);
    // LIMIT $n planned as the rows the statement really returns per call (pg_stat_statements
    // rows / calls): a generic plan otherwise assumes a tenth of the rows, which inflates the
    // cost of every plan that reads rows one by one.
    static void addObservedLimits(Workload *workload);
    // Puts the known parameters into each statement's explainSql.
    static void applyKnownParameters(Workload *workload);

    using Snapshot = QHash<qint64, WorkloadStatement>;
    static DbError snapshot(pqxx::connection &connection, Snapshot *out);
    // Adds the literal texts pg_stat_activity shows now (sessions of this database, running
    // or idle after them) to `samples`, one per queryid, keeping those already there.
    static void sampleActivity(pqxx::connection &connection, QHash<qint64, QString> *samples);
};

} // namespace sonde
