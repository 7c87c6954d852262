#pragma once

#include "PrometheusSampler.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QTimer;

namespace sonde {

class MonitoringPipeline;

// Puts a Prometheus' history in front of the dashboard's lines. For every server Sonde
// watches directly, the instance whose exporter reads the same server (its `server` label,
// host:port); for every Prometheus instance target, its own instance. Asked through the
// Prometheus target's history feed (off the GUI thread), ingested into the pipeline's store
// as one line with what Sonde samples after (MetricStore::ingestHistory).
class PrometheusHistoryLoader : public QObject
{
    Q_OBJECT
public:
    explicit PrometheusHistoryLoader(MonitoringPipeline *pipeline, QObject *parent = nullptr);

    // How far back (default a week: what the store keeps).
    void setSpanMs(qint64 ms) { m_spanMs = ms; }
    // host:port of a target Sonde reads directly ("" for a Prometheus target).
    static QString serverOf(const Target &target);

signals:
    // History of `targetId` from a Prometheus came in (`points` readings), or none was found.
    void historyLoaded(const QString &targetId, int points, const QString &prometheusName);

private:
    struct Pending
    {
        QList<PromHistoryOrder> orders; // the first is asked, one reading per order
        int failures = 0;               // in a row: the retry waits longer each time
        int notFound = 0;               // the first order's instance not (yet) scraped
        bool asking = false;
        QTimer *retry = nullptr;
    };
    void targetAdded(const Target &target);
    void targetGone(const QString &id);
    void order(const Target &prometheus, const Target &destination);
    void send(const QString &prometheusId);
    void retryLater(const QString &prometheusId);
    // No more orders for that Prometheus: its timer and subscription go.
    void finish(const QString &prometheusId);
    void feedRead(const FeedReading &reading);

    MonitoringPipeline *m_pipeline;
    qint64 m_spanMs = 7 * 86400 * 1000LL;
    // Prometheus target id → its orders not yet delivered.
    QHash<QString, Pending> m_pending;
    QSet<QString> m_done; // "prometheusId|destinationId"
};

} // namespace sonde
