#pragma once

#include "common/DbError.h"

#include <QString>
#include <QStringList>

#include <pqxx/connection>

namespace sonde {

class SavepointTransaction;

// EXPLAIN (FORMAT JSON) of a statement that may hold $n parameters (as pg_stat_statements
// shows them), as a generic plan and without running it:
// * PostgreSQL 16+: EXPLAIN (GENERIC_PLAN);
// * 12–15: PREPARE + SET LOCAL plan_cache_mode = force_generic_plan + EXPLAIN EXECUTE with
//   NULL arguments; the prepared statement is deallocated in the same transaction (PREPARE
//   is not undone by ROLLBACK, and a pool may give the next transaction another server
//   connection).
// Everything runs in one read-only transaction that is rolled back, with `localSettings`
// ("enable_partition_pruning = off") applied by SET LOCAL, so nothing lingers in the
// session and it works through PgBouncer in transaction mode. Typed literals
// (`interval $1`) are rewritten first. Hypothetical indexes (HypoPG) made earlier in the same
// session are seen by the planner.
DbError explainGenericPlan(pqxx::connection &connection, const QString &sql, QString *planJson,
                           const QStringList &localSettings = {});
// The same inside the caller's open transaction (HypoPG's what-if transaction), as one step
// of it: the transaction goes on after a plan that fails, and keeps no lock and no setting
// of it.
DbError explainGenericPlan(SavepointTransaction &transaction, const QString &sql, QString *planJson,
                           const QStringList &localSettings = {});

// The top node's "Total Cost" in an EXPLAIN (FORMAT JSON) document; -1 when absent.
double planTotalCost(const QString &planJson);

} // namespace sonde
