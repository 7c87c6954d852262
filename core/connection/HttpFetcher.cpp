#include "HttpFetcher.h"

#include <QMutex>
#include <QNetworkAccessManager>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>

#include <memory>

namespace sonde {
namespace {

struct Transfer
{
    QMutex mutex;
    QWaitCondition done;
    int pending = 0;
    QList<HttpResult> results;
};

} // namespace

HttpFetcher::HttpFetcher()
    : m_thread(new QThread)
    , m_context(new QObject)
{
    m_thread->setObjectName(QStringLiteral("sonde-http"));
    m_context->moveToThread(m_thread);
    m_thread->start();
}

HttpFetcher::~HttpFetcher()
{
    // The manager and its replies go on their own thread, then the thread ends (never from
    // that thread itself: the blocking call would wait on itself).
    Q_ASSERT(QThread::currentThread() != m_thread);
    QMetaObject::invokeMethod(
        m_context, [context = m_context]() { delete context; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

HttpResult HttpFetcher::get(const QNetworkRequest &request, int timeoutMs,
                            const std::atomic<bool> *abort)
{
    return getAll({request}, timeoutMs, abort).constFirst();
}

QList<HttpResult> HttpFetcher::getAll(const QList<QNetworkRequest> &requests, int timeoutMs,
                                      const std::atomic<bool> *abort)
{
    auto transfer = std::make_shared<Transfer>();
    transfer->results.resize(requests.size());
    transfer->pending = int(requests.size());
    QObject *context = m_context;
    QMetaObject::invokeMethod(
        m_context,
        [context, requests, timeoutMs, abort, transfer]() {
            auto *manager = context->findChild<QNetworkAccessManager *>();
            if (!manager)
                manager = new QNetworkAccessManager(context);
            for (int i = 0; i < requests.size(); ++i) {
                QNetworkReply *reply = manager->get(requests.at(i));
                auto *deadline = new QTimer(reply);
                deadline->setSingleShot(true);
                QObject::connect(deadline, &QTimer::timeout, reply, [reply, transfer, i]() {
                    transfer->results[i].timedOut = true;
                    reply->abort();
                });
                deadline->start(timeoutMs);
                auto *poll = new QTimer(reply);
                QObject::connect(poll, &QTimer::timeout, reply, [reply, abort, transfer, i]() {
                    if (abort && abort->load()) {
                        transfer->results[i].canceled = true;
                        reply->abort();
                    }
                });
                poll->start(50);
                QObject::connect(
                    reply, &QNetworkReply::finished, reply, [reply, transfer, i, deadline, poll]() {
                        deadline->stop();
                        poll->stop();
                        HttpResult &r = transfer->results[i];
                        r.status =
                            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                        r.error = reply->error();
                        r.errorString = reply->errorString();
                        r.body = reply->readAll();
                        reply->deleteLater();
                        QMutexLocker lock(&transfer->mutex);
                        if (--transfer->pending == 0)
                            transfer->done.wakeAll();
                    });
            }
        },
        Qt::QueuedConnection);
    QMutexLocker lock(&transfer->mutex);
    while (transfer->pending > 0)
        transfer->done.wait(&transfer->mutex);
    return transfer->results;
}

} // namespace sonde
