#include "SamplerThread.h"

#include "Sampler.h"

#include <QThread>

namespace sonde {

SamplerThread::SamplerThread(Sampler *sampler, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_sampler(sampler)
{
    m_thread->setObjectName(QStringLiteral("sampler-") + sampler->target().id);
    sampler->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, sampler, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(sampler, &Sampler::start, Qt::QueuedConnection);
}

SamplerThread::~SamplerThread()
{
    m_sampler->disconnect();
    m_sampler->interrupt();
    QMetaObject::invokeMethod(m_sampler, &Sampler::stop, Qt::QueuedConnection);
    m_thread->quit();
    // Normally done in a few milliseconds; a connect attempt to a dead host may take up to
    // its timeout, and then the thread cleans up after itself.
    m_thread->wait(200);
}

void SamplerThread::setIntervalMs(int ms)
{
    QMetaObject::invokeMethod(
        m_sampler, [s = m_sampler, ms]() { s->setIntervalMs(ms); }, Qt::QueuedConnection);
}

void SamplerThread::setPaused(bool paused)
{
    QMetaObject::invokeMethod(
        m_sampler, [s = m_sampler, paused]() { s->setPaused(paused); }, Qt::QueuedConnection);
}

void SamplerThread::setFeedInterval(const QString &feed, int intervalMs)
{
    QMetaObject::invokeMethod(
        m_sampler, [s = m_sampler, feed, intervalMs]() { s->setFeedInterval(feed, intervalMs); },
        Qt::QueuedConnection);
}

void SamplerThread::requestFeed(const QString &feed, const QString &reason)
{
    QMetaObject::invokeMethod(
        m_sampler, [s = m_sampler, feed, reason]() { s->requestFeed(feed, reason); },
        Qt::QueuedConnection);
}

void SamplerThread::setFeedArgument(const QString &feed, const QVariant &argument)
{
    QMetaObject::invokeMethod(
        m_sampler, [s = m_sampler, feed, argument]() { s->setFeedArgument(feed, argument); },
        Qt::QueuedConnection);
}

} // namespace sonde
