#pragma once

#include "common/DbError.h"

#include <QString>

#include <pqxx/connection>

namespace sonde {

// EXPLAIN (FORMAT JSON) of a statement that may hold $n parameters (as pg_stat_statements
// shows them), as a generic plan and without running it:
// * PostgreSQL 16+: EXPLAIN (GENERIC_PLAN);
// * 12–15: PREPARE + SET LOCAL plan_cache_mode = force_generic_plan + EXPLAIN EXECUTE with
//   NULL arguments, inside a transaction that is rolled back; the prepared statement is
//   deallocated afterwards (PREPARE is not undone by ROLLBACK).
// Typed literals (`interval $1`) are rewritten first. Hypothetical indexes (HypoPG) made
// earlier in the same session are seen by the planner.
DbError explainGenericPlan(pqxx::connection &connection, const QString &sql, QString *planJson);

// The top node's "Total Cost" in an EXPLAIN (FORMAT JSON) document; -1 when absent.
double planTotalCost(const QString &planJson);

} // namespace sonde
