#pragma once

#include "PostgresCheckContext.h"

#include <QCoreApplication>

#include <pqxx/transaction_base>

namespace sonde {

// Transaction-ID and multixact age of every database (pg_database) and of the tables of
// this one (pg_class), against autovacuum_freeze_max_age and
// autovacuum_multixact_freeze_max_age (per-table options included): past it, autovacuum
// should already be freezing; far past it, PostgreSQL will stop accepting transactions.
// The evidence says what holds freezing back (the oldest snapshot).
class WraparoundChecks
{
    Q_DECLARE_TR_FUNCTIONS(WraparoundChecks)
public:
    static void run(pqxx::transaction_base &tx, PostgresCheckContext &ctx);

    static HealthSeverity severity(double age, double freezeMaxAge, double criticalAge);
};

} // namespace sonde
