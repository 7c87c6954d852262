#pragma once

#include "FeedReading.h"
#include "SamplerStatus.h"
#include "Snapshot.h"
#include "TickInbox.h"
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
// TargetList — demo or profile —, made by the SourceRegistry for the target's kind, and
// feeds their snapshots into the MetricStore and their events (resets, evictions, lost and
// regained connections) into the TimelineEventStore. The snapshots of one tick arrive
// together (TickInbox): the GUI thread wakes once per tick, not once per target. GUI thread
// only.
class TargetMonitor : public QObject
{
    Q_OBJECT
public:
    TargetMonitor(TargetList *targets, MetricStore *store, TimelineEventStore *timeline,
                  QObject *parent = nullptr);
    ~TargetMonitor() override;

    void setIntervalMs(int ms);
    int intervalMs() const { return m_intervalMs; }
    // Stops polling every target (e.g. while the dashboard is hidden); resuming starts
    // after a gap, with rates over real intervals again.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    QList<QString> targetIds() const { return m_samplers.keys(); }
    bool isSampling(const QString &targetId) const { return m_samplers.contains(targetId); }
    SamplerStatus status(const QString &targetId) const { return m_status.value(targetId); }

    // Asks the target's source for `feed` every intervalMs (0: only when requested) on behalf
    // of `consumer`, until unsubscribe() or the consumer's destruction. The source reads at
    // the fastest pace asked for, over the target's monitoring connection; readings arrive
    // through feedRead(), the first one at once.
    void subscribe(QObject *consumer, const QString &targetId, const QString &feed, int intervalMs);
    void unsubscribe(QObject *consumer, const QString &targetId, const QString &feed);
    // A reading now (a refresh, a marker the user set), delivered to every consumer.
    void requestFeed(const QString &targetId, const QString &feed, const QString &reason);
    // A reading no source samples, delivered to feedRead() like one (the plans the Plan page
    // shows, which a recording keeps).
    void publish(const FeedReading &reading) { emit feedRead(reading); }
    // What the target's source reads `feed` with from now on (kept while the target is
    // sampled again after a change).
    void setFeedArgument(const QString &targetId, const QString &feed, const QVariant &argument);

signals:
    void statusChanged(const sonde::SamplerStatus &status);
    void snapshotReceived(const sonde::Snapshot &snapshot);
    void feedRead(const sonde::FeedReading &reading);

private:
    void startTarget(const Target &target);
    void stopTarget(const QString &id);
    void onSnapshots(const QList<Snapshot> &snapshots);
    void onStatus(const SamplerStatus &status);
    void onFeed(const FeedReading &reading);
    void forgetConsumer(QObject *consumer);
    // The pace the target's source reads `feed` at, for its consumers (-1: nobody asks).
    int feedInterval(const QString &targetId, const QString &feed) const;
    void applyFeed(const QString &targetId, const QString &feed);

    TargetList *m_targets;
    MetricStore *m_store;
    TimelineEventStore *m_timeline;
    QHash<QString, std::shared_ptr<SamplerThread>> m_samplers;
    QHash<QString, SamplerStatus> m_status;
    QHash<QString, QString> m_names;
    // target → feed → consumer → interval
    QHash<QString, QHash<QString, QHash<QObject *, int>>> m_subscriptions;
    // target → feed → argument
    QHash<QString, QHash<QString, QVariant>> m_feedArguments;
    int m_intervalMs = 1000;
    bool m_paused = false;
    TickInbox m_inbox; // last: gone first, before anything it delivers to
};

} // namespace sonde
