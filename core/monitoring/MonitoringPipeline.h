#pragma once

#include <QObject>

namespace sonde {

class AlertMonitor;
class MetricStore;
class TargetList;
class TargetMonitor;
class TimelineEventStore;

// The application's one monitoring pipeline: targets → samplers (TargetMonitor) → snapshots
// → MetricStore → AlertMonitor, with every event on the TimelineEventStore. The main window
// (or sonde-cli) owns it and hands it to the pages, which only read from it or ask it for
// readings. GUI thread (or the CLI's main thread) only.
class MonitoringPipeline : public QObject
{
    Q_OBJECT
public:
    explicit MonitoringPipeline(TargetList *targets, QObject *parent = nullptr);
    ~MonitoringPipeline() override;

    TargetList *targets() const { return m_targets; }
    MetricStore *store() const { return m_store; }
    TimelineEventStore *timeline() const { return m_timeline; }
    AlertMonitor *alerts() const { return m_alerts; }
    TargetMonitor *monitor() const { return m_monitor; }

private:
    TargetList *m_targets;
    MetricStore *m_store;
    TimelineEventStore *m_timeline;
    AlertMonitor *m_alerts;
    TargetMonitor *m_monitor;
};

} // namespace sonde
