#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QString>

#include <atomic>

class QThread;

namespace sonde {

struct HttpResult
{
    bool timedOut = false;
    bool canceled = false;
    int status = 0; // HTTP status; 0 when no answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
};

// Blocking HTTP GETs for a worker thread: the requests run on a thread of the fetcher's own
// (its QNetworkAccessManager's event loop), the caller waits without running any event
// loop of its own, so nothing else of the caller's thread (a sampler's timers) runs in the
// middle of a request. Each request has a deadline; `abort` (set from any thread) ends the
// one waiting within 50 ms.
class HttpFetcher
{
public:
    HttpFetcher();
    ~HttpFetcher();
    HttpFetcher(const HttpFetcher &) = delete;
    HttpFetcher &operator=(const HttpFetcher &) = delete;

    HttpResult get(const QNetworkRequest &request, int timeoutMs, const std::atomic<bool> *abort);
    // Several at once (the manager keeps up to six connections per server); the results in
    // the requests' order.
    QList<HttpResult> getAll(const QList<QNetworkRequest> &requests, int timeoutMs,
                             const std::atomic<bool> *abort);

private:
    QThread *m_thread;
    QObject *m_context; // lives in m_thread; parent of the network access manager
};

} // namespace sonde
