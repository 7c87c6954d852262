#include "PrometheusClient.h"

#include "HttpFetcher.h"
#include "PromMatrixParser.h"
#include "ProtocolProbe.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentMap>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

PromError makeError(PromError::Kind kind, const QString &message, const QString &detail = {})
{
    PromError e;
    e.kind = kind;
    e.message = message;
    e.detail = detail;
    return e;
}

double sampleValue(const QJsonValue &v)
{
    // Prometheus sends values as strings ("1.5", "NaN", "+Inf").
    const QString s = v.toString();
    bool ok = false;
    const double d = s.toDouble(&ok);
    if (ok)
        return d;
    if (s == u"+Inf"_s)
        return std::numeric_limits<double>::infinity();
    if (s == u"-Inf"_s)
        return -std::numeric_limits<double>::infinity();
    return std::nan("");
}

PromLabels labelsOf(const QJsonObject &metric)
{
    PromLabels labels;
    labels.reserve(metric.size());
    for (auto it = metric.begin(); it != metric.end(); ++it)
        labels.insert(it.key(), it.value().toString());
    return labels;
}

qint64 msOf(const QJsonValue &t)
{
    return qint64(std::llround(t.toDouble() * 1000.0));
}

QList<PromSample> vectorOf(const QJsonValue &data)
{
    QList<PromSample> out;
    const QJsonObject o = data.toObject();
    if (o.value(u"resultType"_s).toString() == u"scalar"_s) {
        const QJsonArray pair = o.value(u"result"_s).toArray();
        out.append({{}, msOf(pair.at(0)), sampleValue(pair.at(1))});
        return out;
    }
    for (const QJsonValue &r : o.value(u"result"_s).toArray()) {
        const QJsonObject item = r.toObject();
        const QJsonArray pair = item.value(u"value"_s).toArray();
        out.append({labelsOf(item.value(u"metric"_s).toObject()), msOf(pair.at(0)),
                    sampleValue(pair.at(1))});
    }
    return out;
}

QList<PromSeries> matrixOf(const QJsonValue &data)
{
    QList<PromSeries> out;
    const QJsonArray result = data.toObject().value(u"result"_s).toArray();
    out.reserve(result.size());
    for (const QJsonValue &r : result) {
        const QJsonObject o = r.toObject();
        PromSeries s;
        s.labels = labelsOf(o.value(u"metric"_s).toObject());
        const QJsonArray values = o.value(u"values"_s).toArray();
        s.ms.reserve(values.size());
        s.values.reserve(values.size());
        for (const QJsonValue &v : values) {
            const QJsonArray pair = v.toArray();
            s.ms.append(msOf(pair.at(0)));
            s.values.append(sampleValue(pair.at(1)));
        }
        out.append(std::move(s));
    }
    return out;
}

} // namespace

QString promLabelMatcher(const QString &name, const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s);
    return u"%1=\"%2\""_s.arg(name, escaped);
}

PrometheusClient::PrometheusClient(const PrometheusEndpoint &endpoint, std::atomic<bool> *abortFlag)
    : m_endpoint(endpoint)
    , m_http(std::make_unique<HttpFetcher>())
    , m_abort(abortFlag ? abortFlag : &m_ownAbort)
{}

PrometheusClient::~PrometheusClient() = default;

PromError PrometheusClient::diagnoseUnreachable(const QString &detail) const
{
    const QString where = m_endpoint.hostPort();
    // Something listens but hung up on HTTP: name what it speaks when we can tell.
    const int port = m_endpoint.url.port(m_endpoint.url.scheme() == u"https"_s ? 443 : 80);
    const ServerProtocol spoken = probeServerProtocol(m_endpoint.url.host(), port, 1500);
    if (spoken == ServerProtocol::PostgreSQL || spoken == ServerProtocol::Redis) {
        return makeError(PromError::Kind::NotPrometheus,
                         tr("%1 speaks %2, not Prometheus' HTTP API: give the address of the "
                            "Prometheus server (port 9090 by default).")
                             .arg(where, protocolName(spoken)),
                         detail);
    }
    return makeError(PromError::Kind::NotPrometheus,
                     tr("%1 does not answer HTTP as Prometheus does: check the address, its "
                        "port and http:// or https://.")
                         .arg(where),
                     detail);
}

QNetworkRequest PrometheusClient::makeRequest(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_endpoint.url;
    url.setPath(url.path() + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, u"sonde"_s);
    // On this machine compressing megabytes of JSON costs both sides more than sending it.
    const QString host = url.host();
    if (host == u"localhost"_s || QHostAddress(host).isLoopback())
        request.setRawHeader("Accept-Encoding", "identity");
    if (!m_endpoint.user.isEmpty()) {
        const QByteArray credentials =
            (m_endpoint.user + u':' + m_endpoint.password).toUtf8().toBase64();
        request.setRawHeader("Authorization", "Basic " + credentials);
    } else if (!m_endpoint.bearerToken.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_endpoint.bearerToken.toUtf8());
    }
    if (url.scheme() == u"https"_s) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_endpoint.caFile.isEmpty()) {
            QList<QSslCertificate> cas = tls.caCertificates();
            cas += QSslCertificate::fromPath(m_endpoint.caFile);
            tls.setCaCertificates(cas);
        }
        if (!m_endpoint.verifyTls)
            tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(tls);
    }
    return request;
}

bool PrometheusClient::get(const QString &path, const QUrlQuery &query, QJsonValue *data,
                           PromError *error)
{
    const HttpResult reply = m_http->get(makeRequest(path, query), m_endpoint.timeoutMs, m_abort);
    return interpret(path, reply, data, nullptr, error);
}

bool PrometheusClient::interpret(const QString &path, const HttpResult &reply, QJsonValue *data,
                                 QByteArray *success, PromError *error)
{
    const QUrl url = m_endpoint.url;
    const QString where = m_endpoint.displayUrl();
    if (reply.canceled) {
        *error = makeError(PromError::Kind::Canceled, tr("Canceled."));
        return false;
    }
    const int status = reply.status;
    const QByteArray &body = reply.body;
    const QString technical = u"GET %1: %2"_s.arg(path, reply.errorString);
    if (reply.timedOut || reply.error == QNetworkReply::TimeoutError) {
        *error = makeError(PromError::Kind::Timeout,
                           tr("%1 did not answer within %2 s: the server may be overloaded, "
                              "or a firewall drops the connection.")
                               .arg(where)
                               .arg(m_endpoint.timeoutMs / 1000.0, 0, 'f', 0),
                           technical);
        return false;
    }
    if (status == 0) {
        switch (reply.error) {
        case QNetworkReply::HostNotFoundError:
            *error =
                makeError(PromError::Kind::Unreachable,
                          tr("Host %1 not found: check the address.").arg(url.host()), technical);
            return false;
        case QNetworkReply::ConnectionRefusedError:
            // A server that hangs up on HTTP at once looks refused to Qt: tell which.
            if (probeServerProtocol(url.host(), url.port(url.scheme() == u"https"_s ? 443 : 80),
                                    1500) != ServerProtocol::Unreachable) {
                *error = diagnoseUnreachable(technical);
                return false;
            }
            *error = makeError(PromError::Kind::Unreachable,
                               tr("Nothing listens at %1: check the address and that "
                                  "Prometheus is running.")
                                   .arg(m_endpoint.hostPort()),
                               technical);
            return false;
        case QNetworkReply::SslHandshakeFailedError:
            *error = makeError(PromError::Kind::Tls,
                               tr("The TLS handshake with %1 failed: %2. Give the CA that "
                                  "signed its certificate (cacert=FILE), or use http:// if it "
                                  "does not speak TLS.")
                                   .arg(m_endpoint.hostPort(), reply.errorString),
                               technical);
            return false;
        default:
            *error = diagnoseUnreachable(technical);
            return false;
        }
    }
    if (status == 401) {
        *error = makeError(PromError::Kind::Unauthorized,
                           m_endpoint.user.isEmpty() && m_endpoint.bearerToken.isEmpty()
                               ? tr("%1 wants credentials (HTTP 401): set a user and password, "
                                    "or a bearer token, in the connection.")
                                     .arg(where)
                               : tr("%1 refused these credentials (HTTP 401): check the user "
                                    "and password, or the token.")
                                     .arg(where),
                           technical);
        return false;
    }
    if (status == 403) {
        *error = makeError(PromError::Kind::Forbidden,
                           tr("%1 refused access to %2 (HTTP 403): these credentials may not "
                              "read its API.")
                               .arg(where, path),
                           technical);
        return false;
    }
    // A success answer of a big range goes to its own reader, not a JSON document.
    if (success && status == 200 && body.startsWith("{\"status\":\"success\"")) {
        *success = body;
        return true;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject answer = doc.object();
    const QString apiStatus = answer.value(u"status"_s).toString();
    if (parseError.error != QJsonParseError::NoError || apiStatus.isEmpty()) {
        *error = makeError(PromError::Kind::NotPrometheus,
                           tr("%1 answered HTTP %2, but not as Prometheus' API does: check the "
                              "address and any path prefix (…/prometheus).")
                               .arg(where)
                               .arg(status),
                           u"%1; %2"_s.arg(technical, QString::fromUtf8(body.left(200))));
        return false;
    }
    if (apiStatus != u"success"_s) {
        const QString message = answer.value(u"error"_s).toString();
        const QString type = answer.value(u"errorType"_s).toString();
        if (message.contains(u"exceeded maximum resolution"_s)) {
            *error = makeError(PromError::Kind::TooManyPoints,
                               tr("Prometheus refused the range: too many points per series. "
                                  "Choose a wider step."),
                               message);
        } else if (type == u"bad_data"_s || status == 400 || status == 422) {
            *error = makeError(PromError::Kind::BadQuery,
                               tr("Prometheus refused the query: %1").arg(message), technical);
        } else {
            *error =
                makeError(PromError::Kind::Server,
                          tr("Prometheus could not answer (%1): %2").arg(type, message), technical);
        }
        return false;
    }
    *data = answer.value(u"data"_s);
    return true;
}

bool PrometheusClient::buildInfo(QString *version, PromError *error)
{
    QJsonValue data;
    if (!get(u"/api/v1/status/buildinfo"_s, {}, &data, error))
        return false;
    *version = data.toObject().value(u"version"_s).toString();
    return true;
}

int PrometheusClient::stepToFit(qint64 rangeMs, int wantedStepSeconds, int maxPoints)
{
    static const int readable[] = {1,   2,   5,    10,   15,   30,    60,    120,   300,
                                   600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400};
    const qint64 rangeS = std::max<qint64>(1, (rangeMs + 999) / 1000);
    const qint64 least = std::max<qint64>(std::max(1, wantedStepSeconds),
                                          (rangeS + maxPoints - 2) / std::max(1, maxPoints - 1));
    for (int step : readable) {
        if (step >= least)
            return step;
    }
    return int(std::min<qint64>(least, std::numeric_limits<int>::max()));
}

bool PrometheusClient::queryRange(const QString &promql, qint64 fromMs, qint64 toMs,
                                  int stepSeconds, QList<PromSeries> *out, PromError *error)
{
    QList<QList<PromSeries>> results;
    if (!queryRanges({{promql, fromMs, toMs, stepSeconds}}, &results, error))
        return false;
    *out = results.value(0);
    return true;
}

bool PrometheusClient::queryRanges(const QList<RangeQuery> &queries, QList<QList<PromSeries>> *out,
                                   PromError *error)
{
    const QString path = u"/api/v1/query_range"_s;
    QList<QNetworkRequest> requests;
    for (const RangeQuery &r : queries) {
        QUrlQuery q;
        q.addQueryItem(u"query"_s, QString::fromLatin1(QUrl::toPercentEncoding(r.promql)));
        q.addQueryItem(u"start"_s, QString::number(r.fromMs / 1000.0, 'f', 3));
        q.addQueryItem(u"end"_s, QString::number(r.toMs / 1000.0, 'f', 3));
        q.addQueryItem(u"step"_s, QString::number(stepToFit(r.toMs - r.fromMs, r.stepSeconds)));
        requests.append(makeRequest(path, q));
    }
    const QList<HttpResult> replies = m_http->getAll(requests, m_endpoint.timeoutMs, m_abort);
    // The answers' statuses first; then the big bodies read side by side (a day of fifty
    // instances is several answers of megabytes each).
    struct Answer
    {
        QJsonValue data;
        QByteArray body;
        QList<PromSeries> series;
        bool parsed = false;
    };
    QList<Answer> answers(replies.size());
    for (qsizetype i = 0; i < replies.size(); ++i) {
        if (!interpret(path, replies.at(i), &answers[i].data, &answers[i].body, error))
            return false;
    }
    QtConcurrent::blockingMap(answers, [](Answer &a) {
        a.parsed = !a.body.isEmpty() && parsePromMatrix(a.body, &a.series);
    });
    out->clear();
    for (qsizetype i = 0; i < answers.size(); ++i) {
        Answer &a = answers[i];
        if (!a.parsed) {
            // Not what the fast reader expects: the general one.
            if (!a.body.isEmpty() && !interpret(path, replies.at(i), &a.data, nullptr, error))
                return false;
            a.series = matrixOf(a.data);
        }
        out->append(std::move(a.series));
    }
    return true;
}

bool PrometheusClient::query(const QString &promql, QList<PromSample> *out, PromError *error,
                             qint64 atMs)
{
    QUrlQuery q;
    q.addQueryItem(u"query"_s, QString::fromLatin1(QUrl::toPercentEncoding(promql)));
    if (atMs > 0)
        q.addQueryItem(u"time"_s, QString::number(atMs / 1000.0, 'f', 3));
    QJsonValue data;
    if (!get(u"/api/v1/query"_s, q, &data, error))
        return false;
    *out = vectorOf(data);
    return true;
}

bool PrometheusClient::queries(const QStringList &promqls, QList<QList<PromSample>> *out,
                               PromError *error)
{
    const QString path = u"/api/v1/query"_s;
    QList<QNetworkRequest> requests;
    for (const QString &promql : promqls) {
        QUrlQuery q;
        q.addQueryItem(u"query"_s, QString::fromLatin1(QUrl::toPercentEncoding(promql)));
        requests.append(makeRequest(path, q));
    }
    const QList<HttpResult> replies = m_http->getAll(requests, m_endpoint.timeoutMs, m_abort);
    out->clear();
    for (const HttpResult &reply : replies) {
        QJsonValue data;
        if (!interpret(path, reply, &data, nullptr, error))
            return false;
        out->append(vectorOf(data));
    }
    return true;
}

bool PrometheusClient::series(const QStringList &match, qint64 fromMs, qint64 toMs,
                              QList<PromLabels> *out, PromError *error)
{
    QUrlQuery q;
    for (const QString &m : match)
        q.addQueryItem(u"match[]"_s, QString::fromLatin1(QUrl::toPercentEncoding(m)));
    q.addQueryItem(u"start"_s, QString::number(fromMs / 1000.0, 'f', 3));
    q.addQueryItem(u"end"_s, QString::number(toMs / 1000.0, 'f', 3));
    QJsonValue data;
    if (!get(u"/api/v1/series"_s, q, &data, error))
        return false;
    out->clear();
    for (const QJsonValue &v : data.toArray())
        out->append(labelsOf(v.toObject()));
    return true;
}

bool PrometheusClient::labels(QStringList *out, PromError *error)
{
    QJsonValue data;
    if (!get(u"/api/v1/labels"_s, {}, &data, error))
        return false;
    out->clear();
    for (const QJsonValue &v : data.toArray())
        out->append(v.toString());
    return true;
}

bool PrometheusClient::alerts(QList<PromAlert> *out, PromError *error)
{
    QJsonValue data;
    if (!get(u"/api/v1/alerts"_s, {}, &data, error))
        return false;
    out->clear();
    for (const QJsonValue &v : data.toObject().value(u"alerts"_s).toArray()) {
        const QJsonObject o = v.toObject();
        PromAlert a;
        a.labels = labelsOf(o.value(u"labels"_s).toObject());
        a.annotations = labelsOf(o.value(u"annotations"_s).toObject());
        a.state = o.value(u"state"_s).toString();
        a.activeAt = QDateTime::fromString(o.value(u"activeAt"_s).toString(), Qt::ISODateWithMs);
        a.value = sampleValue(o.value(u"value"_s));
        out->append(a);
    }
    return true;
}

int PrometheusClient::scrapeIntervalSeconds(PromError *error)
{
    QJsonValue data;
    QUrlQuery q;
    q.addQueryItem(u"state"_s, u"active"_s);
    if (!get(u"/api/v1/targets"_s, q, &data, error))
        return 0;
    int shortest = 0;
    for (const QJsonValue &t : data.toObject().value(u"activeTargets"_s).toArray()) {
        // "5s", "1m", "1m30s"
        const QString text = t.toObject().value(u"scrapeInterval"_s).toString();
        int seconds = 0;
        int number = 0;
        for (QChar c : text) {
            if (c.isDigit()) {
                number = number * 10 + c.digitValue();
            } else {
                seconds += number * (c == u'h' ? 3600 : c == u'm' ? 60 : 1);
                number = 0;
            }
        }
        if (seconds > 0 && (shortest == 0 || seconds < shortest))
            shortest = seconds;
    }
    return shortest;
}

bool PrometheusClient::recordingRuleNames(QSet<QString> *out, PromError *error)
{
    QUrlQuery q;
    q.addQueryItem(u"type"_s, u"record"_s);
    QJsonValue data;
    if (!get(u"/api/v1/rules"_s, q, &data, error))
        return false;
    out->clear();
    for (const QJsonValue &group : data.toObject().value(u"groups"_s).toArray()) {
        for (const QJsonValue &rule : group.toObject().value(u"rules"_s).toArray())
            out->insert(rule.toObject().value(u"name"_s).toString());
    }
    return true;
}

} // namespace sonde
