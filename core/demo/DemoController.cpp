#include "DemoController.h"

namespace sonde {

DemoController::DemoController(DemoOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_env(std::make_unique<DemoEnvironment>())
{
    qRegisterMetaType<sonde::SandboxEndpoints>();
}

DemoController::~DemoController()
{
    m_cancel.store(true);
    joinWorker();
    m_env->stop();
}

bool DemoController::isBusy() const
{
    return m_worker && m_worker->isRunning();
}

void DemoController::joinWorker()
{
    if (m_worker) {
        m_worker->wait();
        m_worker.reset();
    }
}

void DemoController::start()
{
    joinWorker();
    m_cancel.store(false);
    m_ready = false;
    m_worker.reset(QThread::create([this]() {
        QString error;
        auto report = [this](const QString &step, int percent) {
            QMetaObject::invokeMethod(
                this, [this, step, percent]() { emit progress(step, percent); },
                Qt::QueuedConnection);
        };
        const bool ok = m_env->start(m_options, report, &m_cancel, &error);
        const SandboxEndpoints endpoints = ok ? m_env->endpoints() : SandboxEndpoints();
        QMetaObject::invokeMethod(
            this,
            [this, ok, error, endpoints]() {
                if (ok) {
                    m_ready = true;
                    m_endpoints = endpoints;
                    emit ready(endpoints);
                } else {
                    emit failed(error);
                }
            },
            Qt::QueuedConnection);
    }));
    m_worker->setObjectName(QStringLiteral("sonde-demo-start"));
    m_worker->start();
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
        connect(m_worker.get(), &QThread::finished, this, &DemoController::stopAsync,
                Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
        return;
    }
    joinWorker();
    m_ready = false;
    m_worker.reset(QThread::create([this]() {
        m_env->stop();
        QMetaObject::invokeMethod(
            this, [this]() { emit stopped(); }, Qt::QueuedConnection);
    }));
    m_worker->setObjectName(QStringLiteral("sonde-demo-stop"));
    m_worker->start();
}

} // namespace sonde
