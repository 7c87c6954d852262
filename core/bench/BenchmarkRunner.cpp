#include "BenchmarkRunner.h"

#include "BenchmarkEngine.h"
#include "BenchmarkStore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {
const QString Slot = u"benchmark"_s;
}

BenchmarkRunner::BenchmarkRunner(const QString &storePath, QObject *parent)
    : QObject(parent)
    , m_storePath(storePath)
    , m_jobs(new JobTracker(this))
{
    qRegisterMetaType<BenchmarkResult>();
    qRegisterMetaType<BenchmarkProgress>();
}

BenchmarkRunner::~BenchmarkRunner()
{
    m_jobs->cancelAll();
}

bool BenchmarkRunner::isRunning() const
{
    return m_jobs->isRunning(Slot);
}

void BenchmarkRunner::stop()
{
    m_jobs->cancel(Slot);
}

bool BenchmarkRunner::start(const BenchmarkConfig &config, const QStringList &appliedDdl)
{
    if (isRunning())
        return false;
    QPointer<BenchmarkRunner> self(this);
    // Posted through the application object (always alive); `self` is checked on the GUI
    // thread, where the runner is destroyed.
    auto post = [self](auto f) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, f]() {
                if (self)
                    f(self.data());
            },
            Qt::QueuedConnection);
    };
    const QString path = m_storePath;
    m_jobs->run(
        Slot,
        [config, appliedDdl, path, post](JobContext &ctx) {
            BenchmarkStore store;
            const bool storing = !path.isEmpty() && store.open(path, nullptr);
            qint64 id = 0;
            BenchmarkEngine::Hooks hooks;
            hooks.status = [post](const QString &text) {
                post([text](BenchmarkRunner *r) { emit r->status(text); });
            };
            hooks.started = [&](const BenchmarkResult &result) {
                BenchmarkResult copy = result;
                copy.appliedDdl = appliedDdl;
                if (storing && store.insertRun(&copy))
                    id = copy.id;
                post([copy](BenchmarkRunner *r) { emit r->started(copy); });
            };
            hooks.progress = [&](const BenchmarkProgress &p) {
                if (id > 0)
                    store.appendProgress(id, p);
                post([p](BenchmarkRunner *r) { emit r->progress(p); });
            };
            BenchmarkResult result = BenchmarkEngine::run(config, ctx.cancelFlag(), hooks);
            result.appliedDdl = appliedDdl;
            result.id = id;
            if (storing) {
                if (id > 0)
                    store.finishRun(result);
                else if (result.status != BenchmarkResult::Status::Failed)
                    store.saveRun(&result);
            }
            return result;
        },
        [this](const BenchmarkResult &result) { emit finished(result); });
    return true;
}

} // namespace sonde
