#pragma once

#include "FeedReading.h"
#include "SamplerStatus.h"
#include "Snapshot.h"
#include "connection/Target.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <functional>

class QTimer;

namespace sonde {

// The base of every sampler (a source of the monitoring pipeline): one target, one
// connection, one worker thread. The owner (SamplerThread) moves it to its thread and calls
// start() there; each tick it reads the target's counters (readCounters, blocking, with
// deadlines), derives the per-interval metrics from the previous reading (derive) and emits
// an immutable Snapshot. A lost connection is retried with exponential backoff (1 s … 30 s)
// and the first reading after it starts after a gap. A reading that does not come back
// within sampleBudgetMs() is a missed sample: its call is cut off (interrupt(), from a
// watchdog thread), the connection is replaced like a lost one — a gap in the lines and a
// "connection lost" event — even when the server cannot enforce its own timeout (a stopped
// backend, a dead network path).
//
// Besides the metrics a source may offer feeds (readFeed): readings its consumers ask for at
// their own pace (setFeedInterval) or at once (requestFeed), over the same connection. A
// feed due while the metrics run at least as often is read right after a tick, so the source
// can hand out what that tick read instead of asking the server again; while the metrics are
// paused, feeds keep their own pace. A feed's reading has a budget too (sampleBudgetMs(), or
// the one its registration gave): past it, or when the driver's own timeout ends it, it is a
// missed sample exactly like a tick's. Everything runs on the worker thread except
// interrupt().
class Sampler : public QObject
{
    Q_OBJECT
public:
    explicit Sampler(const Target &target, QObject *parent = nullptr);
    ~Sampler() override;

    const Target &target() const { return m_target; }
    // Thread-safe: makes a blocked network call return at once (server-side cancel or socket
    // shutdown), so stopping never waits for a timeout.
    virtual void interrupt() = 0;

    // Longest wait between reconnect attempts.
    static constexpr int MaxBackoffMs = 30000;
    // A reading gets twice the interval, and at least this: more than the samplers' own
    // server-side timeouts (5 s), so a slow server answers with its timeout error first.
    static constexpr int MinSampleBudgetMs = 8000;
    int sampleBudgetMs() const { return qMax(MinSampleBudgetMs, 2 * m_intervalMs); }
    // Readings start on the interval's boundaries of the wall clock (every whole second at
    // 1 s), so the samplers of all targets read at the same moment and their snapshots reach
    // the GUI thread together (TickInbox). From a reading ending at nowMs: the wait for the
    // next boundary, between half an interval and one and a half.
    static int alignedDelayMs(qint64 nowMs, int intervalMs);

    // A feed the source class does not know itself, added by the code that registers the
    // source (core/sources) before the sampler starts: it runs on the worker thread over the
    // sampler's connection, exactly like readFeed(), with the argument its consumers last
    // gave (setFeedArgument). It returns a connection problem to have the sampler reconnect.
    // budgetMs: how long one reading may take (0: sampleBudgetMs()).
    using FeedReader = std::function<DbError(const QVariant &argument, QVariant *value)>;
    void addFeed(const QString &feed, FeedReader reader, int budgetMs = 0);

public slots:
    void start();
    void stop();
    void setIntervalMs(int ms);
    void setPaused(bool paused);
    // Reads `feed` every intervalMs, the first time at once; 0: only on request; < 0: off.
    void setFeedInterval(const QString &feed, int intervalMs);
    // Reads `feed` now, tagged with `reason`.
    void requestFeed(const QString &feed, const QString &reason);
    // What an added feed is read with (the health checks' machine facts and thresholds).
    void setFeedArgument(const QString &feed, const QVariant &argument);

signals:
    void snapshotReady(const sonde::Snapshot &snapshot);
    void statusChanged(const sonde::SamplerStatus &status);
    void feedRead(const sonde::FeedReading &reading);

protected:
    // Connects (closing any previous connection); sets serverVersion and notes (what will be
    // missing and why).
    virtual DbError openConnection(QString *serverVersion, QStringList *notes) = 0;
    virtual void closeConnection() = 0;
    // Reads the cumulative counters and gauges once into the sampler's "current" reading.
    virtual DbError readCounters() = 0;
    // Fills `out` from the current reading and, when `hasPrevious`, the deltas to the
    // previous one over `seconds`. May set out->continuity to Reset.
    virtual void derive(bool hasPrevious, double seconds, Snapshot *out) = 0;
    // The current reading becomes the previous one.
    virtual void commitReading() = 0;
    // Reads one feed over the open connection into `value`. `afterTick`: called right after
    // a successful metrics reading, which the source may hand out instead of reading again.
    // The default knows no feed.
    virtual DbError readFeed(const QString &feed, bool afterTick, QVariant *value);

private:
    struct Feed
    {
        int intervalMs = -1;
        QTimer *timer = nullptr;
        QString dueReason; // due with the next tick
        QVariant argument;
    };

    void tick();
    void feedTimerFired(const QString &feed);
    void runFeed(const QString &feed, const QString &reason, bool afterTick);
    void runDueFeeds(bool afterTick);
    bool metricsFlowing() const;
    void connectNow();
    void lost(const DbError &error);
    // Runs one reading under a CallDeadline of budgetMs; a reading the deadline or the
    // driver's own timeout ended becomes a missed sample.
    DbError withinBudget(int budgetMs, const std::function<DbError()> &read);
    DbError missedSample(int budgetMs, const DbError &cause) const;
    void setState(SamplerStatus::State state);
    void scheduleTick(int delayMs);
    void scheduleNextTick();

    Target m_target;
    QTimer *m_timer = nullptr;
    SamplerStatus m_status;
    int m_intervalMs = 1000;
    int m_backoffMs = 1000;
    bool m_running = false;
    bool m_paused = false;
    bool m_connected = false;
    bool m_hasPrevious = false;
    Snapshot::Continuity m_nextContinuity = Snapshot::Continuity::First;
    QElapsedTimer m_clock;
    qint64 m_previousReadingMs = 0;
    QHash<QString, Feed> m_feeds;
    struct AddedFeed
    {
        FeedReader reader;
        int budgetMs = 0;
    };
    QHash<QString, AddedFeed> m_addedFeeds;
};

} // namespace sonde
