#pragma once

#include "connection/PrometheusClient.h"
#include "connection/Target.h"
#include "monitoring/ThresholdSet.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

namespace sonde {

// One PostgreSQL, Redis or PgBouncer a Prometheus scrapes through an exporter.
struct PromInstance
{
    QString instance; // the exporter's instance label (host:port of the exporter)
    QString job;
    TargetKind kind = TargetKind::PostgreSQL;
    // host:port of the database itself when a label says (postgres_exporter's `server`, or
    // one the scrape config adds): how Sonde knows it watches the same server directly.
    QString server;
    bool up = true; // the scrape works and the exporter reaches its server

    QString key() const { return job + u'/' + instance; }
    QString displayName() const;
    QString matchers() const;
};

// The instances the server scrapes, from the exporters' own metrics (/api/v1/series over
// the last hour) and whether each is up now (the `up` of its scrape and the exporter's
// pg_up / redis_up).
bool discoverInstances(PrometheusClient &client, QList<PromInstance> *out, PromError *error);

// One row of the fleet overview.
struct FleetRow
{
    PromInstance instance;
    double latencyMs = std::nan("");
    double throughputPerSec = std::nan("");
    double hitRatePct = std::nan("");
    double poolUsePct = std::nan("");
    QStringList firingAlerts; // names of Prometheus' firing alerts for this instance
    QVector<double> trend;    // latency over the last 15 minutes, every 30 s (NaN: none)
    AlertLevel level = AlertLevel::Normal; // the worst of Sonde's thresholds here
    int rank = 0;                          // place in the worst-first order (0: worst)

    // Worst first: down, then critical, warning, firing alerts, then slowest.
    static bool worseThan(const FleetRow &a, const FleetRow &b);
};

struct FleetReading
{
    QList<FleetRow> rows; // worst first
    qint64 atMs = 0;
    int queries = 0; // HTTP requests this reading took
};

// The fleet overview: every discovered instance with its latency, throughput, hit rate, pool
// use, alert state and a trend, in a fixed number of queries whatever the fleet's size (one
// per column and kind, grouped by instance).
class PrometheusFleet
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusFleet)
public:
    static constexpr qint64 TrendSpanMs = 15 * 60 * 1000;
    static constexpr int TrendStepSeconds = 30;

    static bool read(PrometheusClient &client, const ThresholdSet &thresholds, int scrapeSeconds,
                     FleetReading *out, PromError *error);
};

} // namespace sonde

Q_DECLARE_METATYPE(sonde::FleetReading)
