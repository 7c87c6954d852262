#include "RedisInstance.h"

#include "PgBouncerInstance.h"
#include "connection/RedisClient.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

#include <csignal>

using namespace Qt::StringLiterals;

namespace sonde {

RedisInstance::RedisInstance(const QString &sandboxDir, const ServerBinaries &binaries,
                             const RunAs &runAs)
    : m_dir(sandboxDir + u"/redis"_s)
    , m_bin(binaries)
    , m_runAs(runAs)
{}

QString RedisInstance::logTail(int lines) const
{
    QFile f(m_dir + u"/redis.log"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QStringList all = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    return all.mid(qMax(0, int(all.size()) - lines)).join(u'\n');
}

bool RedisInstance::start(int port, const QString &password, int maxMemoryMb, QString *error)
{
    m_port = port;
    if (!makeDirectoryAs(m_dir, m_runAs, error))
        return false;
    // The password goes through a config file rather than the command line (visible in ps).
    const QString listen = m_tls.isEnabled() ? uR"(port 0
tls-port %1
tls-cert-file %2
tls-key-file %3
tls-ca-cert-file %4
tls-auth-clients optional)"_s.arg(port)
                                                   .arg(m_tls.certFile, m_tls.keyFile, m_tls.caFile)
                                             : u"port %1"_s.arg(port);
    const QString conf = uR"(bind 127.0.0.1
%1
protected-mode yes
daemonize yes
pidfile %2/redis.pid
logfile %2/redis.log
dir %2
save ""
appendonly no
requirepass %3
latency-tracking yes
latency-monitor-threshold 2
slowlog-log-slower-than 1000
slowlog-max-len 1024
maxmemory %4mb
maxmemory-policy allkeys-lru
maxclients 1000
)"_s.arg(listen, m_dir, password)
                             .arg(maxMemoryMb);
    if (!writeFileAs(m_dir + u"/redis.conf"_s, conf.toUtf8(), m_runAs,
                     QFile::ReadOwner | QFile::WriteOwner, error))
        return false;
    const ProcessResult r =
        runProcess(m_bin.redisServer, {m_dir + u"/redis.conf"_s}, m_runAs, 20000, m_dir);
    if (!r.ok()) {
        *error = tr("Redis did not start: %1 %2").arg(r.output.trimmed(), logTail());
        return false;
    }
    RedisEndpoint ep;
    ep.port = port;
    ep.password = password;
    ep.tls = m_tls.isEnabled();
    ep.tlsOptions.caFile = m_tls.caFile;
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        RedisClient client;
        if (!client.open(ep, 500, 1000))
            return true;
        if (logTail().contains(u"Address already in use"_s))
            break;
        QThread::msleep(50);
    }
    const QString tail = logTail();
    *error =
        tail.contains(u"Address already in use"_s)
            ? tr("Port %1 on 127.0.0.1 is already in use: Redis cannot listen on it.").arg(port)
            : tr("Redis did not answer PING within 10 s: %1").arg(tail);
    return false;
}

bool RedisInstance::isRunning() const
{
    return isProcessAlive(readPidFile(m_dir + u"/redis.pid"_s));
}

bool RedisInstance::stop(QString *error)
{
    const qint64 pid = readPidFile(m_dir + u"/redis.pid"_s);
    if (!isProcessAlive(pid))
        return true;
    ::kill(pid_t(pid), SIGTERM);
    QDeadlineTimer deadline(10000);
    while (isProcessAlive(pid) && !deadline.hasExpired())
        QThread::msleep(20);
    if (isProcessAlive(pid)) {
        ::kill(pid_t(pid), SIGKILL);
        QThread::msleep(100);
    }
    if (isProcessAlive(pid)) {
        if (error)
            *error = tr("Redis (pid %1) did not stop.").arg(pid);
        return false;
    }
    QFile::remove(m_dir + u"/redis.pid"_s);
    return true;
}

} // namespace sonde
