#pragma once

#include "PostgresCheckContext.h"

#include <QCoreApplication>

#include <pqxx/transaction_base>

namespace sonde {

// Tables and b-tree indexes much larger than their rows need. The estimate is the one the
// well-known bloat queries make: the rows (pg_class.reltuples) times their width from the
// planner's statistics (pg_stats.avg_width, null_frac), with tuple headers, line pointers,
// alignment and fillfactor, against the pages the relation holds. Relations without
// statistics for every column are left out. When pgstattuple is installed in the database,
// the candidates are measured (pgstattuple_approx, pgstatindex) and the measure is the
// evidence.
class BloatChecks
{
    Q_DECLARE_TR_FUNCTIONS(BloatChecks)
public:
    static void run(pqxx::transaction_base &tx, PostgresCheckContext &ctx);

    // Pages a heap of `rows` rows of `dataWidth` bytes each needs (`columns` columns,
    // `hasNulls` when a null bitmap is stored).
    static double expectedTablePages(double rows, double dataWidth, int columns, bool hasNulls,
                                     int fillfactor, int blockSize);
    // Leaf pages a b-tree of `rows` entries of `keyWidth` bytes needs.
    static double expectedIndexPages(double rows, double keyWidth, bool hasNulls, int fillfactor,
                                     int blockSize);
};

} // namespace sonde
