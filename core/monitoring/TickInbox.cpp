#include "TickInbox.h"

#include "Sampler.h"

#include <QMutex>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace sonde {

struct TickInbox::State : std::enable_shared_from_this<TickInbox::State>
{
    QMutex mutex;
    QObject *receiver = nullptr; // nullptr once the inbox is gone
    Deliver deliver;
    int graceMs = 250;
    QSet<QString> sampling; // targets whose sampler is sampling: a batch waits for them
    QList<Snapshot> pending;
    quint64 batch = 0; // the number of the batch `pending` collects
    bool posted = false;

    bool completeLocked() const
    {
        if (pending.isEmpty())
            return false;
        for (const QString &id : sampling) {
            const bool in = std::any_of(pending.cbegin(), pending.cend(),
                                        [&id](const Snapshot &s) { return s.targetId == id; });
            if (!in)
                return false;
        }
        return true;
    }

    void postLocked()
    {
        if (posted || pending.isEmpty() || !receiver)
            return;
        posted = true;
        QMetaObject::invokeMethod(
            receiver, [self = shared_from_this()]() { self->deliverNow(); }, Qt::QueuedConnection);
    }

    // On the receiver's thread.
    void deliverNow()
    {
        QList<Snapshot> snapshots;
        {
            QMutexLocker lock(&mutex);
            if (!receiver)
                return;
            snapshots = std::exchange(pending, {});
            posted = false;
        }
        if (!snapshots.isEmpty())
            deliver(snapshots);
    }

    // On a sampler's thread.
    void put(Sampler *from, const Snapshot &snapshot)
    {
        quint64 started = 0;
        int grace = 0;
        {
            QMutexLocker lock(&mutex);
            if (pending.isEmpty() && !posted)
                started = ++batch;
            pending.append(snapshot);
            if (completeLocked())
                postLocked();
            if (posted)
                started = 0;
            grace = graceMs;
        }
        if (started == 0)
            return;
        // The first snapshot of a batch: past the grace, the batch goes without the late ones.
        QTimer::singleShot(grace, from, [self = shared_from_this(), started]() {
            QMutexLocker lock(&self->mutex);
            if (self->batch == started)
                self->postLocked();
        });
    }

    void setSampling(const QString &targetId, bool on)
    {
        QMutexLocker lock(&mutex);
        if (on)
            sampling.insert(targetId);
        else
            sampling.remove(targetId);
        if (completeLocked())
            postLocked();
    }
};

TickInbox::TickInbox(QObject *receiver, Deliver deliver)
    : m_state(std::make_shared<State>())
{
    m_state->receiver = receiver;
    m_state->deliver = std::move(deliver);
}

TickInbox::~TickInbox()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->receiver = nullptr;
}

void TickInbox::attach(Sampler *sampler)
{
    const std::shared_ptr<State> state = m_state;
    // Direct: on the sampler's thread, before anything is queued to the receiver.
    QObject::connect(
        sampler, &Sampler::snapshotReady, sampler,
        [state, sampler](const Snapshot &s) { state->put(sampler, s); }, Qt::DirectConnection);
    QObject::connect(
        sampler, &Sampler::statusChanged, sampler,
        [state](const SamplerStatus &status) {
            state->setSampling(status.targetId, status.state == SamplerStatus::State::Sampling);
        },
        Qt::DirectConnection);
}

void TickInbox::detach(const QString &targetId)
{
    m_state->setSampling(targetId, false);
    // The batch goes now: its grace timer may have been the stopped sampler's.
    QMutexLocker lock(&m_state->mutex);
    m_state->postLocked();
}

void TickInbox::setGraceMs(int ms)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->graceMs = qMax(0, ms);
}

} // namespace sonde
