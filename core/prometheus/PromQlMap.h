#pragma once

#include "connection/Target.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sonde {

// How each dashboard metric reads from Prometheus, fed by postgres_exporter,
// redis_exporter and pgbouncer_exporter: one PromQL expression per Sonde metric
// (MetricCatalog name), in the same unit, grouped by (instance, job). docs/PROMETHEUS.md
// prints this table. Where exporters name a metric differently (the Debian packages'
// versions and newer ones), the alternatives are joined with `or`.
struct PromQlMapping
{
    TargetKind kind = TargetKind::PostgreSQL;
    QString metric;     // MetricCatalog name (pg.latency_ms …)
    QString expression; // {S} = the instance's selector, [R] = the rate window
    QString source;     // the exporter metrics it needs, for the docs and errors
};

class PromQlMap
{
    Q_DECLARE_TR_FUNCTIONS(PromQlMap)
public:
    static const QList<PromQlMapping> &all();
    static QList<PromQlMapping> forKind(TargetKind kind);
    static const PromQlMapping *find(const QString &metric);

    // The expression with its selector (label matchers, may be empty: every instance)
    // and rate window filled in.
    static QString expression(const PromQlMapping &m, const QString &matchers, int rateSeconds);
    // The series a Sonde recording rule (PrometheusRules::recordingRules) keeps of a metric:
    // sonde:pg_latency_ms. Reading it is a lookup, not an evaluation: what makes a day of
    // a fleet fast.
    static QString recordedName(const QString &metric);
    // The recorded series of one instance (or every one: empty matchers).
    static QString recordedExpression(const QString &metric, const QString &matchers);
    // The rate window for a step: wide enough to hold four scrapes and two steps.
    static int rateWindowSeconds(int stepSeconds, int scrapeSeconds);

    // The metric that tells an exporter's instance is there, per kind (discovery).
    static QStringList upMetrics(TargetKind kind);
    // Matchers selecting one instance: instance="…",job="…".
    static QString instanceMatchers(const QString &instance, const QString &job);

    // The fleet table's columns per kind (empty when the kind has none).
    struct FleetColumns
    {
        QString latency;
        QString throughput;
        QString hitRate;
        QString poolUse;
    };
    static FleetColumns fleetColumns(TargetKind kind);
};

} // namespace sonde
