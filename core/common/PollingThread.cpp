#include "PollingThread.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace sonde {

PollingThread::PollingThread(const QString &name, QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(name);
}

PollingThread::~PollingThread()
{
    stop();
}

void PollingThread::start(int intervalMs, Tick tick, std::function<void()> finish)
{
    stop();
    m_tick = std::move(tick);
    m_finish = std::move(finish);
    m_context = new QObject;
    m_timer = new QTimer;
    m_timer->setInterval(std::max(intervalMs, 0));
    m_context->moveToThread(&m_thread);
    m_timer->moveToThread(&m_thread);
    connect(m_timer, &QTimer::timeout, m_context, [this]() { runTick(u"timer"_s); });
    m_thread.start();
    QMetaObject::invokeMethod(m_context, [this, intervalMs]() {
        if (intervalMs > 0)
            m_timer->start();
        runTick(u"start"_s);
    });
}

void PollingThread::stop(const std::function<void()> &interrupt)
{
    if (!m_thread.isRunning()) {
        delete m_timer;
        delete m_context;
        m_timer = nullptr;
        m_context = nullptr;
        return;
    }
    if (interrupt)
        interrupt();
    QMetaObject::invokeMethod(m_context, [this]() {
        m_timer->stop();
        if (m_finish)
            m_finish();
        m_thread.quit();
    });
    m_thread.wait();
    // The thread has ended: nothing can touch these any more.
    delete m_timer;
    delete m_context;
    m_timer = nullptr;
    m_context = nullptr;
    m_requestPending = false;
}

void PollingThread::setInterval(int intervalMs)
{
    if (!m_context)
        return;
    QMetaObject::invokeMethod(m_context, [this, intervalMs]() {
        if (intervalMs > 0) {
            m_timer->start(intervalMs);
        } else {
            m_timer->stop();
        }
    });
}

void PollingThread::requestTick(const QString &reason)
{
    if (!m_context || m_requestPending.exchange(true))
        return;
    QMetaObject::invokeMethod(m_context, [this, reason]() {
        m_requestPending = false;
        runTick(reason);
    });
}

void PollingThread::runTick(const QString &reason)
{
    if (m_tick)
        m_tick(reason);
}

} // namespace sonde
