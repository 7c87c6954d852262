#include "JobTracker.h"

namespace sonde {

QThreadPool *JobTracker::jobPool()
{
    static QThreadPool *pool = []() {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(64);
        p->setExpiryTimeout(30000);
        return p;
    }();
    return pool;
}

void JobContext::reportProgress(const QString &text, int percent)
{
    std::lock_guard<std::mutex> lock(m_link->mutex);
    JobTracker *tracker = m_link->tracker;
    if (!tracker)
        return;
    // Posted under the lock: the tracker cannot be destroyed before the event is queued,
    // and Qt drops events queued for an object that is deleted later.
    const QString slot = m_slot;
    QMetaObject::invokeMethod(
        tracker, [tracker, slot, text, percent]() { emit tracker->progress(slot, text, percent); },
        Qt::QueuedConnection);
}

JobTracker::JobTracker(QObject *parent)
    : QObject(parent)
    , m_link(std::make_shared<JobContext::Link>())
{
    std::lock_guard<std::mutex> lock(m_link->mutex);
    m_link->tracker = this;
}

JobTracker::~JobTracker()
{
    cancelAll();
    std::lock_guard<std::mutex> lock(m_link->mutex);
    m_link->tracker = nullptr;
}

std::shared_ptr<JobContext> JobTracker::beginJob(const QString &slot)
{
    // A newer job supersedes the old one: cancel it and drop its result.
    if (const auto it = m_current.constFind(slot); it != m_current.cend()) {
        it.value()->m_canceled.store(true);
        m_current.erase(it);
    }
    auto ctx = std::make_shared<JobContext>();
    ctx->m_id = m_nextId++;
    ctx->m_slot = slot;
    ctx->m_link = m_link;
    m_current.insert(slot, ctx);
    emit started(slot);
    return ctx;
}

bool JobTracker::endJob(const std::shared_ptr<JobContext> &ctx)
{
    const auto it = m_current.constFind(ctx->m_slot);
    if (it == m_current.cend() || it.value()->m_id != ctx->m_id)
        return false;
    m_current.erase(it);
    emit finished(ctx->m_slot);
    return true;
}

void JobTracker::markRunning(const QString &slot)
{
    std::lock_guard<std::mutex> lock(m_link->mutex);
    ++m_link->running[slot];
}

JobTracker::RunningGuard::~RunningGuard()
{
    JobContext::Link &link = *m_ctx->m_link;
    std::lock_guard<std::mutex> lock(link.mutex);
    if (--link.running[m_ctx->m_slot] == 0)
        link.idle.notify_all();
}

void JobTracker::waitForSlot(const QString &slot)
{
    std::unique_lock<std::mutex> lock(m_link->mutex);
    m_link->idle.wait(lock, [this, &slot]() { return m_link->running.value(slot) == 0; });
}

void JobTracker::cancel(const QString &slot)
{
    const auto it = m_current.constFind(slot);
    if (it == m_current.cend())
        return;
    // The job ends when its work function notices; its result (typically a "canceled"
    // error, after any cleanup) is still delivered.
    it.value()->m_canceled.store(true);
}

void JobTracker::cancelAll()
{
    for (const auto &ctx : std::as_const(m_current))
        ctx->m_canceled.store(true);
    m_current.clear();
}

} // namespace sonde
