#pragma once

#include "SamplerStatus.h"
#include "Snapshot.h"
#include "connection/Target.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace sonde {

class MetricStore;
class Sampler;
class SamplerThread;
class TargetList;
class TimelineEventStore;

// Runs one sampler (on its own thread, with its own connection) for every target of a
// TargetList — demo or profile — and feeds their snapshots into the MetricStore and their
// events (resets, evictions, lost and regained connections) into the TimelineEventStore.
// GUI thread only. Other pages never need it: they work from the TargetList.
class TargetMonitor : public QObject
{
    Q_OBJECT
public:
    TargetMonitor(TargetList *targets, MetricStore *store, TimelineEventStore *timeline,
                  QObject *parent = nullptr);
    ~TargetMonitor() override;

    // The sampler for a target kind (PostgreSQL, PgBouncer console, Redis).
    static Sampler *createSampler(const Target &target);

    void setIntervalMs(int ms);
    int intervalMs() const { return m_intervalMs; }
    // Stops polling every target (e.g. while the dashboard is hidden); resuming starts
    // after a gap, with rates over real intervals again.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    QList<QString> targetIds() const { return m_samplers.keys(); }
    bool isSampling(const QString &targetId) const { return m_samplers.contains(targetId); }
    SamplerStatus status(const QString &targetId) const { return m_status.value(targetId); }

signals:
    void statusChanged(const sonde::SamplerStatus &status);
    void snapshotReceived(const sonde::Snapshot &snapshot);

private:
    void startTarget(const Target &target);
    void stopTarget(const QString &id);
    void onSnapshot(const Snapshot &snapshot);
    void onStatus(const SamplerStatus &status);

    TargetList *m_targets;
    MetricStore *m_store;
    TimelineEventStore *m_timeline;
    QHash<QString, std::shared_ptr<SamplerThread>> m_samplers;
    QHash<QString, SamplerStatus> m_status;
    QHash<QString, QString> m_names;
    int m_intervalMs = 1000;
    bool m_paused = false;
};

} // namespace sonde
