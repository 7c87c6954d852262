#include "MetricCatalog.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde {

QList<MetricInfo> MetricCatalog::buildCatalog()
{
    using C = ChartGroup;
    const auto pg = TargetKind::PostgreSQL;
    const auto pgb = TargetKind::PgBouncer;
    const auto rd = TargetKind::Redis;
    auto m = [](QLatin1String name, TargetKind kind, const QString &label, const QString &unit,
                C chart, bool alerting, const QString &help, bool secondary = false) {
        MetricInfo i;
        i.name = name;
        i.kind = kind;
        i.label = label;
        i.unit = unit;
        i.chart = chart;
        i.alerting = alerting;
        i.secondaryAxis = secondary;
        i.help = help;
        return i;
    };
    const QString ms = u"ms"_s;
    const QString perSec = u"/s"_s;
    const QString pct = u"%"_s;
    return {
        m(metric::PgLatencyMs, pg, tr("PostgreSQL latency per statement"), ms, C::Latency, true,
          tr("Mean execution time of the statements that finished in the interval: "
             "Δtotal_exec_time / Δcalls from pg_stat_statements (Sonde's own excluded).")),
        m(metric::PgCallsPerSec, pg, tr("PostgreSQL statements"), perSec, C::Throughput, false,
          tr("Statements finished per second: Δcalls of the top-level statements in "
             "pg_stat_statements, Sonde's own excluded. A transaction may run several "
             "statements; a statement run outside BEGIN … COMMIT is a transaction of its "
             "own.")),
        m(metric::PgXactPerSec, pg, tr("PostgreSQL transactions"), perSec, C::Throughput, false,
          tr("Transactions finished per second: commits and rollbacks over every database "
             "(pg_stat_database), the monitoring connection's own subtracted. More "
             "transactions than statements means transactions whose statements "
             "pg_stat_statements does not count: Sonde's other connections (health checks, "
             "advice), statements it does not track (pg_stat_statements.track) or entries "
             "evicted beyond pg_stat_statements.max.")),
        m(metric::PgRollbackPerSec, pg, tr("PostgreSQL rollbacks"), perSec, C::None, false,
          tr("Rollbacks per second (pg_stat_database).")),
        m(metric::PgCacheHitPct, pg, tr("PostgreSQL buffer cache hit rate"), pct, C::HitRate, true,
          tr("Share of block reads served from shared buffers in the interval: Δblks_hit / "
             "(Δblks_hit + Δblks_read).")),
        m(metric::PgTempFiles, pg, tr("PostgreSQL temporary files"), QString(), C::None, false,
          tr("Temporary files written in the interval (sorts and hashes larger than "
             "work_mem).")),
        m(metric::PgTempBytesPerSec, pg, tr("PostgreSQL temporary file bytes"), u"B/s"_s, C::None,
          false, tr("Bytes written to temporary files per second.")),
        m(metric::PgDeadlocks, pg, tr("PostgreSQL deadlocks"), QString(), C::None, false,
          tr("Deadlocks detected in the interval.")),
        m(metric::PgActive, pg, tr("PostgreSQL active sessions"), QString(), C::None, false,
          tr("Client sessions running a statement (Sonde's own excluded).")),
        m(metric::PgIdle, pg, tr("PostgreSQL idle sessions"), QString(), C::None, false,
          tr("Client sessions waiting for their client.")),
        m(metric::PgIdleInXact, pg, tr("PostgreSQL idle in transaction"), QString(), C::None, false,
          tr("Sessions holding a transaction open without running anything.")),
        m(metric::PgWaitingOnLocks, pg, tr("PostgreSQL sessions waiting on locks"), QString(),
          C::None, false, tr("Sessions whose wait_event_type is Lock.")),
        m(metric::PgConnections, pg, tr("PostgreSQL connections"), QString(), C::None, false,
          tr("Client backends, Sonde's included (they hold connection slots too).")),
        m(metric::PgConnUsePct, pg, tr("PostgreSQL connection use"), pct, C::PoolUse, true,
          tr("Client backends / (max_connections − superuser_reserved_connections − "
             "reserved_connections).")),
        m(metric::PgLongestQuerySec, pg, tr("PostgreSQL longest running statement"), u"s"_s,
          C::None, false, tr("Age of the oldest statement still running.")),
        m(metric::PgbClientsActive, pgb, tr("PgBouncer active clients"), QString(), C::None, false,
          tr("Clients linked to a server connection (SHOW POOLS cl_active).")),
        m(metric::PgbClientsWaiting, pgb, tr("PgBouncer waiting clients"), QString(), C::PoolUse,
          false,
          tr("Clients that sent a query but have no server connection yet (SHOW POOLS "
             "cl_waiting): the pool is saturated."),
          true),
        m(metric::PgbMaxWaitSec, pgb, tr("PgBouncer longest wait"), u"s"_s, C::None, false,
          tr("How long the oldest waiting client has waited (maxwait).")),
        m(metric::PgbServersActive, pgb, tr("PgBouncer active servers"), QString(), C::None, false,
          tr("Server connections linked to a client (sv_active).")),
        m(metric::PgbServersIdle, pgb, tr("PgBouncer idle servers"), QString(), C::None, false,
          tr("Server connections ready for a client (sv_idle).")),
        m(metric::PgbServersUsed, pgb, tr("PgBouncer used servers"), QString(), C::None, false,
          tr("Server connections idle longer than server_check_delay (sv_used).")),
        m(metric::PgbServerUsePct, pgb, tr("PgBouncer server use"), pct, C::PoolUse, true,
          tr("The busiest pool's active server connections / its pool_size.")),
        m(metric::PgbQueriesPerSec, pgb, tr("PgBouncer queries"), perSec, C::Throughput, false,
          tr("Queries pooled per second (Δtotal_query_count of SHOW STATS).")),
        m(metric::PgbXactPerSec, pgb, tr("PgBouncer transactions"), perSec, C::None, false,
          tr("Transactions pooled per second (Δtotal_xact_count).")),
        m(metric::PgbQueryMs, pgb, tr("PgBouncer query time"), ms, C::Latency, true,
          tr("Mean query time seen by PgBouncer in the interval: Δtotal_query_time / "
             "Δtotal_query_count.")),
        m(metric::PgbWaitMs, pgb, tr("PgBouncer wait per transaction"), ms, C::None, false,
          tr("Time clients waited for a server per transaction in the interval: "
             "Δtotal_wait_time / Δtotal_xact_count.")),
        m(metric::RedisOpsPerSec, rd, tr("Redis commands"), perSec, C::Throughput, false,
          tr("Commands per second (Δtotal_commands_processed), Sonde's own subtracted.")),
        m(metric::RedisHitPct, rd, tr("Redis hit rate"), pct, C::HitRate, true,
          tr("Share of key lookups that found their key in the interval: Δkeyspace_hits / "
             "(Δkeyspace_hits + Δkeyspace_misses).")),
        m(metric::RedisEvictedPerSec, rd, tr("Redis evictions"), perSec, C::None, false,
          tr("Keys evicted per second because maxmemory was reached.")),
        m(metric::RedisExpiredPerSec, rd, tr("Redis expirations"), perSec, C::None, false,
          tr("Keys expired per second.")),
        m(metric::RedisMemoryBytes, rd, tr("Redis memory"), u"B"_s, C::None, false,
          tr("used_memory.")),
        m(metric::RedisMemoryPct, rd, tr("Redis memory use"), pct, C::None, false,
          tr("used_memory / maxmemory (only when maxmemory is set).")),
        m(metric::RedisClients, rd, tr("Redis clients"), QString(), C::None, false,
          tr("Connected clients, Sonde's own excluded.")),
        m(metric::RedisClientsPct, rd, tr("Redis client use"), pct, C::PoolUse, true,
          tr("Connected clients / maxclients.")),
        m(metric::RedisBlockedClients, rd, tr("Redis blocked clients"), QString(), C::None, false,
          tr("Clients waiting in a blocking command (BLPOP, WAIT, …).")),
        m(metric::RedisMeanMs, rd, tr("Redis mean latency"), ms, C::None, false,
          tr("Mean command time in the interval: Δusec / Δcalls over every command "
             "(commandstats), server-side.")),
        m(metric::RedisP50Ms, rd, tr("Redis p50"), ms, C::Latency, true,
          tr("Median latency of the commands run in the interval, weighted by their calls "
             "(INFO latencystats: distribution since the last statistics reset).")),
        m(metric::RedisP99Ms, rd, tr("Redis p99"), ms, C::Latency, true,
          tr("99th percentile latency of the slowest command run in the interval (INFO "
             "latencystats: distribution since the last statistics reset).")),
    };
}

const QList<MetricInfo> &MetricCatalog::all()
{
    static const QList<MetricInfo> catalog = buildCatalog();
    return catalog;
}

MetricInfo MetricCatalog::info(const QString &name)
{
    for (const MetricInfo &i : all()) {
        if (i.name == name)
            return i;
    }
    return {};
}

QList<MetricInfo> MetricCatalog::forChart(ChartGroup chart)
{
    QList<MetricInfo> out;
    for (const MetricInfo &i : all()) {
        if (i.chart == chart)
            out << i;
    }
    return out;
}

QString MetricCatalog::chartTitle(ChartGroup chart)
{
    switch (chart) {
    case ChartGroup::Latency:
        return tr("Latency");
    case ChartGroup::Throughput:
        return tr("Throughput");
    case ChartGroup::HitRate:
        return tr("Hit rates");
    case ChartGroup::PoolUse:
        return tr("Pool and connection use");
    case ChartGroup::None:
        break;
    }
    return {};
}

QString MetricCatalog::chartUnit(ChartGroup chart)
{
    switch (chart) {
    case ChartGroup::Latency:
        return u"ms"_s;
    case ChartGroup::Throughput:
        return u"/s"_s;
    case ChartGroup::HitRate:
    case ChartGroup::PoolUse:
        return u"%"_s;
    case ChartGroup::None:
        break;
    }
    return {};
}

QString MetricCatalog::format(const QString &metricName, double value)
{
    if (!std::isfinite(value))
        return u"–"_s;
    const QString unit = info(metricName).unit;
    const QLocale locale;
    if (unit == u"B"_s || unit == u"B/s"_s) {
        const QString size = locale.formattedDataSize(qint64(value), 1, QLocale::DataSizeSIFormat);
        return unit == u"B"_s ? size : size + u"/s"_s;
    }
    int decimals = 0;
    if (unit == u"ms"_s)
        decimals = value < 10 ? 2 : 1;
    else if (unit == u"%"_s || unit == u"s"_s)
        decimals = 1;
    else if (unit == u"/s"_s)
        decimals = value < 10 ? 1 : 0;
    const QString number = locale.toString(value, 'f', decimals);
    return unit.isEmpty() ? number : number + QChar(0x202F) + unit;
}

} // namespace sonde
