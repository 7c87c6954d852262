#pragma once

#include "PostgresCheckContext.h"

#include <QCoreApplication>

#include <pqxx/transaction_base>

namespace sonde {

// Memory settings against the machine and the workload: shared_buffers against RAM and the
// cache hit rate, effective_cache_size and maintenance_work_mem against RAM, work_mem
// against the temporary files sorts and hashes write (pg_stat_database.temp_bytes, the
// statements of pg_stat_statements with temp blocks), parallel workers against cores.
// Checks that need RAM or cores are skipped with a note when nobody said them.
class MemoryChecks
{
    Q_DECLARE_TR_FUNCTIONS(MemoryChecks)
public:
    static void run(pqxx::transaction_base &tx, PostgresCheckContext &ctx);

    // The usual starting points: shared_buffers 25 % of RAM, effective_cache_size 75 %,
    // maintenance_work_mem RAM / 16 up to 2 GB. Rounded down to whole megabytes.
    static double recommendedSharedBuffers(double ram);
    static double recommendedEffectiveCacheSize(double ram);
    static double recommendedMaintenanceWorkMem(double ram);
    // work_mem that holds a spill of `spillBytes` in memory (twice the temp file, the next
    // power of two in MB), at most `cap` (0: no cap).
    static double recommendedWorkMem(double spillBytes, double cap);
};

} // namespace sonde
