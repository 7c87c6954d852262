#pragma once

#include "PostgresCheckContext.h"

#include <QCoreApplication>

#include <pqxx/transaction_base>

namespace sonde {

// Tables autovacuum is not keeping up with: dead tuples past autovacuum's own trigger
// (autovacuum_vacuum_threshold + autovacuum_vacuum_scale_factor × rows, per-table options
// included) and no vacuum for a while. Fix: VACUUM (ANALYZE) of the table.
class VacuumChecks
{
    Q_DECLARE_TR_FUNCTIONS(VacuumChecks)
public:
    static void run(pqxx::transaction_base &tx, PostgresCheckContext &ctx);

    // Dead tuples at which autovacuum starts on a table of `rows` rows.
    static double trigger(double threshold, double scaleFactor, double rows);
};

} // namespace sonde
