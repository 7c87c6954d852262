#include "Sandbox.h"

#include "MonitoringStack.h"
#include "PgBouncerInstance.h"
#include "PostgresInstance.h"
#include "RedisInstance.h"
#include "StaleSandboxes.h"
#include "ThrowAwayCa.h"
#include "common/Random.h"
#include "connection/PgConnInfo.h"
#include "connection/RedisEndpoint.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <pqxx/nontransaction>
#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

int bindLoopback(int port, int *fdOut)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_in addr = {};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(quint16(port));
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    socklen_t len = sizeof addr;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len);
    *fdOut = fd;
    return ntohs(addr.sin_port);
}

// Can `runAs` reach `path` (search permission on every ancestor)?
bool reachableBy(const QString &path, const RunAs &runAs)
{
    if (!runAs.active)
        return true;
    QString p = QFileInfo(path).absoluteFilePath();
    while (!p.isEmpty()) {
        struct stat st;
        if (::stat(QFile::encodeName(p).constData(), &st) != 0)
            return false;
        const bool ok = (st.st_mode & S_IXOTH) ||
                        (st.st_uid == runAs.uid && (st.st_mode & S_IXUSR)) ||
                        (st.st_gid == runAs.gid && (st.st_mode & S_IXGRP));
        if (!ok)
            return false;
        if (p == u"/"_s)
            break;
        p = QFileInfo(p).path();
    }
    return true;
}

} // namespace

QList<int> pickFreeLoopbackPorts(int count)
{
    QList<int> ports;
    QList<int> fds;
    for (int i = 0; i < count; ++i) {
        int fd = -1;
        const int port = bindLoopback(0, &fd);
        if (port > 0) {
            ports << port;
            fds << fd;
        }
    }
    for (int fd : fds)
        ::close(fd);
    return ports;
}

bool isLoopbackPortTaken(int port)
{
    int fd = -1;
    if (bindLoopback(port, &fd) < 0)
        return true;
    ::close(fd);
    return false;
}

Sandbox::Sandbox(SandboxOptions options)
    : m_options(std::move(options))
{}

Sandbox::~Sandbox()
{
    stop();
}

bool Sandbox::prepareDirectory(QString *error)
{
    const QString parent = m_options.effectiveParentDir();
    const QFileInfo pi(parent);
    if (!pi.exists() && !QDir().mkpath(parent)) {
        *error = tr("The sandbox directory %1 does not exist and cannot be created: set "
                    "SONDE_SANDBOX_DIR (or --dir) to a writable directory.")
                     .arg(parent);
        return false;
    }
    if (!QFileInfo(parent).isWritable()) {
        *error = tr("The sandbox directory %1 is not writable: set SONDE_SANDBOX_DIR (or --dir) "
                    "to a writable directory.")
                     .arg(parent);
        return false;
    }
    if (!reachableBy(parent, m_runAs)) {
        *error = tr("The servers run as user %1, who cannot reach %2: choose a directory every "
                    "user can traverse (for example /tmp) with SONDE_SANDBOX_DIR or --dir.")
                     .arg(m_runAs.name, parent);
        return false;
    }
    m_cleanedUp = StaleSandboxes::cleanup(parent);

    QTemporaryDir tmp(parent + u'/' + QLatin1String(StaleSandboxes::DirPrefix) + u"XXXXXX"_s);
    if (!tmp.isValid()) {
        *error = tr("Cannot create a directory in %1: %2").arg(parent, tmp.errorString());
        return false;
    }
    tmp.setAutoRemove(false);
    m_dir = QFileInfo(tmp.path()).canonicalFilePath();
    if (!writeFileAs(m_dir + u"/owner"_s, StaleSandboxes::currentOwnerStamp().toLatin1(), RunAs(),
                     QFile::ReadOwner | QFile::WriteOwner, error))
        return false;
    // The owner file stays root's; the directory itself must be usable by the servers.
    return makeDirectoryAs(m_dir, m_runAs, error);
}

bool Sandbox::start(const Progress &progressFn, const std::atomic<bool> *cancel, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    auto progress = [&](const QString &step, int percent) {
        if (progressFn)
            progressFn(step, percent);
    };
    auto canceled = [&]() {
        if (cancel && cancel->load()) {
            *error = tr("Start of the sandbox canceled.");
            stop();
            return true;
        }
        return false;
    };

    progress(tr("Looking for server programs"), 1);
    if (!ServerBinaries::locate(m_options.withPgBouncer, m_options.withRedis, &m_bin, error))
        return false;
    if (!RunAs::resolve(m_options.runAsUser, &m_runAs, error))
        return false;
    for (int port : {m_options.postgresPort, m_options.pgbouncerPort, m_options.redisPort}) {
        if (port > 0 && isLoopbackPortTaken(port)) {
            *error = tr("Port %1 on 127.0.0.1 is already in use by another program: choose "
                        "another port or leave it at 0 to pick a free one.")
                         .arg(port);
            return false;
        }
    }
    progress(tr("Preparing %1").arg(m_options.effectiveParentDir()), 3);
    if (!prepareDirectory(error))
        return false;

    m_appPassword = randomToken(24);
    m_dbaPassword = randomToken(24);
    m_monitorPassword = randomToken(24);
    m_redisPassword = randomToken(24);

    if (canceled() || !startPostgresCluster(progress, error)) {
        stop();
        return false;
    }
    progress(tr("Creating roles, the demo database and extensions"), 55);
    if (canceled() || !createRolesAndDatabase(error)) {
        stop();
        return false;
    }
    if (m_options.withPgBouncer) {
        progress(tr("Starting PgBouncer"), 70);
        if (canceled() || !startPgBouncerServer(error)) {
            stop();
            return false;
        }
    }
    if (m_options.withRedis) {
        progress(tr("Starting Redis"), 85);
        if (canceled() || !startRedisServer(error)) {
            stop();
            return false;
        }
    }
    fillEndpoints();
    if (m_options.withPrometheus) {
        progress(tr("Starting Prometheus and its exporters"), 92);
        if (canceled() || !startMonitoringStack(error)) {
            stop();
            return false;
        }
        m_endpoints.prometheus = m_monitoring->prometheusUrl();
    }
    const QByteArray json = QJsonDocument(m_endpoints.toJson()).toJson();
    writeFileAs(m_dir + u"/endpoints.json"_s, json, RunAs(), QFile::ReadOwner | QFile::WriteOwner,
                error);
    m_started = true;
    progress(tr("Servers ready"), 100);
    return true;
}

bool Sandbox::startPostgresCluster(const Progress &progress, QString *error)
{
    const bool autoPort = m_options.postgresPort == 0;
    m_pgPort = autoPort ? pickFreeLoopbackPorts(1).value(0) : m_options.postgresPort;
    m_pg = std::make_unique<PostgresInstance>(m_dir, m_bin, m_runAs);
    progress(tr("Creating a PostgreSQL %1 cluster (initdb)").arg(m_bin.pgMajorVersion), 10);
    if (!m_pg->initialize(m_pgPort, m_options.extraPostgresConfig, error))
        return false;
    progress(tr("Starting PostgreSQL on port %1").arg(m_pgPort), 35);
    for (int attempt = 0;; ++attempt) {
        if (m_pg->start(error))
            return true;
        // A free port picked a moment ago may have been taken since: try another one.
        if (!autoPort || attempt >= 3 || !error->contains(u"already in use"_s))
            return false;
        m_pgPort = pickFreeLoopbackPorts(1).value(0);
        m_pg->setPort(m_pgPort);
    }
}

bool Sandbox::createRolesAndDatabase(QString *error)
{
    try {
        pqxx::connection conn(m_pg->superuserConnInfo(u"postgres"_s).toStdString());
        pqxx::nontransaction tx(conn);
        auto q = [&](const QString &s) {
            return tx.quote(s.toStdString());
        };
        tx.exec("CREATE ROLE app LOGIN PASSWORD " + q(m_appPassword));
        tx.exec("CREATE ROLE sonde LOGIN PASSWORD " + q(m_dbaPassword) +
                " IN ROLE pg_monitor, pg_signal_backend, app");
        tx.exec("CREATE ROLE sonde_monitor LOGIN PASSWORD " + q(m_monitorPassword) +
                " IN ROLE pg_monitor");
        tx.commit();
        // Extensions go into template1 so every database created later has them too.
        {
            pqxx::connection t1(m_pg->superuserConnInfo(u"template1"_s).toStdString());
            pqxx::nontransaction t(t1);
            t.exec("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            t.exec("CREATE EXTENSION IF NOT EXISTS hypopg");
            t.exec("CREATE EXTENSION IF NOT EXISTS pg_qualstats");
            t.exec("GRANT EXECUTE ON FUNCTION pg_stat_statements_reset(oid, oid, bigint) TO "
                   "sonde");
            t.commit();
        }
        pqxx::nontransaction create(conn);
        create.exec("CREATE DATABASE sonde_demo OWNER app");
        create.commit();
        return true;
    } catch (const std::exception &e) {
        *error = tr("Setting up roles and extensions failed: %1")
                     .arg(QString::fromUtf8(e.what()).trimmed());
        return false;
    }
}

bool Sandbox::startPgBouncerServer(QString *error)
{
    const bool autoPort = m_options.pgbouncerPort == 0;
    m_bouncerPort = autoPort ? pickFreeLoopbackPorts(1).value(0) : m_options.pgbouncerPort;
    m_bouncer = std::make_unique<PgBouncerInstance>(m_dir, m_bin, m_runAs);
    for (int attempt = 0;; ++attempt) {
        PgBouncerInstance::Config cfg;
        cfg.port = m_bouncerPort;
        cfg.postgresPort = m_pgPort;
        cfg.poolSize = m_options.pgbouncerPoolSize;
        cfg.poolMode = m_options.pgbouncerPoolMode;
        cfg.adminUser = u"sonde"_s;
        cfg.statsUser = u"sonde_monitor"_s;
        cfg.users = {{u"app"_s, m_appPassword},
                     {u"sonde"_s, m_dbaPassword},
                     {u"sonde_monitor"_s, m_monitorPassword}};
        if (!m_bouncer->configure(cfg, error))
            return false;
        if (m_bouncer->start(error))
            return true;
        m_bouncer->stop(nullptr);
        if (!autoPort || attempt >= 3 || !error->contains(u"already in use"_s))
            return false;
        m_bouncerPort = pickFreeLoopbackPorts(1).value(0);
    }
}

bool Sandbox::startRedisServer(QString *error)
{
    const bool autoPort = m_options.redisPort == 0;
    m_redisPort = autoPort ? pickFreeLoopbackPorts(1).value(0) : m_options.redisPort;
    m_redis = std::make_unique<RedisInstance>(m_dir, m_bin, m_runAs);
    if (m_options.redisTls && !makeRedisCertificates(error))
        return false;
    for (int attempt = 0;; ++attempt) {
        if (m_redis->start(m_redisPort, m_redisPassword, m_options.redisMaxMemoryMb, error))
            return true;
        m_redis->stop(nullptr);
        if (!autoPort || attempt >= 3 || !error->contains(u"already in use"_s))
            return false;
        m_redisPort = pickFreeLoopbackPorts(1).value(0);
    }
}

bool Sandbox::makeRedisCertificates(QString *error)
{
    if (!ServerBinaries::locateOpenssl(&m_bin, error))
        return false;
    m_ca = std::make_unique<ThrowAwayCa>(m_dir + u"/tls"_s, m_bin.openssl, m_runAs);
    ThrowAwayCa::Issued server, client;
    using V = ThrowAwayCa::Validity;
    if (!m_ca->create(error) ||
        !m_ca->issue(u"redis-server"_s, ThrowAwayCa::Purpose::Server,
                     {u"IP:127.0.0.1"_s, u"DNS:localhost"_s}, V::Current, &server, error) ||
        !m_ca->issue(u"sonde-client"_s, ThrowAwayCa::Purpose::Client, {}, V::Current, &client,
                     error))
        return false;
    m_redis->setTls({m_ca->caFile(), server.certFile, server.keyFile});
    m_redisClientCert = client.certFile;
    m_redisClientKey = client.keyFile;
    return true;
}

void Sandbox::fillEndpoints()
{
    SandboxEndpoints e;
    e.directory = m_dir;
    e.postgresPort = m_pgPort;
    e.pgbouncerPort = m_bouncerPort;
    e.redisPort = m_redisPort;
    e.postgresSocketDir = m_pg->socketDir();
    auto pgUri = [&](const QString &user, const QString &password, int port, const QString &db) {
        return u"postgresql://%1:%2@127.0.0.1:%3/%4"_s.arg(user, password).arg(port).arg(db);
    };
    e.postgres = pgUri(u"sonde"_s, m_dbaPassword, m_pgPort, e.database);
    e.postgresMonitor = pgUri(u"sonde_monitor"_s, m_monitorPassword, m_pgPort, e.database);
    e.postgresApp = pgUri(u"app"_s, m_appPassword, m_pgPort, e.database);
    PgConnInfo su;
    PgConnInfo::parse(m_pg->superuserConnInfo(e.database), &su, nullptr);
    e.postgresSuperuser = su.toUri(true);
    if (m_options.withPgBouncer) {
        e.pgbouncer = pgUri(u"app"_s, m_appPassword, m_bouncerPort, e.database);
        e.pgbouncerAdmin =
            pgUri(u"sonde_monitor"_s, m_monitorPassword, m_bouncerPort, u"pgbouncer"_s);
    }
    if (m_options.withRedis) {
        RedisEndpoint redis;
        redis.port = m_redisPort;
        redis.password = m_redisPassword;
        if (m_ca) {
            redis.tls = true;
            redis.tlsOptions.caFile = m_ca->caFile();
            e.redisCaFile = m_ca->caFile();
            e.redisClientCert = m_redisClientCert;
            e.redisClientKey = m_redisClientKey;
        }
        e.redis = redis.toUri(true); // redis://default:…@ — what redis-cli -u accepts
    }
    m_endpoints = e;
}

bool Sandbox::stop(QString *error)
{
    if (m_dir.isEmpty())
        return true;
    QStringList problems;
    QString e;
    if (m_monitoring && !m_monitoring->stop(&e))
        problems << e;
    m_monitoring.reset();
    if (m_bouncer && !m_bouncer->stop(&e))
        problems << e;
    if (m_redis && !m_redis->stop(&e))
        problems << e;
    if (m_pg && !m_pg->stop(false, &e) && !m_pg->stop(true, &e))
        problems << e;
    // Whatever is still running is stopped by its pid file; then the directory goes.
    if (!StaleSandboxes::tearDown(m_dir, &e))
        problems << e;
    m_bouncer.reset();
    m_redis.reset();
    m_ca.reset();
    m_pg.reset();
    m_started = false;
    m_dir.clear();
    if (!problems.isEmpty() && error)
        *error = problems.join(u'\n');
    return problems.isEmpty();
}

bool Sandbox::startMonitoringStack(QString *error)
{
    m_monitoring = std::make_unique<MonitoringStack>(m_dir);
    MonitoringStackSettings settings;
    settings.scrapeSeconds = m_options.prometheusScrapeSeconds;
    settings.postgresDsn = m_endpoints.postgresMonitor + u"?sslmode=disable"_s;
    settings.postgresServer = u"127.0.0.1:%1"_s.arg(m_pgPort);
    if (m_options.withPgBouncer) {
        settings.pgbouncerPort = m_bouncerPort;
        settings.pgbouncerUser = u"sonde_monitor"_s;
        settings.pgbouncerPassword = m_monitorPassword;
    }
    if (m_options.withRedis) {
        settings.redisAddress =
            u"%1://127.0.0.1:%2"_s.arg(m_ca ? u"rediss"_s : u"redis"_s).arg(m_redisPort);
        settings.redisPassword = m_redisPassword;
        if (m_ca)
            settings.redisCaFile = m_ca->caFile();
    }
    settings.rules = m_options.prometheusRules;
    settings.webConfig = m_options.prometheusWebConfig;
    return m_monitoring->start(settings, error);
}

bool Sandbox::stopPostgres(bool immediate, QString *error)
{
    return m_pg && m_pg->stop(immediate, error);
}

bool Sandbox::startPostgres(QString *error)
{
    return m_pg && m_pg->start(error);
}

bool Sandbox::stopPgBouncer(QString *error)
{
    return m_bouncer && m_bouncer->stop(error);
}

bool Sandbox::startPgBouncer(QString *error)
{
    return m_bouncer && m_bouncer->start(error);
}

bool Sandbox::stopRedis(QString *error)
{
    return m_redis && m_redis->stop(error);
}

bool Sandbox::startRedis(QString *error)
{
    return m_redis &&
           m_redis->start(m_redisPort, m_redisPassword, m_options.redisMaxMemoryMb, error);
}

} // namespace sonde
