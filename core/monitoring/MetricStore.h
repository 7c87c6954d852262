#pragma once

#include "MetricSeries.h"
#include "Snapshot.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace sonde {

// Every metric of every target over time (one bounded MetricSeries each) and the latest
// snapshot of each target. Fed by the samplers' snapshots on the GUI thread; charts and
// tables read from it. A gap (reconnect, reset, pause, lost target) is stored as a gap
// marker so lines break instead of bridging it.
class MetricStore : public QObject
{
    Q_OBJECT
public:
    explicit MetricStore(QObject *parent = nullptr,
                         const MetricSeries::Limits &limits = MetricSeries::Limits());
    ~MetricStore() override;

    void ingest(const Snapshot &snapshot);
    // The snapshots of one tick (one per target), then tickIngested(): views that redraw
    // once per tick wait for it rather than for each snapshot.
    void ingest(const QList<Snapshot> &snapshots);
    // Readings from before this run (a target's local history), oldest first: put before
    // what the store holds of their targets, a gap between the two; the live readings and
    // the latest snapshot stay as they are. One tickIngested(); no snapshotIngested().
    void ingestHistory(const QList<Snapshot> &older);
    // One target's readings from another source (Prometheus), metric by metric, oldest
    // first, NaN for a gap: put before what the store holds of the target, with a gap
    // between the two when `gapBeforeLive`, else one line running on into the live readings.
    using HistorySeries = QHash<QString, QVector<QPair<qint64, double>>>;
    void ingestHistory(const QString &targetId, const HistorySeries &series, bool gapBeforeLive);
    // Marks a gap in every series of a target (its sampler lost the connection).
    void markGap(const QString &targetId, const QDateTime &at);
    void removeTarget(const QString &targetId);
    void clear();

    // nullptr when the target never reported this metric.
    const MetricSeries *series(const QString &targetId, const QString &metric) const;
    QStringList targetIds() const;
    QStringList metrics(const QString &targetId) const;
    // The latest snapshot of a target (an empty Snapshot when none).
    Snapshot latest(const QString &targetId) const;
    bool hasTarget(const QString &targetId) const { return m_targets.contains(targetId); }

    // The time span of everything stored (0 when empty), for scrolling back.
    qint64 firstMs() const;
    qint64 lastMs() const;
    int seriesCount() const;
    std::size_t memoryBytes() const;
    const MetricSeries::Limits &limits() const { return m_limits; }

signals:
    void snapshotIngested(const sonde::Snapshot &snapshot);
    void tickIngested();
    void targetRemoved(const QString &targetId);
    void cleared();

private:
    struct TargetData
    {
        QHash<QString, std::shared_ptr<MetricSeries>> series;
        Snapshot latest;
    };
    MetricSeries &seriesFor(TargetData &data, const QString &metric);
    void append(TargetData &data, const Snapshot &snapshot);
    void mergeHistory(const QString &targetId,
                      const std::function<qint64(TargetData &, qint64)> &fillOlder,
                      bool gapBeforeLive);

    MetricSeries::Limits m_limits;
    QHash<QString, TargetData> m_targets;
};

} // namespace sonde
