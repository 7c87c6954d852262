#pragma once

#include "PrometheusEndpoint.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QNetworkRequest>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <memory>

class QUrlQuery;

namespace sonde {

class HttpFetcher;
struct HttpResult;

// Why a request to Prometheus failed, in the DBA's words (message) with the technical
// detail apart.
struct PromError
{
    enum class Kind
    {
        None,
        Unreachable,   // host not found, refused, network down
        Timeout,       // no answer within the endpoint's deadline
        Tls,           // certificate or handshake problem
        NotPrometheus, // something answered, but not Prometheus' HTTP API
        Unauthorized,  // 401: credentials wanted or wrong
        Forbidden,     // 403
        BadQuery,      // Prometheus refused the PromQL
        TooManyPoints, // a range query over Prometheus' limit of points per series
        Server,        // 5xx, or an error status without more
        Canceled,
    };
    Kind kind = Kind::None;
    QString message;
    QString detail;

    bool isError() const { return kind != Kind::None; }
    // True when the server is unusable as it is (as opposed to one query it refused).
    bool isConnectionProblem() const
    {
        return kind != Kind::None && kind != Kind::BadQuery && kind != Kind::TooManyPoints;
    }
};

using PromLabels = QHash<QString, QString>;

// One series of a range query: its labels and its readings (milliseconds since the epoch,
// values; NaN where Prometheus answered "NaN").
struct PromSeries
{
    PromLabels labels;
    QVector<qint64> ms;
    QVector<double> values;
};

// One sample of an instant query.
struct PromSample
{
    PromLabels labels;
    qint64 ms = 0;
    double value = 0;
};

// An alert of /api/v1/alerts.
struct PromAlert
{
    PromLabels labels;
    PromLabels annotations;
    QString state; // "pending" or "firing"
    QDateTime activeAt;
    double value = 0;

    QString name() const { return labels.value(QStringLiteral("alertname")); }
};

// The HTTP API of one Prometheus, blocking: for worker threads (the samplers', a job's,
// sonde-cli's), never the GUI thread. Requests run on the client's own HTTP thread
// (HttpFetcher) with the endpoint's deadline; the caller waits without an event loop, so
// nothing of its thread runs in between. abort() (any thread) makes a waiting call return.
class PrometheusClient
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusClient)
public:
    // Prometheus refuses range queries of more points per series than this.
    static constexpr int MaxPointsPerSeries = 11000;

    // `abortFlag` (optional) is the flag abort() sets and every call watches: an owner that
    // outlives the client (a sampler) keeps it, so interrupting never touches the client.
    explicit PrometheusClient(const PrometheusEndpoint &endpoint,
                              std::atomic<bool> *abortFlag = nullptr);
    ~PrometheusClient();
    PrometheusClient(const PrometheusClient &) = delete;
    PrometheusClient &operator=(const PrometheusClient &) = delete;

    const PrometheusEndpoint &endpoint() const { return m_endpoint; }

    // /api/v1/status/buildinfo: proves the server speaks Prometheus' API; its version.
    bool buildInfo(QString *version, PromError *error);
    // /api/v1/query_range. The step is widened to fit MaxPointsPerSeries (stepToFit).
    bool queryRange(const QString &promql, qint64 fromMs, qint64 toMs, int stepSeconds,
                    QList<PromSeries> *out, PromError *error);
    // Several range queries at once (Prometheus evaluates them side by side); the results
    // in the queries' order.
    struct RangeQuery
    {
        QString promql;
        qint64 fromMs = 0;
        qint64 toMs = 0;
        int stepSeconds = 15;
    };
    bool queryRanges(const QList<RangeQuery> &queries, QList<QList<PromSeries>> *out,
                     PromError *error);
    // /api/v1/query (an instant vector; a scalar comes back as one unlabelled sample).
    bool query(const QString &promql, QList<PromSample> *out, PromError *error, qint64 atMs = 0);
    // Several instant queries at once; the results in the queries' order.
    bool queries(const QStringList &promqls, QList<QList<PromSample>> *out, PromError *error);
    // /api/v1/series: the label sets of the series matching any selector in the range.
    bool series(const QStringList &match, qint64 fromMs, qint64 toMs, QList<PromLabels> *out,
                PromError *error);
    // /api/v1/labels.
    bool labels(QStringList *out, PromError *error);
    // /api/v1/alerts: pending and firing alerts.
    bool alerts(QList<PromAlert> *out, PromError *error);
    // The scrape interval of the active targets (/api/v1/targets), 0 when not told.
    int scrapeIntervalSeconds(PromError *error);

    // Any thread: the call waiting now (and the next) return Canceled.
    void abort() { m_abort->store(true); }
    void resetAbort() { m_abort->store(false); }

    // The smallest step ≥ wanted that keeps a range within MaxPointsPerSeries, rounded up
    // to a whole number of seconds that reads well (1, 2, 5, 10, 15, 30 s, 1, 2, 5, 10,
    // 15, 30 min, 1 h …).
    static int stepToFit(qint64 rangeMs, int wantedStepSeconds, int maxPoints = MaxPointsPerSeries);

    // GET <base>/<path>?query: the "data" of a success answer.
    bool get(const QString &path, const QUrlQuery &query, QJsonValue *data, PromError *error);

    // The recording rules Prometheus evaluates (/api/v1/rules?type=record): their names.
    bool recordingRuleNames(QSet<QString> *out, PromError *error);

private:
    QNetworkRequest makeRequest(const QString &path, const QUrlQuery &query) const;
    // An answer turned into its "data" (or, given `success`, the raw body of a success
    // answer), or the error it says.
    bool interpret(const QString &path, const HttpResult &reply, QJsonValue *data,
                   QByteArray *success, PromError *error);
    PromError diagnoseUnreachable(const QString &detail) const;

    PrometheusEndpoint m_endpoint;
    std::unique_ptr<HttpFetcher> m_http;
    std::atomic<bool> m_ownAbort{false};
    std::atomic<bool> *m_abort;
};

// A label value quoted for a PromQL selector: name="va\"lue".
QString promLabelMatcher(const QString &name, const QString &value);

} // namespace sonde
