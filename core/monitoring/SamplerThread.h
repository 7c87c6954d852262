#pragma once

#include <QObject>

class QThread;

namespace sonde {

class Sampler;

// Owns a Sampler and the worker thread it runs on: the pipeline's one way of running
// something on an interval. Signals of sampler() arrive queued on the receiver's thread.
// Destroying this object interrupts the sampler's network call and stops the thread without
// waiting on the network: a thread still inside a connect attempt finishes (and deletes
// itself and the sampler) in the background.
class SamplerThread : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of `sampler` (which must have no parent) and starts it.
    explicit SamplerThread(Sampler *sampler, QObject *parent = nullptr);
    ~SamplerThread() override;

    Sampler *sampler() const { return m_sampler; }
    void setIntervalMs(int ms);
    void setPaused(bool paused);
    void setFeedInterval(const QString &feed, int intervalMs);
    void requestFeed(const QString &feed, const QString &reason);
    void setFeedArgument(const QString &feed, const QVariant &argument);

private:
    QThread *m_thread;
    Sampler *m_sampler;
};

} // namespace sonde
