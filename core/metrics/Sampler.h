#pragma once

#include "SamplerStatus.h"
#include "Snapshot.h"
#include "connection/Target.h"

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace sonde {

// The base of every sampler: one target, one connection, one worker thread. The owner
// (SamplerThread) moves it to its thread and calls start() there; each tick it reads the
// target's counters (readCounters, blocking, with deadlines), derives the per-interval
// metrics from the previous reading (derive) and emits an immutable Snapshot. A lost
// connection is retried with exponential backoff (1 s … 30 s) and the first reading after
// it starts after a gap. A reading that does not come back within sampleBudgetMs() is a
// missed sample: its call is cut off (interrupt(), from a watchdog thread), the connection
// is replaced like a lost one — a gap in the lines and a "connection lost" event — even
// when the server cannot enforce its own timeout (a stopped backend, a dead network path).
// Everything runs on the worker thread except interrupt().
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

public slots:
    void start();
    void stop();
    void setIntervalMs(int ms);
    void setPaused(bool paused);

signals:
    void snapshotReady(const sonde::Snapshot &snapshot);
    void statusChanged(const sonde::SamplerStatus &status);

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

private:
    void tick();
    void connectNow();
    void lost(const DbError &error);
    DbError missedSample(int budgetMs, const DbError &cause) const;
    void setState(SamplerStatus::State state);
    void scheduleTick(int delayMs);

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
};

} // namespace sonde
