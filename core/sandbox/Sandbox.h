#pragma once

#include "ProcessRunner.h"
#include "SandboxTypes.h"
#include "ServerBinaries.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace sonde {

class PostgresInstance;
class PgBouncerInstance;
class RedisInstance;
class MonitoringStack;
class ThrowAwayCa;

// Private PostgreSQL 15 (pg_stat_statements, hypopg, pg_qualstats) + PgBouncer + Redis on
// free loopback ports in a fresh temporary directory. Used by `sonde --demo`,
// `sonde-cli demo` and the integration tests. start() blocks (run it off the GUI thread);
// the destructor stops every server and removes the directory.
class Sandbox
{
    Q_DECLARE_TR_FUNCTIONS(Sandbox)
public:
    using Progress = std::function<void(const QString &step, int percent)>;

    explicit Sandbox(SandboxOptions options = {});
    ~Sandbox();
    Sandbox(const Sandbox &) = delete;
    Sandbox &operator=(const Sandbox &) = delete;

    // Returns false with a message saying what is wrong and what to do. `cancel` (optional)
    // is polled between steps.
    bool start(const Progress &progress, const std::atomic<bool> *cancel, QString *error);
    bool stop(QString *error = nullptr);
    bool isStarted() const { return m_started; }

    const SandboxEndpoints &endpoints() const { return m_endpoints; }
    QString directory() const { return m_dir; }
    // The CA of a Redis with TLS (nullptr without): tests sign more certificates with it.
    ThrowAwayCa *certificateAuthority() const { return m_ca.get(); }
    // Messages about sandboxes of crashed runs that start() cleaned up.
    QStringList cleanedUp() const { return m_cleanedUp; }

    // Fault injection for tests and the demo: stop and start single servers.
    bool stopPostgres(bool immediate, QString *error);
    bool startPostgres(QString *error);
    bool stopPgBouncer(QString *error);
    bool startPgBouncer(QString *error);
    bool stopRedis(QString *error);
    bool startRedis(QString *error);

private:
    bool prepareDirectory(QString *error);
    bool startPostgresCluster(const Progress &progress, QString *error);
    bool createRolesAndDatabase(QString *error);
    bool startPgBouncerServer(QString *error);
    bool startRedisServer(QString *error);
    bool makeRedisCertificates(QString *error);
    bool startMonitoringStack(QString *error);
    void fillEndpoints();

    SandboxOptions m_options;
    ServerBinaries m_bin;
    RunAs m_runAs;
    QString m_dir;
    bool m_started = false;
    QStringList m_cleanedUp;
    QString m_appPassword;
    QString m_dbaPassword;
    QString m_monitorPassword;
    QString m_redisPassword;
    int m_pgPort = 0;
    int m_bouncerPort = 0;
    int m_redisPort = 0;
    std::unique_ptr<PostgresInstance> m_pg;
    std::unique_ptr<PgBouncerInstance> m_bouncer;
    std::unique_ptr<RedisInstance> m_redis;
    std::unique_ptr<ThrowAwayCa> m_ca;
    std::unique_ptr<MonitoringStack> m_monitoring;
    QString m_redisClientCert;
    QString m_redisClientKey;
    SandboxEndpoints m_endpoints;
};

// Free TCP ports on 127.0.0.1 (bound and released at once; distinct from each other).
QList<int> pickFreeLoopbackPorts(int count);
// True when something already listens on 127.0.0.1:port.
bool isLoopbackPortTaken(int port);

} // namespace sonde
