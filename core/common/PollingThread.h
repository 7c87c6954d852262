#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>

class QTimer;

namespace sonde {

// A thread that runs a sampler's `tick` every interval and whenever asked. The sampler owns
// its connection on that thread (open it in the first tick, close it in `finish`); the
// ticks emit the sampler's queued signals. On-demand requests made while one is already
// waiting are merged into it. stop() (also run by the destructor) interrupts a blocking
// call through `interrupt` (for example PgSession::cancel), runs `finish` on the thread,
// and waits for the thread to end.
class PollingThread : public QObject
{
    Q_OBJECT
public:
    using Tick = std::function<void(const QString &reason)>;

    explicit PollingThread(const QString &name, QObject *parent = nullptr);
    ~PollingThread() override;

    // Starts the thread; the first tick runs at once (reason "start"). intervalMs <= 0:
    // only on demand.
    void start(int intervalMs, Tick tick, std::function<void()> finish = {});
    void stop(const std::function<void()> &interrupt = {});
    bool isRunning() const { return m_thread.isRunning(); }

    // Thread-safe.
    void setInterval(int intervalMs);
    void requestTick(const QString &reason);

private:
    void runTick(const QString &reason);

    QThread m_thread;
    QObject *m_context = nullptr;
    QTimer *m_timer = nullptr;
    Tick m_tick;
    std::function<void()> m_finish;
    std::atomic<bool> m_requestPending{false};
};

} // namespace sonde
