#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace sonde {

struct SandboxOptions
{
    // Where the sandbox directory is made: $SONDE_SANDBOX_DIR, else the system temp dir.
    QString parentDir;
    // 0 = pick a free loopback port.
    int postgresPort = 0;
    int pgbouncerPort = 0;
    int redisPort = 0;
    bool withPgBouncer = true;
    bool withRedis = true;
    // Redis speaks TLS only, with a server certificate from a CA made at start.
    bool redisTls = false;
    // Account the servers run as when Sonde runs as root (default "postgres").
    QString runAsUser;
    int pgbouncerPoolSize = 10;
    QString pgbouncerPoolMode = QStringLiteral("transaction");
    int redisMaxMemoryMb = 256;
    // Prometheus with postgres_exporter, redis_exporter and pgbouncer_exporter scraping the
    // servers (MonitoringStack): the demo's history and fleet.
    bool withPrometheus = false;
    int prometheusScrapeSeconds = 5;
    // Alerting rules for that Prometheus (Sonde's thresholds, sonde-cli rules).
    QString prometheusRules;
    // Its --web.config.file (tests: basic authentication).
    QString prometheusWebConfig;
    // Appended to postgresql.conf (tests use it to tweak the server).
    QString extraPostgresConfig;

    QString effectiveParentDir() const;
};

// How to reach what a sandbox started. Every URI is complete (passwords included): the
// sandbox is private, on loopback, and gone when it stops.
struct SandboxEndpoints
{
    QString directory;
    QString database = QStringLiteral("sonde_demo");
    // The DBA's role: pg_monitor, pg_signal_backend, member of the owner role "app".
    QString postgres;
    // A role that has only pg_monitor.
    QString postgresMonitor;
    // The application's role (owner of the demo tables), direct to PostgreSQL.
    QString postgresApp;
    // Superuser over the Unix socket (tests only).
    QString postgresSuperuser;
    // The application's role through PgBouncer (transaction pooling).
    QString pgbouncer;
    // PgBouncer's admin console as its stats user.
    QString pgbouncerAdmin;
    // redis:// or, with TLS, rediss://…?cacert=<the sandbox's CA>.
    QString redis;
    // With TLS: the sandbox CA, and a client certificate it signed (for mutual TLS).
    QString redisCaFile;
    QString redisClientCert;
    QString redisClientKey;
    int postgresPort = 0;
    int pgbouncerPort = 0;
    int redisPort = 0;
    // http://127.0.0.1:port of the sandbox's Prometheus (empty without).
    QString prometheus;
    QString postgresSocketDir;

    // Superuser conninfo for another database of the sandbox server.
    QString superuserFor(const QString &dbname) const;

    QJsonObject toJson() const;
    static SandboxEndpoints fromJson(const QJsonObject &json);
};

} // namespace sonde

Q_DECLARE_METATYPE(sonde::SandboxEndpoints)
