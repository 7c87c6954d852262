#pragma once

#include "PrometheusFleet.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>

namespace sonde {

class MetricStore;

// The dashboard's metrics of some instances over a range, read from Prometheus (PromQlMap):
// one range query per metric for all the instances at once.
struct PromHistoryRequest
{
    QList<PromInstance> instances;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int stepSeconds = 15;   // widened to fit Prometheus' limit of points per series
    int scrapeSeconds = 15; // for the rate windows
    // Only these metrics (MetricCatalog names); empty: every mapped one.
    QStringList metrics;
    // Sonde's recording rules Prometheus evaluates (PrometheusClient::recordingRuleNames):
    // those metrics are read from their recorded series, and only the time before the
    // rules started is evaluated from the exporters' metrics.
    QSet<QString> recorded;
};

struct InstanceHistory
{
    PromInstance instance;
    // metric → its readings (ms, value), oldest first; a NaN where Prometheus has none (a
    // missing step: the exporter or its server was down).
    QHash<QString, QVector<QPair<qint64, double>>> series;

    int pointCount() const;
};

struct PromHistory
{
    QList<InstanceHistory> instances;
    int stepSeconds = 0; // the step used
    int queries = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0;

    const InstanceHistory *find(const QString &instanceKey) const;
};

class PrometheusHistory
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusHistory)
public:
    static bool read(PrometheusClient &client, const PromHistoryRequest &request, PromHistory *out,
                     PromError *error);
    // Puts one instance's history into the store under a target's id, in front of what the
    // store holds of it (MetricStore::ingestHistory), joined to the live readings when the
    // history reaches them.
    static void ingest(const InstanceHistory &history, const QString &targetId, MetricStore *store);
};

} // namespace sonde

Q_DECLARE_METATYPE(sonde::PromHistory)
