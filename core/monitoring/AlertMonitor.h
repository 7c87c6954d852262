#pragma once

#include "Snapshot.h"
#include "ThresholdSet.h"

#include <QHash>
#include <QObject>

namespace sonde {

class MetricStore;
class TimelineEventStore;

// Checks every new snapshot against the thresholds. A metric whose level rises (normal →
// warning → critical) for `sustainReadings` consecutive readings raises an alert: an event
// of kind ThresholdCrossed on the timeline and the alertRaised() signal (the window shows
// it and sends a desktop notification). Easing (critical → warning → normal) needs at least
// RecoveryReadings calm readings, then adds a ThresholdRecovered event. A gap (no value)
// leaves the level as it was.
class AlertMonitor : public QObject
{
    Q_OBJECT
public:
    AlertMonitor(MetricStore *store, TimelineEventStore *timeline, QObject *parent = nullptr);

    void setThresholds(const ThresholdSet &thresholds);
    const ThresholdSet &thresholds() const { return m_thresholds; }
    AlertLevel level(const QString &targetId, const QString &metric) const;
    // Alerts currently above normal.
    int activeCount() const;
    // The alert that raised each metric's current level, worst and newest first.
    QList<TimelineEvent> activeAlerts() const;

    // Checks one snapshot (connected to MetricStore::snapshotIngested).
    void evaluate(const Snapshot &snapshot);

    static constexpr int RecoveryReadings = 5;

signals:
    void alertRaised(const sonde::TimelineEvent &alert);
    void alertRecovered(const sonde::TimelineEvent &event);
    void thresholdsChanged(const sonde::ThresholdSet &thresholds);

private:
    struct State
    {
        AlertLevel level = AlertLevel::Normal;
        AlertLevel pending = AlertLevel::Normal;
        int pendingCount = 0;
        TimelineEvent raisedBy;
    };

    TimelineEventStore *m_timeline;
    ThresholdSet m_thresholds;
    QHash<QString, State> m_states; // key: targetId + '/' + metric
};

} // namespace sonde
