#pragma once

#include "HealthReport.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace sonde {

class JobTracker;
class MonitoringPipeline;
struct FeedReading;

// Keeps the latest health report of every target of the monitoring pipeline. Periodically
// (every interval, the first time shortly after a target appears) it reads the checks as a
// feed of the target's source (HealthFeed), over the target's one monitoring connection and
// on its sampler thread, like every other reading on an interval. When asked (run(): the
// Health page's "Run checks"), it runs them at once as a job with progress and a
// server-side cancel (HealthService on its own connection). Keeps the machine facts the user
// gave for each target (the demo's servers run on this machine: their facts are read here).
// A finding that turns critical — critical now, not in the previous report — becomes an
// alert on the dashboard's time axis (the pipeline's TimelineEventStore).
class HealthWatch : public QObject
{
    Q_OBJECT
public:
    explicit HealthWatch(MonitoringPipeline *pipeline, QObject *parent = nullptr);
    ~HealthWatch() override;

    void run(const QString &targetId);
    void cancel(const QString &targetId);
    bool isRunning(const QString &targetId) const;
    // The latest report of a target (empty targetId when none yet).
    HealthReport report(const QString &targetId) const { return m_reports.value(targetId); }

    void setMachine(const QString &targetId, const MachineFacts &machine);
    // What the user gave, else the local machine for a server Sonde started itself.
    MachineFacts machine(const QString &targetId) const;
    void setThresholds(const HealthThresholds &thresholds);
    // 0: no periodic runs.
    void setInterval(int milliseconds);
    int interval() const { return m_interval; }

signals:
    void started(const QString &targetId);
    void progress(const QString &targetId, const QString &text, int percent);
    void reportReady(const sonde::HealthReport &report);

private:
    HealthRequest request(const QString &targetId) const;
    void watch(const QString &targetId);
    void onFeed(const FeedReading &reading);
    void onReport(const HealthReport &report);

    MonitoringPipeline *m_pipeline;
    JobTracker *m_jobs;
    int m_interval = 10 * 60 * 1000;
    HealthThresholds m_thresholds;
    QHash<QString, HealthReport> m_reports;
    QHash<QString, MachineFacts> m_machines;
    QSet<QString> m_watched; // targets whose first periodic reading is due or done
    QHash<QString, QSet<QString>> m_critical;
};

} // namespace sonde
