#include "BuiltInSources.h"

#include "health/HealthService.h"
#include "monitoring/SourceRegistry.h"
#include "pgbouncer/PgBouncerMetrics.h"
#include "pgbouncer/PgBouncerSampler.h"
#include "postgres/PostgresMetrics.h"
#include "postgres/PostgresSampler.h"
#include "prometheus/PrometheusMetrics.h"
#include "prometheus/PrometheusSampler.h"
#include "redis/RedisMetrics.h"
#include "redis/RedisSampler.h"

namespace sonde {
namespace {

PgSession &connectionOf(PostgresSampler &s)
{
    return s.session();
}

PgBouncerConsole &connectionOf(PgBouncerSampler &s)
{
    return s.console();
}

RedisClient &connectionOf(RedisSampler &s)
{
    return s.client();
}

// Every source also reads the health checks for the health watch (HealthFeed): the same
// HealthService as the Health page and sonde-cli health, over the source's monitoring
// connection, with the machine facts and thresholds the watch gave as the feed's argument.
// Each query has its own deadline; the whole reading gets HealthService::FeedBudgetMs.
template<class Source>
Sampler *withHealthFeed(Source *source)
{
    source->addFeed(
        HealthFeed,
        [source](const QVariant &argument, QVariant *value) {
            HealthRequest request = argument.value<HealthRequest>();
            request.target = source->target();
            const HealthReport report = HealthService::check(connectionOf(*source), request);
            // A query the server stopped at its statement_timeout (an SQLSTATE) leaves the
            // connection working: the report says so. Anything else replaces the connection.
            const bool serverAnswered = !report.error.sqlState.isEmpty();
            if ((report.error.isConnectionProblem() && !serverAnswered) ||
                report.error.kind == DbError::Kind::Canceled)
                return report.error;
            *value = QVariant::fromValue(report);
            return DbError();
        },
        HealthService::FeedBudgetMs);
    return source;
}

} // namespace

void registerBuiltInSources()
{
    SourceRegistry::add(
        TargetKind::PostgreSQL,
        [](const Target &t) { return withHealthFeed(new PostgresSampler(t)); },
        &PostgresMetrics::all);
    SourceRegistry::add(
        TargetKind::PgBouncer,
        [](const Target &t) { return withHealthFeed(new PgBouncerSampler(t)); },
        &PgBouncerMetrics::all);
    SourceRegistry::add(
        TargetKind::Redis, [](const Target &t) { return withHealthFeed(new RedisSampler(t)); },
        &RedisMetrics::all);
    // Prometheus reads no server itself: no health checks, its fleet and history feeds.
    SourceRegistry::add(
        TargetKind::Prometheus, [](const Target &t) { return new PrometheusSampler(t); },
        &PrometheusMetrics::all);
}

} // namespace sonde
