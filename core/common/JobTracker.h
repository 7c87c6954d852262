#pragma once

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <type_traits>

namespace sonde {

class JobTracker;

// What a job's work function gets on its worker thread: the cancel flag (pair it with a
// CancelWatch to turn it into a server-side cancel) and a way to report progress.
class JobContext
{
public:
    bool isCanceled() const { return m_canceled.load(); }
    const std::atomic<bool> *cancelFlag() const { return &m_canceled; }
    quint64 id() const { return m_id; }
    // Thread-safe; percent in 0..100, or -1 when unknown.
    void reportProgress(const QString &text, int percent = -1);
    // reportProgress as the progress callback a core service takes (valid during the job).
    std::function<void(const QString &text, int percent)> progress()
    {
        return [this](const QString &text, int percent) {
            reportProgress(text, percent);
        };
    }

    struct Link
    {
        std::mutex mutex;
        JobTracker *tracker = nullptr;
        // Work functions still running, per slot (waitForSlot).
        std::condition_variable idle;
        QHash<QString, int> running;
    };

private:
    friend class JobTracker;
    std::atomic<bool> m_canceled{false};
    quint64 m_id = 0;
    QString m_slot;
    std::shared_ptr<Link> m_link;
};

// Runs one-shot jobs (test connection, explain, advise, apply, benchmark) on the thread
// pool and hands their results back on the tracker's thread. Jobs live in named slots:
// starting a job in a slot cancels the one running there and drops its result; a result
// that arrives after the tracker (i.e. its page) is gone is dropped too. cancel() only
// raises the job's flag: the job's own result (usually a "canceled" error) still arrives.
class JobTracker : public QObject
{
    Q_OBJECT
public:
    explicit JobTracker(QObject *parent = nullptr);
    ~JobTracker() override;

    // Runs work(JobContext&) off this thread; done(result) runs on this object's thread
    // when the job is still the current one of its slot. Returns the job id.
    template<typename Work, typename Done>
    quint64 run(const QString &slot, Work work, Done done)
    {
        using Result = std::invoke_result_t<Work, JobContext &>;
        std::shared_ptr<JobContext> ctx = beginJob(slot);
        auto *watcher = new QFutureWatcher<Result>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ctx, done]() {
            watcher->deleteLater();
            if (endJob(ctx))
                done(watcher->result());
        });
        markRunning(slot);
        watcher->setFuture(QtConcurrent::run(jobPool(), [ctx, work]() mutable {
            const RunningGuard guard(ctx);
            return work(*ctx);
        }));
        return ctx->id();
    }

    void cancel(const QString &slot);
    // Cancels every job and drops their results (the page is going away).
    void cancelAll();
    bool isRunning(const QString &slot) const { return m_current.contains(slot); }
    // Blocks until every job started in `slot` (the current one and those it superseded)
    // has returned from its work function: for an owner whose jobs use its members, before
    // they go.
    void waitForSlot(const QString &slot);

    // The pool jobs run on: jobs block on the network for long stretches, so it is not
    // limited to the number of cores like Qt's global pool.
    static QThreadPool *jobPool();

signals:
    void progress(const QString &slot, const QString &text, int percent);
    void started(const QString &slot);
    void finished(const QString &slot);

private:
    friend class JobContext;
    // Counts a work function of `slot` as running until it returns.
    struct RunningGuard
    {
        explicit RunningGuard(std::shared_ptr<JobContext> ctx)
            : m_ctx(std::move(ctx))
        {}
        ~RunningGuard();
        RunningGuard(const RunningGuard &) = delete;
        RunningGuard &operator=(const RunningGuard &) = delete;
        std::shared_ptr<JobContext> m_ctx;
    };
    void markRunning(const QString &slot);
    std::shared_ptr<JobContext> beginJob(const QString &slot);
    // True when the job is still the current one of its slot (and forgets it).
    bool endJob(const std::shared_ptr<JobContext> &ctx);

    std::shared_ptr<JobContext::Link> m_link;
    QHash<QString, std::shared_ptr<JobContext>> m_current;
    quint64 m_nextId = 1;
};

} // namespace sonde
