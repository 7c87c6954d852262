#pragma once

#include "ProcessRunner.h"

#include <QCoreApplication>
#include <QString>

namespace sonde {

// What the monitoring stack scrapes: the sandbox's servers and the credentials of its
// monitoring role.
struct MonitoringStackSettings
{
    int scrapeSeconds = 5;
    QString postgresDsn;    // postgres_exporter's DATA_SOURCE_NAME (the pg_monitor role)
    QString postgresServer; // host:port
    int pgbouncerPort = 0;  // 0: no PgBouncer
    QString pgbouncerUser;
    QString pgbouncerPassword;
    QString redisAddress; // redis://127.0.0.1:port or rediss://…; empty: no Redis
    QString redisPassword;
    QString redisCaFile;
    // Alerting rules Prometheus evaluates (Sonde's thresholds: sonde-cli rules).
    QString rules;
    // Prometheus' --web.config.file content (basic authentication in tests); empty: none.
    QString webConfig;
};

// Prometheus and the three Debian-packaged exporters (prometheus-postgres-exporter,
// prometheus-redis-exporter, prometheus-pgbouncer-exporter) in <sandbox>/prometheus,
// scraping the sandbox's servers every few seconds. Every process runs from that directory
// with a pid file there, so a sandbox left by a crash is cleaned up with them
// (StaleSandboxes).
class MonitoringStack
{
    Q_DECLARE_TR_FUNCTIONS(MonitoringStack)
public:
    explicit MonitoringStack(const QString &sandboxDir);
    ~MonitoringStack();

    // The programs, or a message naming the missing package.
    static bool locate(QString *error);

    bool start(const MonitoringStackSettings &settings, QString *error);
    bool stop(QString *error = nullptr);

    QString prometheusUrl() const;
    int prometheusPort() const { return m_prometheusPort; }
    QString directory() const { return m_dir; }
    // The pid files this stack writes (relative to the sandbox directory).
    static QStringList pidFiles();

private:
    bool startProcess(const QString &name, const QString &program, const QStringList &args,
                      const QStringList &environment, QString *error);
    bool waitForHttp(int port, const QString &path, const QString &name, QString *error);
    QString logTail(const QString &name) const;

    QString m_dir;
    int m_prometheusPort = 0;
    QStringList m_started;
};

} // namespace sonde
