#pragma once

#include "Target.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace sonde {

// How to reach a Prometheus server (or anything that speaks its HTTP API: Thanos, Mimir,
// VictoriaMetrics). The secrets (password, token) live in memory only: a profile keeps them
// in the keychain, a URI shown or logged goes through displayUrl().
struct PrometheusEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusEndpoint)
public:
    QUrl url;            // the API's base: http(s)://host:port[/prefix], without credentials
    QString user;        // basic authentication when set
    QString password;    // … its password
    QString bearerToken; // Authorization: Bearer, when no user is set
    QString caFile;      // a CA to trust besides the system's (https)
    bool verifyTls = true;
    int timeoutMs = 15000; // every request's deadline

    bool isValid() const { return url.isValid() && !url.host().isEmpty(); }
    // http(s)://[user[:password]@]host[:port][/prefix][?cacert=FILE&verify=none&token=T]:
    // the password and the token are taken out of the URL into their fields.
    static bool parse(const QString &text, PrometheusEndpoint *out, QString *error);
    // The URL with no secret in it.
    QString displayUrl() const;
    // host:port of the server (the port from the scheme when none is given).
    QString hostPort() const;
};

// True when the text names an HTTP(S) URL (a Prometheus, not a database).
bool looksLikePrometheusUrl(const QString &text);

// A target of kind Prometheus is the server (the fleet), or one instance it scrapes: then
// the URI's fragment names it (http://prometheus:9090#instance=…&job=…&kind=postgresql) and
// its readings are that instance's PostgreSQL, PgBouncer or Redis metrics.
struct PromInstanceRef
{
    QString instance;
    QString job;
    TargetKind kind = TargetKind::PostgreSQL;

    bool isValid() const { return !instance.isEmpty(); }
    QString key() const { return job + u'/' + instance; }
    static PromInstanceRef fromUri(const QString &uri);
    // The server's URI (any fragment replaced) naming this instance.
    QString toUri(const QString &serverUri) const;
};

// The kind whose metrics a target reports: its own, or for a Prometheus instance target the
// instance's (a PostgreSQL read through Prometheus charts as a PostgreSQL).
TargetKind metricsKindOf(const Target &target);

} // namespace sonde
