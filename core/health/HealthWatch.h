#pragma once

#include "HealthReport.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace sonde {

class JobTracker;
class TargetList;
class TimelineEventStore;

// Runs the health checks of the session's targets off the GUI thread (HealthService on a
// JobTracker worker, one job per target): when asked, and every interval for each target
// (the first time shortly after it appears). Keeps the latest report of each target and
// the machine facts the user gave for it (the demo's servers run on this machine: their
// facts are read here). A finding that turns critical — critical now, not in the previous
// report — becomes an alert on the dashboard's time axis (TimelineEventStore).
class HealthWatch : public QObject
{
    Q_OBJECT
public:
    HealthWatch(TargetList *targets, TimelineEventStore *timeline, QObject *parent = nullptr);
    ~HealthWatch() override;

    void run(const QString &targetId);
    void cancel(const QString &targetId);
    bool isRunning(const QString &targetId) const;
    // The latest report of a target (empty targetId when none yet).
    HealthReport report(const QString &targetId) const { return m_reports.value(targetId); }

    void setMachine(const QString &targetId, const MachineFacts &machine);
    // What the user gave, else the local machine for a server Sonde started itself.
    MachineFacts machine(const QString &targetId) const;
    void setThresholds(const HealthThresholds &thresholds) { m_thresholds = thresholds; }
    // 0: no periodic runs.
    void setInterval(int milliseconds);
    int interval() const { return m_interval; }

signals:
    void started(const QString &targetId);
    void progress(const QString &targetId, const QString &text, int percent);
    void reportReady(const sonde::HealthReport &report);

private:
    void onReport(const HealthReport &report);
    void runDue();

    TargetList *m_targets;
    TimelineEventStore *m_timeline;
    JobTracker *m_jobs;
    QTimer m_timer;
    int m_interval = 10 * 60 * 1000;
    HealthThresholds m_thresholds;
    QHash<QString, HealthReport> m_reports;
    QHash<QString, MachineFacts> m_machines;
    QHash<QString, qint64> m_nextRun; // ms since epoch
    QHash<QString, QSet<QString>> m_critical;
};

} // namespace sonde
