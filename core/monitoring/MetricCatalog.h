#pragma once

#include "connection/Target.h"

#include <QCoreApplication>
#include <QLatin1String>
#include <QList>
#include <QString>

namespace sonde {

// The dashboard's charts; metrics on one chart share its unit and its thresholds.
enum class ChartGroup
{
    Latency,    // milliseconds
    Throughput, // per second
    HitRate,    // percent
    PoolUse,    // percent (and a count of waiting clients on a second axis)
    None,       // stored and shown in tables, not charted
};

// The names of the per-interval metrics samplers put in a Snapshot. Rates are per second
// over the real interval between two readings; "…_pct" are percentages.
namespace metric {
// PostgreSQL
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
// PgBouncer
inline constexpr QLatin1String PgbClientsActive("pgb.clients_active");
inline constexpr QLatin1String PgbClientsWaiting("pgb.clients_waiting");
inline constexpr QLatin1String PgbMaxWaitSec("pgb.maxwait_s");
inline constexpr QLatin1String PgbServersActive("pgb.servers_active");
inline constexpr QLatin1String PgbServersIdle("pgb.servers_idle");
inline constexpr QLatin1String PgbServersUsed("pgb.servers_used");
inline constexpr QLatin1String
    PgbServerUsePct("pgb.server_use_pct"); // busiest pool: sv_active / pool_size
inline constexpr QLatin1String PgbQueriesPerSec("pgb.queries_per_s");
inline constexpr QLatin1String PgbXactPerSec("pgb.xact_per_s");
inline constexpr QLatin1String PgbQueryMs("pgb.query_ms"); // Δtotal_query_time / Δtotal_query_count
inline constexpr QLatin1String PgbWaitMs("pgb.wait_ms");   // Δtotal_wait_time / Δtotal_xact_count
// Redis
inline constexpr QLatin1String RedisOpsPerSec("redis.ops_per_s");
inline constexpr QLatin1String RedisHitPct("redis.hit_pct"); // Δkeyspace_hits / (Δhits + Δmisses)
inline constexpr QLatin1String RedisEvictedPerSec("redis.evicted_per_s");
inline constexpr QLatin1String RedisExpiredPerSec("redis.expired_per_s");
inline constexpr QLatin1String RedisMemoryBytes("redis.memory_bytes");
inline constexpr QLatin1String RedisMemoryPct("redis.memory_pct");   // of maxmemory (when set)
inline constexpr QLatin1String RedisClients("redis.clients");        // Sonde's own excluded
inline constexpr QLatin1String RedisClientsPct("redis.clients_pct"); // of maxclients
inline constexpr QLatin1String RedisBlockedClients("redis.blocked_clients");
inline constexpr QLatin1String RedisMeanMs("redis.mean_ms"); // Δusec / Δcalls over every command
inline constexpr QLatin1String RedisP50Ms("redis.p50_ms");   // latencystats, busiest commands
inline constexpr QLatin1String RedisP99Ms("redis.p99_ms");   // latencystats, worst command
} // namespace metric

struct MetricInfo
{
    QString name;
    TargetKind kind = TargetKind::PostgreSQL;
    QString label; // translated, short: "PostgreSQL latency per call"
    QString unit;  // "ms", "/s", "%", "" (a count), "B", "s"
    ChartGroup chart = ChartGroup::None;
    // Checked against the chart's thresholds (a count of waiting clients is not a percent).
    bool alerting = false;
    // Charted on the chart's second axis (counts next to percentages).
    bool secondaryAxis = false;
    QString help; // tooltip: how it is computed
};

// What every metric is, for charts, tables, alerts and the CLI.
class MetricCatalog
{
    Q_DECLARE_TR_FUNCTIONS(MetricCatalog)
public:
    static const QList<MetricInfo> &all();
    // An empty MetricInfo (name empty) when unknown.
    static MetricInfo info(const QString &name);
    static QList<MetricInfo> forChart(ChartGroup chart);
    static QString chartTitle(ChartGroup chart);
    static QString chartUnit(ChartGroup chart);
    // "12.3 ms", "95.0 %", "1 234 /s"
    static QString format(const QString &metricName, double value);

private:
    static QList<MetricInfo> buildCatalog();
};

} // namespace sonde
