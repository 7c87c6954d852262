#include "PromQlMap.h"

#include "connection/PrometheusClient.h"
#include "pgbouncer/PgBouncerMetrics.h"
#include "postgres/PostgresMetrics.h"
#include "redis/RedisMetrics.h"

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// Grouped by instance and job, every expression: one series per exporter instance.
QString sumOf(const QString &inner)
{
    return u"sum by (instance, job) (%1)"_s.arg(inner);
}

QList<PromQlMapping> makeAll()
{
    const auto pg = TargetKind::PostgreSQL;
    const auto rd = TargetKind::Redis;
    const auto pgb = TargetKind::PgBouncer;
    // pg_stat_statements: postgres_exporter's stat_statements collector (0.13+) and the
    // queries.yaml of older versions (what the sandbox gives the Debian package).
    const QString calls = sumOf(u"rate(pg_stat_statements_calls_total{S}[R])"_s);
    const QString execSeconds = sumOf(u"rate(pg_stat_statements_seconds_total{S}[R])"_s);
    const QString blksHit = sumOf(u"rate(pg_stat_database_blks_hit{S}[R])"_s);
    const QString blksRead = sumOf(u"rate(pg_stat_database_blks_read{S}[R])"_s);
    const QString redisHits = sumOf(u"rate(redis_keyspace_hits_total{S}[R])"_s);
    const QString redisMisses = sumOf(u"rate(redis_keyspace_misses_total{S}[R])"_s);
    // PgBouncer: the Debian package (prometheus-pgbouncer-exporter) first, then
    // prometheus-community/pgbouncer_exporter.
    const QString pooled = sumOf(u"rate(pgbouncer_requests_total{S}[R])"_s);
    const QString pooledGo = sumOf(u"rate(pgbouncer_stats_queries_pooled_total{S}[R])"_s);
    return {
        {pg, metric::PgLatencyMs, u"1000 * %1 / (%2 > 0)"_s.arg(execSeconds, calls),
         u"pg_stat_statements_seconds_total, pg_stat_statements_calls_total"_s},
        {pg, metric::PgCallsPerSec, calls, u"pg_stat_statements_calls_total"_s},
        {pg, metric::PgXactPerSec,
         sumOf(u"rate(pg_stat_database_xact_commit{S}[R]) + "
               "rate(pg_stat_database_xact_rollback{S}[R])"_s),
         u"pg_stat_database_xact_commit, pg_stat_database_xact_rollback"_s},
        {pg, metric::PgRollbackPerSec, sumOf(u"rate(pg_stat_database_xact_rollback{S}[R])"_s),
         u"pg_stat_database_xact_rollback"_s},
        {pg, metric::PgCacheHitPct, u"100 * %1 / ((%1 + %2) > 0)"_s.arg(blksHit, blksRead),
         u"pg_stat_database_blks_hit, pg_stat_database_blks_read"_s},
        {pg, metric::PgTempBytesPerSec, sumOf(u"rate(pg_stat_database_temp_bytes{S}[R])"_s),
         u"pg_stat_database_temp_bytes"_s},
        {pg, metric::PgConnections, sumOf(u"pg_stat_activity_count{S}"_s),
         u"pg_stat_activity_count"_s},
        {pg, metric::PgActive, sumOf(u"pg_stat_activity_count{S,state=\"active\"}"_s),
         u"pg_stat_activity_count"_s},
        {pg, metric::PgIdleInXact,
         sumOf(u"pg_stat_activity_count{S,state=~\"idle in transaction.*\"}"_s),
         u"pg_stat_activity_count"_s},
        {pg, metric::PgConnUsePct,
         u"100 * %1 / (max by (instance, job) (pg_settings_max_connections{S} - "
         "pg_settings_superuser_reserved_connections{S}) > 0)"_s.arg(
             sumOf(u"pg_stat_activity_count{S}"_s)),
         u"pg_stat_activity_count, pg_settings_max_connections, "
         "pg_settings_superuser_reserved_connections"_s},
        {rd, metric::RedisOpsPerSec, sumOf(u"rate(redis_commands_processed_total{S}[R])"_s),
         u"redis_commands_processed_total"_s},
        {rd, metric::RedisHitPct, u"100 * %1 / ((%1 + %2) > 0)"_s.arg(redisHits, redisMisses),
         u"redis_keyspace_hits_total, redis_keyspace_misses_total"_s},
        {rd, metric::RedisMeanMs,
         u"1000 * %1 / (%2 > 0)"_s.arg(
             sumOf(u"rate(redis_commands_duration_seconds_total{S}[R])"_s),
             sumOf(u"rate(redis_commands_total{S}[R])"_s)),
         u"redis_commands_duration_seconds_total, redis_commands_total"_s},
        {rd, metric::RedisEvictedPerSec, sumOf(u"rate(redis_evicted_keys_total{S}[R])"_s),
         u"redis_evicted_keys_total"_s},
        {rd, metric::RedisMemoryBytes, sumOf(u"redis_memory_used_bytes{S}"_s),
         u"redis_memory_used_bytes"_s},
        {rd, metric::RedisMemoryPct,
         u"100 * %1 / (%2 > 0)"_s.arg(sumOf(u"redis_memory_used_bytes{S}"_s),
                                      sumOf(u"redis_memory_max_bytes{S}"_s)),
         u"redis_memory_used_bytes, redis_memory_max_bytes"_s},
        {rd, metric::RedisClients, sumOf(u"redis_connected_clients{S}"_s),
         u"redis_connected_clients"_s},
        {rd, metric::RedisClientsPct,
         u"100 * %1 / (%2 > 0)"_s.arg(sumOf(u"redis_connected_clients{S}"_s),
                                      sumOf(u"redis_config_maxclients{S}"_s)),
         u"redis_connected_clients, redis_config_maxclients"_s},
        {pgb, metric::PgbClientsActive,
         u"%1 or %2"_s.arg(sumOf(u"pgbouncer_active_clients{S}"_s),
                           sumOf(u"pgbouncer_pools_client_active_connections{S}"_s)),
         u"pgbouncer_active_clients | pgbouncer_pools_client_active_connections"_s},
        {pgb, metric::PgbClientsWaiting,
         u"%1 or %2"_s.arg(sumOf(u"pgbouncer_waiting_clients{S}"_s),
                           sumOf(u"pgbouncer_pools_client_waiting_connections{S}"_s)),
         u"pgbouncer_waiting_clients | pgbouncer_pools_client_waiting_connections"_s},
        {pgb, metric::PgbQueriesPerSec, u"%1 or %2"_s.arg(pooled, pooledGo),
         u"pgbouncer_requests_total | pgbouncer_stats_queries_pooled_total"_s},
        {pgb, metric::PgbQueryMs,
         u"(%1 / 1000 / (%2 > 0)) or (1000 * %3 / (%4 > 0))"_s.arg(
             sumOf(u"rate(pgbouncer_query_microseconds_total{S}[R])"_s), pooled,
             sumOf(u"rate(pgbouncer_stats_queries_duration_seconds_total{S}[R])"_s), pooledGo),
         u"pgbouncer_query_microseconds_total | "
         "pgbouncer_stats_queries_duration_seconds_total"_s},
        {pgb, metric::PgbServerUsePct,
         u"(100 * %1 / (%2 > 0)) or (100 * %3 / (%4 > 0))"_s.arg(
             sumOf(u"pgbouncer_used_servers{S}"_s),
             sumOf(u"pgbouncer_pool_size{S,database!=\"pgbouncer\"}"_s),
             sumOf(u"pgbouncer_pools_server_active_connections{S}"_s),
             sumOf(u"pgbouncer_databases_pool_size{S,name!=\"pgbouncer\"}"_s)),
         u"pgbouncer_used_servers, pgbouncer_pool_size | "
         "pgbouncer_pools_server_active_connections, pgbouncer_databases_pool_size"_s},
    };
}

} // namespace

const QList<PromQlMapping> &PromQlMap::all()
{
    static const QList<PromQlMapping> mappings = makeAll();
    return mappings;
}

QList<PromQlMapping> PromQlMap::forKind(TargetKind kind)
{
    QList<PromQlMapping> out;
    for (const PromQlMapping &m : all()) {
        if (m.kind == kind)
            out.append(m);
    }
    return out;
}

const PromQlMapping *PromQlMap::find(const QString &metric)
{
    for (const PromQlMapping &m : all()) {
        if (m.metric == metric)
            return &m;
    }
    return nullptr;
}

QString PromQlMap::expression(const PromQlMapping &m, const QString &matchers, int rateSeconds)
{
    // Where the exporter says it cannot reach its server, no value: the line breaks there
    // (a restarted PostgreSQL is a gap, not a rate computed across it).
    QString e = m.expression;
    if (m.kind == TargetKind::PostgreSQL)
        e = u"(%1) and on (instance, job) (pg_up{S} == 1)"_s.arg(e);
    else if (m.kind == TargetKind::Redis)
        e = u"(%1) and on (instance, job) (redis_up{S} == 1)"_s.arg(e);
    e.replace(u"{S,"_s, matchers.isEmpty() ? u"{"_s : u"{"_s + matchers + u',');
    e.replace(u"{S}"_s, u"{"_s + matchers + u'}');
    e.replace(u"[R]"_s, u"[%1s]"_s.arg(rateSeconds));
    return e;
}

QString PromQlMap::recordedName(const QString &metric)
{
    QString name = metric;
    name.replace(u'.', u'_');
    return u"sonde:"_s + name;
}

QString PromQlMap::recordedExpression(const QString &metric, const QString &matchers)
{
    return u"%1{%2}"_s.arg(recordedName(metric), matchers);
}

int PromQlMap::rateWindowSeconds(int stepSeconds, int scrapeSeconds)
{
    return std::max({2 * stepSeconds, 4 * std::max(1, scrapeSeconds), 10});
}

QStringList PromQlMap::upMetrics(TargetKind kind)
{
    switch (kind) {
    case TargetKind::PostgreSQL:
        return {u"pg_up"_s};
    case TargetKind::Redis:
        return {u"redis_up"_s};
    case TargetKind::PgBouncer:
        // The Debian package's exporter has no pgbouncer_up: its SHOW LISTS gauge instead.
        return {u"pgbouncer_up"_s, u"pgbouncer_used_clients"_s};
    default:
        return {};
    }
}

QString PromQlMap::instanceMatchers(const QString &instance, const QString &job)
{
    QString m = promLabelMatcher(u"instance"_s, instance);
    if (!job.isEmpty())
        m += u',' + promLabelMatcher(u"job"_s, job);
    return m;
}

PromQlMap::FleetColumns PromQlMap::fleetColumns(TargetKind kind)
{
    switch (kind) {
    case TargetKind::PostgreSQL:
        return {metric::PgLatencyMs, metric::PgCallsPerSec, metric::PgCacheHitPct,
                metric::PgConnUsePct};
    case TargetKind::Redis:
        return {metric::RedisMeanMs, metric::RedisOpsPerSec, metric::RedisHitPct,
                metric::RedisClientsPct};
    case TargetKind::PgBouncer:
        return {metric::PgbQueryMs, metric::PgbQueriesPerSec, QString(), metric::PgbServerUsePct};
    default:
        return {};
    }
}

} // namespace sonde
