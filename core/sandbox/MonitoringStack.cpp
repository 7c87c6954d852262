#include "MonitoringStack.h"

#include "Sandbox.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <csignal>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

const QString Prometheus = u"prometheus"_s;
const QString PostgresExporter = u"postgres_exporter"_s;
const QString RedisExporter = u"redis_exporter"_s;
const QString PgBouncerExporter = u"pgbouncer_exporter"_s;

struct Program
{
    QString name;
    QString binary;
    QString package;
};

const Program Programs[] = {
    {Prometheus, u"prometheus"_s, u"prometheus"_s},
    {PostgresExporter, u"prometheus-postgres-exporter"_s, u"prometheus-postgres-exporter"_s},
    {RedisExporter, u"prometheus-redis-exporter"_s, u"prometheus-redis-exporter"_s},
    {PgBouncerExporter, u"prometheus-pgbouncer-exporter"_s, u"prometheus-pgbouncer-exporter"_s},
};

QString binary(const QString &name)
{
    for (const Program &p : Programs) {
        if (p.name == name)
            return QStandardPaths::findExecutable(p.binary);
    }
    return {};
}

// pg_stat_statements per database for postgres_exporter's queries file, named like the
// stat_statements collector of newer exporters (pg_stat_statements_calls_total,
// pg_stat_statements_seconds_total); Sonde's own statements left out as on its dashboard.
const char *const StatementQueries = R"yaml(pg_stat_statements:
  query: "SELECT d.datname, sum(s.calls) AS calls_total, sum(s.total_exec_time) / 1000.0 AS seconds_total FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE s.toplevel AND s.query NOT LIKE '%/* sonde */%' GROUP BY d.datname"
  metrics:
    - datname:
        usage: "LABEL"
        description: "Database"
    - calls_total:
        usage: "COUNTER"
        description: "Statements finished (pg_stat_statements.calls)"
    - seconds_total:
        usage: "COUNTER"
        description: "Time spent running them (pg_stat_statements.total_exec_time)"
)yaml";

// Debian 12's prometheus-pgbouncer-exporter (1.7) reads SHOW STATS' total_requests, which
// PgBouncer 1.8 renamed total_query_count: run the packaged exporter with that one name
// mapped (the metrics it exports keep their names).
const char *const PgBouncerShim = R"py(import sys
import prometheus_pgbouncer_exporter.collectors as c
m = c.StatsCollector.metrics
if 'total_requests' in m:
    m['total_query_count'] = m.pop('total_requests')
from prometheus_pgbouncer_exporter.cli import main
sys.argv[0] = 'prometheus-pgbouncer-exporter'
sys.exit(main())
)py";

} // namespace

MonitoringStack::MonitoringStack(const QString &sandboxDir)
    : m_dir(sandboxDir + u"/prometheus"_s)
{}

MonitoringStack::~MonitoringStack()
{
    stop();
}

QStringList MonitoringStack::pidFiles()
{
    QStringList files;
    for (const Program &p : Programs)
        files << u"prometheus/%1.pid"_s.arg(p.name);
    return files;
}

bool MonitoringStack::locate(QString *error)
{
    for (const Program &p : Programs) {
        if (binary(p.name).isEmpty()) {
            *error = tr("%1 is not installed (Debian package %2): run scripts/install-deps, or "
                        "start the demo without Prometheus.")
                         .arg(p.binary, p.package);
            return false;
        }
    }
    return true;
}

QString MonitoringStack::prometheusUrl() const
{
    return m_prometheusPort > 0 ? u"http://127.0.0.1:%1"_s.arg(m_prometheusPort) : QString();
}

QString MonitoringStack::logTail(const QString &name) const
{
    QFile f(m_dir + u'/' + name + u".log"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    return lines.mid(qMax(0, int(lines.size()) - 5)).join(u'\n');
}

bool MonitoringStack::startProcess(const QString &name, const QString &program,
                                   const QStringList &args, const QStringList &environment,
                                   QString *error)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.setWorkingDirectory(m_dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : environment)
        env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    p.setProcessEnvironment(env);
    p.setStandardOutputFile(m_dir + u'/' + name + u".log"_s);
    p.setStandardErrorFile(m_dir + u'/' + name + u".log"_s, QIODevice::Append);
    p.setStandardInputFile(QProcess::nullDevice());
    qint64 pid = 0;
    if (!p.startDetached(&pid)) {
        *error = tr("%1 did not start: %2").arg(program, p.errorString());
        return false;
    }
    QFile pidFile(m_dir + u'/' + name + u".pid"_s);
    if (!pidFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        ::kill(pid_t(pid), SIGTERM);
        *error = tr("Cannot write %1: %2").arg(pidFile.fileName(), pidFile.errorString());
        return false;
    }
    pidFile.write(QByteArray::number(pid) + '\n');
    m_started << name;
    return true;
}

bool MonitoringStack::waitForHttp(int port, const QString &path, const QString &name,
                                  QString *error)
{
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        const qint64 pid = readPidFile(m_dir + u'/' + name + u".pid"_s);
        if (!isProcessAlive(pid)) {
            *error = tr("%1 stopped at start: %2").arg(name, logTail(name));
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, quint16(port));
        if (socket.waitForConnected(500)) {
            socket.write(u"GET %1 HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n"_s.arg(path).toLatin1());
            if (socket.waitForReadyRead(2000)) {
                const QByteArray head = socket.readLine();
                // 200 when ready; 401 when the web config asks for credentials.
                if (head.contains(" 200") || head.contains(" 401"))
                    return true;
            }
        }
        QThread::msleep(100);
    }
    *error =
        tr("%1 did not answer on port %2 within 30 s: %3").arg(name).arg(port).arg(logTail(name));
    return false;
}

bool MonitoringStack::start(const MonitoringStackSettings &s, QString *error)
{
    if (!locate(error))
        return false;
    if (!QDir().mkpath(m_dir) ||
        !QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        *error = tr("Cannot make %1.").arg(m_dir);
        return false;
    }
    const QList<int> ports = pickFreeLoopbackPorts(4);
    m_prometheusPort = ports.value(0);
    const int pgPort = ports.value(1);
    const int redisPort = ports.value(2);
    const int bouncerPort = ports.value(3);
    auto write = [&](const QString &file, const QByteArray &content) {
        QFile f(m_dir + u'/' + file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) < 0) {
            *error = tr("Cannot write %1: %2").arg(f.fileName(), f.errorString());
            return false;
        }
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return true;
    };
    if (!write(u"queries.yaml"_s, StatementQueries) ||
        !write(u"pgbouncer_exporter.py"_s, PgBouncerShim))
        return false;

    // Secrets go through the environment (not visible in ps like arguments are).
    if (!startProcess(PostgresExporter, binary(PostgresExporter),
                      {u"--web.listen-address=127.0.0.1:%1"_s.arg(pgPort),
                       u"--extend.query-path=%1/queries.yaml"_s.arg(m_dir), u"--log.level=warn"_s},
                      {u"DATA_SOURCE_NAME="_s + s.postgresDsn}, error))
        return false;
    QString scrape = u"  - job_name: postgres\n    static_configs:\n"
                     "      - targets: ['127.0.0.1:%1']\n"_s.arg(pgPort);
    QStringList waits = {PostgresExporter};
    if (!s.redisAddress.isEmpty()) {
        QStringList args = {u"-redis.addr"_s, s.redisAddress, u"-web.listen-address"_s,
                            u"127.0.0.1:%1"_s.arg(redisPort)};
        if (!s.redisCaFile.isEmpty())
            args << u"-tls-ca-cert-file"_s << s.redisCaFile;
        if (!startProcess(RedisExporter, binary(RedisExporter), args,
                          {u"REDIS_PASSWORD="_s + s.redisPassword}, error))
            return false;
        const QString server =
            QUrl(s.redisAddress).host() + u':' + QString::number(QUrl(s.redisAddress).port(6379));
        scrape +=
            u"  - job_name: redis\n    static_configs:\n"
            "      - targets: ['127.0.0.1:%1']\n        labels: {server: '%2'}\n"_s.arg(redisPort)
                .arg(server);
        waits << RedisExporter;
    }
    if (s.pgbouncerPort > 0) {
        if (!startProcess(PgBouncerExporter, u"/usr/bin/python3"_s,
                          {m_dir + u"/pgbouncer_exporter.py"_s, u"--host"_s, u"127.0.0.1"_s,
                           u"--port"_s, QString::number(bouncerPort), u"--pgbouncer-host"_s,
                           u"127.0.0.1"_s, u"--pgbouncer-port"_s, QString::number(s.pgbouncerPort),
                           u"--pgbouncer-user"_s, s.pgbouncerUser},
                          {u"PGPASSWORD="_s + s.pgbouncerPassword}, error))
            return false;
        scrape += u"  - job_name: pgbouncer\n    static_configs:\n"
                  "      - targets: ['127.0.0.1:%1']\n        labels: {server: '127.0.0.1:%2'}\n"_s
                      .arg(bouncerPort)
                      .arg(s.pgbouncerPort);
        waits << PgBouncerExporter;
    }
    const QString config = u"global:\n  scrape_interval: %1s\n  evaluation_interval: %1s\n"
                           "rule_files: ['rules.yml']\nscrape_configs:\n%2"_s.arg(s.scrapeSeconds)
                               .arg(scrape);
    const QString rules = s.rules.isEmpty() ? u"groups: []\n"_s : s.rules;
    if (!write(u"prometheus.yml"_s, config.toUtf8()) || !write(u"rules.yml"_s, rules.toUtf8()))
        return false;
    QStringList promArgs = {u"--config.file=%1/prometheus.yml"_s.arg(m_dir),
                            u"--storage.tsdb.path=%1/data"_s.arg(m_dir),
                            u"--web.listen-address=127.0.0.1:%1"_s.arg(m_prometheusPort),
                            u"--storage.tsdb.retention.time=2d"_s, u"--log.level=warn"_s};
    if (!s.webConfig.isEmpty()) {
        if (!write(u"web.yml"_s, s.webConfig.toUtf8()))
            return false;
        promArgs << u"--web.config.file=%1/web.yml"_s.arg(m_dir);
    }
    if (!startProcess(Prometheus, binary(Prometheus), promArgs, {}, error))
        return false;
    const QHash<QString, int> portOf = {
        {PostgresExporter, pgPort}, {RedisExporter, redisPort}, {PgBouncerExporter, bouncerPort}};
    for (const QString &name : std::as_const(waits)) {
        if (!waitForHttp(portOf.value(name), u"/metrics"_s, name, error))
            return false;
    }
    return waitForHttp(m_prometheusPort, u"/-/ready"_s, Prometheus, error);
}

bool MonitoringStack::stop(QString *error)
{
    QStringList stuck;
    for (const QString &name : std::as_const(m_started)) {
        const QString pidPath = m_dir + u'/' + name + u".pid"_s;
        const qint64 pid = readPidFile(pidPath);
        if (!isProcessAlive(pid))
            continue;
        ::kill(pid_t(pid), SIGTERM);
        QDeadlineTimer deadline(10000);
        while (isProcessAlive(pid) && !deadline.hasExpired())
            QThread::msleep(20);
        if (isProcessAlive(pid)) {
            ::kill(pid_t(pid), SIGKILL);
            QThread::msleep(100);
        }
        if (isProcessAlive(pid))
            stuck << name;
        else
            QFile::remove(pidPath);
    }
    m_started.clear();
    if (!stuck.isEmpty() && error)
        *error = tr("Could not stop %1.").arg(stuck.join(u", "_s));
    return stuck.isEmpty();
}

} // namespace sonde
