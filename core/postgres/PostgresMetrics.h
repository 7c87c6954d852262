#pragma once

#include "monitoring/MetricCatalog.h"

namespace sonde {

// The per-interval metrics the PostgreSQL source puts in a Snapshot (names), and what each is
// (registered with the source: registerBuiltInSources()).
namespace metric {
inline constexpr QLatin1String PgLatencyMs("pg.latency_ms");          // Δtotal_exec_time / Δcalls
inline constexpr QLatin1String PgCallsPerSec("pg.calls_per_s");       // Δcalls / s (statements)
inline constexpr QLatin1String PgXactPerSec("pg.xact_per_s");         // Δ(commit + rollback) / s
inline constexpr QLatin1String PgRollbackPerSec("pg.rollback_per_s"); // Δxact_rollback / s
inline constexpr QLatin1String PgCacheHitPct("pg.cache_hit_pct"); // Δblks_hit / (Δhit + Δread)
inline constexpr QLatin1String PgTempFiles("pg.temp_files");      // Δtemp_files in the interval
inline constexpr QLatin1String PgTempBytesPerSec("pg.temp_bytes_per_s");
inline constexpr QLatin1String PgDeadlocks("pg.deadlocks"); // Δdeadlocks in the interval
inline constexpr QLatin1String PgActive("pg.conn_active");
inline constexpr QLatin1String PgIdle("pg.conn_idle");
inline constexpr QLatin1String PgIdleInXact("pg.conn_idle_in_xact");
inline constexpr QLatin1String PgWaitingOnLocks("pg.conn_waiting_lock");
inline constexpr QLatin1String PgConnections("pg.connections"); // client backends, Sonde's included
inline constexpr QLatin1String PgConnUsePct("pg.conn_use_pct"); // of max_connections − reserved
inline constexpr QLatin1String PgLongestQuerySec("pg.longest_query_s");
} // namespace metric

class PostgresMetrics
{
    Q_DECLARE_TR_FUNCTIONS(PostgresMetrics)
public:
    static QList<MetricInfo> all();
};

} // namespace sonde
