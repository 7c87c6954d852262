#include "PostgresInstance.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace sonde {

PostgresInstance::PostgresInstance(const QString &sandboxDir, const ServerBinaries &binaries,
                                   const RunAs &runAs)
    : m_dir(sandboxDir + u"/postgres"_s)
    , m_bin(binaries)
    , m_runAs(runAs)
{}

QString PostgresInstance::socketDir() const
{
    return m_dir + u"/run"_s;
}

QString PostgresInstance::dataDir() const
{
    return m_dir + u"/data"_s;
}

QString PostgresInstance::logFile() const
{
    return m_dir + u"/postgres.log"_s;
}

QString PostgresInstance::superuserConnInfo(const QString &dbname) const
{
    return u"host=%1 port=%2 user=postgres dbname=%3"_s.arg(socketDir()).arg(m_port).arg(dbname);
}

QString PostgresInstance::logTail(int lines) const
{
    QFile f(logFile());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QStringList all = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    return all.mid(qMax(0, int(all.size()) - lines)).join(u'\n');
}

bool PostgresInstance::initialize(int port, const QString &extraConfig, QString *error)
{
    m_port = port;
    m_extraConfig = extraConfig;
    if (!makeDirectoryAs(m_dir, m_runAs, error) || !makeDirectoryAs(socketDir(), m_runAs, error))
        return false;
    const ProcessResult r = runProcess(m_bin.initdb(),
                                       {u"-D"_s, dataDir(), u"-U"_s, u"postgres"_s,
                                        u"--auth-local=trust"_s, u"--auth-host=scram-sha-256"_s,
                                        u"-E"_s, u"UTF8"_s, u"--locale=C.UTF-8"_s, u"--no-sync"_s},
                                       m_runAs, 120000, m_dir);
    if (!r.ok()) {
        *error = tr("initdb failed (exit code %1): %2").arg(r.exitCode).arg(r.output.trimmed());
        return false;
    }
    QFile conf(dataDir() + u"/postgresql.conf"_s);
    if (!conf.open(QIODevice::Append) || conf.write("\ninclude = 'sonde.conf'\n") < 0) {
        *error = tr("Cannot write %1: %2").arg(conf.fileName(), conf.errorString());
        return false;
    }
    conf.close();
    return writeConfig(error);
}

void PostgresInstance::setPort(int port)
{
    m_port = port;
    QString ignored;
    writeConfig(&ignored);
}

bool PostgresInstance::writeConfig(QString *error)
{
    // Included at the end of postgresql.conf, so these settings win over initdb's.
    QString conf = uR"(# Written by the Sonde sandbox.
listen_addresses = '127.0.0.1'
port = %1
unix_socket_directories = '%2'
max_connections = 100
shared_buffers = 128MB
work_mem = 4MB
maintenance_work_mem = 256MB
shared_preload_libraries = 'pg_stat_statements,pg_qualstats'
pg_stat_statements.max = 5000
pg_stat_statements.track = top
pg_qualstats.sample_rate = 1
compute_query_id = on
track_io_timing = on
track_activity_query_size = 4096
fsync = off
synchronous_commit = off
full_page_writes = off
wal_level = minimal
max_wal_senders = 0
max_wal_size = 4GB
checkpoint_timeout = 30min
log_lock_waits = on
log_min_messages = warning
log_checkpoints = off
lc_messages = 'C.UTF-8'
)"_s.arg(m_port)
                       .arg(socketDir());
    conf += m_extraConfig + u'\n';
    return writeFileAs(dataDir() + u"/sonde.conf"_s, conf.toUtf8(), m_runAs,
                       QFile::ReadOwner | QFile::WriteOwner, error);
}

bool PostgresInstance::start(QString *error)
{
    const ProcessResult r =
        runProcess(m_bin.pgCtl(),
                   {u"start"_s, u"-w"_s, u"-t"_s, u"60"_s, u"-D"_s, dataDir(), u"-l"_s, logFile()},
                   m_runAs, 90000, m_dir);
    if (!r.ok()) {
        QString tail = logTail();
        if (tail.contains(u"Address already in use"_s))
            *error = tr("Port %1 on 127.0.0.1 is already in use: PostgreSQL cannot listen on it.")
                         .arg(m_port);
        else
            *error = tr("PostgreSQL did not start: %1\n%2").arg(r.output.trimmed(), tail);
        return false;
    }
    return true;
}

bool PostgresInstance::stop(bool immediate, QString *error)
{
    if (!isRunning())
        return true;
    const ProcessResult r = runProcess(m_bin.pgCtl(),
                                       {u"stop"_s, u"-w"_s, u"-t"_s, u"30"_s, u"-m"_s,
                                        immediate ? u"immediate"_s : u"fast"_s, u"-D"_s, dataDir()},
                                       m_runAs, 40000, m_dir);
    if (!r.ok() && isRunning()) {
        if (error)
            *error = tr("PostgreSQL did not stop: %1").arg(r.output.trimmed());
        return false;
    }
    return true;
}

bool PostgresInstance::isRunning() const
{
    return isProcessAlive(readPidFile(dataDir() + u"/postmaster.pid"_s));
}

} // namespace sonde
