#include "PgBouncerInstance.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTcpSocket>
#include <QThread>

#include <cerrno>
#include <csignal>

using namespace Qt::StringLiterals;

namespace sonde {

bool waitForPort(int port, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, quint16(port));
        if (socket.waitForConnected(500))
            return true;
        QThread::msleep(50);
    }
    return false;
}

PgBouncerInstance::PgBouncerInstance(const QString &sandboxDir, const ServerBinaries &binaries,
                                     const RunAs &runAs)
    : m_dir(sandboxDir + u"/pgbouncer"_s)
    , m_bin(binaries)
    , m_runAs(runAs)
{}

bool PgBouncerInstance::configure(const Config &config, QString *error)
{
    m_config = config;
    if (!makeDirectoryAs(m_dir, m_runAs, error))
        return false;
    QString users;
    for (const auto &u : config.users)
        users += u"\"%1\" \"%2\"\n"_s.arg(u.first, u.second);
    if (!writeFileAs(m_dir + u"/userlist.txt"_s, users.toUtf8(), m_runAs,
                     QFile::ReadOwner | QFile::WriteOwner, error))
        return false;
    const QString ini = uR"([databases]
* = host=127.0.0.1 port=%1

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = %2
unix_socket_dir =
auth_type = scram-sha-256
auth_file = %3/userlist.txt
admin_users = %4
stats_users = %5
pool_mode = %7
default_pool_size = %6
min_pool_size = 0
reserve_pool_size = 0
max_client_conn = 500
query_wait_timeout = 60
query_timeout = 120
server_lifetime = 3600
ignore_startup_parameters = extra_float_digits
logfile = %3/pgbouncer.log
pidfile = %3/pgbouncer.pid
log_connections = 0
log_disconnections = 0
)"_s.arg(config.postgresPort)
                            .arg(config.port)
                            .arg(m_dir, config.adminUser, config.statsUser)
                            .arg(config.poolSize)
                            .arg(config.poolMode);
    return writeFileAs(m_dir + u"/pgbouncer.ini"_s, ini.toUtf8(), m_runAs,
                       QFile::ReadOwner | QFile::WriteOwner, error);
}

QString PgBouncerInstance::logTail(int lines) const
{
    QFile f(m_dir + u"/pgbouncer.log"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QStringList all = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    return all.mid(qMax(0, int(all.size()) - lines)).join(u'\n');
}

bool PgBouncerInstance::start(QString *error)
{
    const ProcessResult r =
        runProcess(m_bin.pgbouncer, {u"-d"_s, m_dir + u"/pgbouncer.ini"_s}, m_runAs, 20000, m_dir);
    if (!r.ok()) {
        *error = tr("PgBouncer did not start: %1 %2").arg(r.output.trimmed(), logTail());
        return false;
    }
    if (!waitForPort(m_config.port, 10000)) {
        const QString tail = logTail();
        *error = tail.contains(u"Address already in use"_s)
                     ? tr("Port %1 on 127.0.0.1 is already in use: PgBouncer cannot listen on "
                          "it.")
                           .arg(m_config.port)
                     : tr("PgBouncer did not accept connections within 10 s: %1").arg(tail);
        return false;
    }
    return true;
}

qint64 PgBouncerInstance::pid() const
{
    return readPidFile(m_dir + u"/pgbouncer.pid"_s);
}

bool PgBouncerInstance::isRunning() const
{
    return isProcessAlive(pid());
}

bool PgBouncerInstance::stop(QString *error)
{
    const qint64 p = pid();
    if (p <= 0 || !isRunning())
        return true;
    ::kill(pid_t(p), SIGTERM);
    QDeadlineTimer deadline(10000);
    while (isRunning() && !deadline.hasExpired())
        QThread::msleep(20);
    if (isRunning()) {
        ::kill(pid_t(p), SIGKILL);
        QThread::msleep(100);
    }
    if (isRunning()) {
        if (error)
            *error = tr("PgBouncer (pid %1) did not stop.").arg(p);
        return false;
    }
    QFile::remove(m_dir + u"/pgbouncer.pid"_s);
    return true;
}

} // namespace sonde
