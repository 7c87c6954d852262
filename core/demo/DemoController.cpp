#include "DemoController.h"

#include "common/JobTracker.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

const QString Slot = u"demo"_s;

struct StartResult
{
    bool ok = false;
    QString error;
    SandboxEndpoints endpoints;
};

} // namespace

DemoController::DemoController(DemoOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_env(std::make_unique<DemoEnvironment>())
    , m_jobs(new JobTracker(this))
{
    qRegisterMetaType<sonde::SandboxEndpoints>();
    connect(m_jobs, &JobTracker::progress, this,
            [this](const QString &, const QString &step, int percent) {
                emit progress(step, percent);
                if (m_serversUp && !m_ready) {
                    const int from = DemoEnvironment::ServersPercent;
                    emit seeding(step, std::clamp((percent - from) * 100 / (100 - from), 0, 100));
                }
            });
}

DemoController::~DemoController()
{
    m_cancel.store(true);
    joinWorker();
    m_env->stop();
}

bool DemoController::isBusy() const
{
    return m_jobs->isRunning(Slot);
}

void DemoController::joinWorker()
{
    m_jobs->waitForSlot(Slot);
}

void DemoController::start()
{
    joinWorker();
    m_cancel.store(false);
    m_ready = false;
    m_serversUp = false;
    m_jobs->run(
        Slot,
        [this](JobContext &job) {
            StartResult r;
            auto report = [&job](const QString &step, int percent) {
                job.reportProgress(step, percent);
            };
            auto onServersUp = [this]() {
                // Queued after the progress reported so far, on the controller's thread.
                const SandboxEndpoints endpoints = m_env->endpoints();
                QMetaObject::invokeMethod(this, [this, endpoints]() {
                    if (m_cancel.load())
                        return;
                    m_serversUp = true;
                    m_endpoints = endpoints;
                    emit serversUp(endpoints);
                });
            };
            r.ok = m_env->start(m_options, report, &m_cancel, &r.error, onServersUp);
            if (r.ok)
                r.endpoints = m_env->endpoints();
            return r;
        },
        [this](const StartResult &r) {
            if (r.ok) {
                m_ready = true;
                m_endpoints = r.endpoints;
                emit ready(r.endpoints);
            } else {
                emit failed(r.error);
            }
        });
}

void DemoController::cancel()
{
    m_cancel.store(true);
}

void DemoController::stopAsync()
{
    m_cancel.store(true);
    if (isBusy()) {
        // A start in progress sees the flag, stops what it started and ends; then stop.
        connect(m_jobs, &JobTracker::finished, this, &DemoController::stopAsync,
                Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
        return;
    }
    joinWorker();
    m_ready = false;
    m_serversUp = false;
    m_jobs->run(
        Slot,
        [this](JobContext &) {
            m_env->stop();
            return true;
        },
        [this](bool) { emit stopped(); });
}

} // namespace sonde
