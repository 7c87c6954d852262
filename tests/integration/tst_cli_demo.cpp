// `sonde-cli demo` end to end: URIs on the first stdout line, psql / redis-cli / the
// PgBouncer console work against them, and nothing remains after it ends (by --seconds or
// by SIGTERM).
#include "CliRun.h"
#include "sandbox/MonitoringStack.h"
#include "sandbox/ProcessRunner.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

struct DemoRun
{
    QJsonObject endpoints;
};

bool startDemo(QProcess &cli, const QStringList &extra, DemoRun *run)
{
    cli.start(sonde::test::cliPath(),
              QStringList{u"demo"_s, u"--json"_s, u"--scale"_s, u"0.02"_s} + extra);
    if (!cli.waitForStarted())
        return false;
    while (!cli.canReadLine()) {
        if (!cli.waitForReadyRead(120000))
            return false;
    }
    run->endpoints = QJsonDocument::fromJson(cli.readLine()).object();
    return !run->endpoints.isEmpty();
}

QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(20000))
        return u"TIMEOUT"_s;
    return QString::fromUtf8(p.readAll()).trimmed();
}

QList<qint64> serverPids(const QString &dir)
{
    QList<qint64> pids = {sonde::readPidFile(dir + u"/postgres/data/postmaster.pid"_s),
                          sonde::readPidFile(dir + u"/pgbouncer/pgbouncer.pid"_s),
                          sonde::readPidFile(dir + u"/redis/redis.pid"_s)};
    // Prometheus and its exporters.
    for (const QString &file : sonde::MonitoringStack::pidFiles())
        pids << sonde::readPidFile(dir + u'/' + file);
    return pids;
}

} // namespace

class TestCliDemo : public QObject
{
    Q_OBJECT
private slots:
    void urisWorkAndEverythingIsGoneAfterSeconds()
    {
        QProcess cli;
        DemoRun run;
        QVERIFY2(startDemo(cli, {u"--seconds"_s, u"12"_s}, &run),
                 qPrintable(QString::fromUtf8(cli.readAllStandardError())));
        for (const char *key : {"postgres", "pgbouncer", "pgbouncer_admin", "redis", "prometheus"})
            QVERIFY2(!run.endpoints.value(QLatin1String(key)).toString().isEmpty(), key);
        const QString dir = run.endpoints.value(u"directory"_s).toString();
        const QList<qint64> pids = serverPids(dir);
        for (qint64 pid : pids)
            QVERIFY(sonde::isProcessAlive(pid));

        const QString psql = QStandardPaths::findExecutable(u"psql"_s);
        if (!psql.isEmpty()) {
            QCOMPARE(runTool(psql, {run.endpoints.value(u"postgres"_s).toString(), u"-Atc"_s,
                                    u"SELECT count(*) > 0 FROM users"_s}),
                     u"t"_s);
            QCOMPARE(runTool(psql, {run.endpoints.value(u"pgbouncer"_s).toString(), u"-Atc"_s,
                                    u"SELECT 40 + 2"_s}),
                     u"42"_s);
            const QString pools =
                runTool(psql, {run.endpoints.value(u"pgbouncer_admin"_s).toString(), u"-Atc"_s,
                               u"SHOW POOLS"_s});
            QVERIFY2(pools.contains(u"sonde_demo"_s), qPrintable(pools));
        }
        const QString redisCli = QStandardPaths::findExecutable(u"redis-cli"_s);
        if (!redisCli.isEmpty()) {
            const QUrl redis(run.endpoints.value(u"redis"_s).toString());
            QCOMPARE(
                runTool(redisCli, {u"-h"_s, redis.host(), u"-p"_s, QString::number(redis.port()),
                                   u"--no-auth-warning"_s, u"-a"_s, redis.password(), u"PING"_s}),
                u"PONG"_s);
            // The URI as printed, as redis-cli -u takes it (7.0 sends AUTH <user> <password>).
            QCOMPARE(runTool(redisCli, {u"-u"_s, run.endpoints.value(u"redis"_s).toString(),
                                        u"--no-auth-warning"_s, u"PING"_s}),
                     u"PONG"_s);
        }

        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(!QDir(dir).exists());
        for (qint64 pid : pids)
            QVERIFY(!sonde::isProcessAlive(pid));
    }

    // The first thing a new user tries on the demo: the default benchmark (select-only on
    // pgbench's tables, which the demo makes), then Ctrl+C.
    void firstBenchmarkRunsThenSigtermCleansUp()
    {
        QProcess cli;
        DemoRun run;
        QVERIFY(startDemo(cli, {}, &run));
        const QString dir = run.endpoints.value(u"directory"_s).toString();
        const QList<qint64> pids = serverPids(dir);
        QTemporaryDir home;
        sonde::test::CliOptions o;
        o.env = sonde::test::isolatedEnvironment(home.path());
        const sonde::test::CliResult bench =
            sonde::test::runCli({u"bench"_s, run.endpoints.value(u"postgres"_s).toString(),
                                 u"--duration"_s, u"2"_s, u"--json"_s},
                                o);
        QVERIFY2(bench.exitCode == 0, bench.describe().constData());
        const QJsonObject result = QJsonDocument::fromJson(bench.out).object();
        QVERIFY2(result.value(u"transactions"_s).toDouble() > 0, bench.out.constData());
        ::kill(pid_t(cli.processId()), SIGTERM);
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(!QDir(dir).exists());
        for (qint64 pid : pids)
            QVERIFY(!sonde::isProcessAlive(pid));
    }

    void redisTlsUrisWorkWithRedisCli()
    {
        const QString redisCli = QStandardPaths::findExecutable(u"redis-cli"_s);
        if (redisCli.isEmpty())
            QSKIP("redis-cli is not installed");
        // The text output, as a user reads it: the rediss:// URI and a redis-cli line.
        QProcess cli;
        cli.start(QStringLiteral(SONDE_CLI_PATH),
                  {u"demo"_s, u"--redis-tls"_s, u"--scale"_s, u"0.02"_s, u"--seconds"_s, u"60"_s});
        QStringList lines;
        while (!lines.contains(u"Press Ctrl+C to stop."_s)) {
            QVERIFY2(cli.waitForReadyRead(120000), cli.readAllStandardError().constData());
            while (cli.canReadLine())
                lines << QString::fromUtf8(cli.readLine()).trimmed();
        }
        auto line = [&](const QString &name) {
            for (const QString &l : lines) {
                if (l.section(u' ', 0, 0, QString::SectionSkipEmpty) == name)
                    return l.section(u' ', 1, -1, QString::SectionSkipEmpty);
            }
            return QString();
        };
        const QString redis = line(u"redis"_s);
        QVERIFY2(redis.startsWith(u"rediss://"_s) && redis.contains(u"?cacert=/"_s),
                 qPrintable(redis));
        const QStringList command = line(u"redis-cli"_s).split(u' ', Qt::SkipEmptyParts);
        QVERIFY2(command.value(0) == u"redis-cli"_s && command.contains(u"--tls"_s),
                 qPrintable(command.join(u' ')));
        QCOMPARE(runTool(redisCli, command.mid(1) + QStringList{u"--no-auth-warning"_s, u"PING"_s}),
                 u"PONG"_s);
        // The demo application talks to it over TLS too.
        QTRY_VERIFY_WITH_TIMEOUT(
            runTool(redisCli,
                    command.mid(1) + QStringList{u"--no-auth-warning"_s, u"CLIENT"_s, u"LIST"_s})
                .contains(u"name=demo-app"_s),
            60000);
        // The port speaks TLS only: plain text gets nowhere.
        const QUrl url(redis);
        QVERIFY(runTool(redisCli, {u"-h"_s, url.host(), u"-p"_s, QString::number(url.port()),
                                   u"--no-auth-warning"_s, u"-a"_s, url.password(), u"PING"_s}) !=
                u"PONG"_s);

        const QString caFile = redis.section(u"cacert="_s, 1);
        ::kill(pid_t(cli.processId()), SIGTERM);
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(!QFile::exists(caFile)); // the throw-away CA went with the sandbox
    }

    void badOptionsAreUsageErrors()
    {
        QProcess cli;
        cli.start(QStringLiteral(SONDE_CLI_PATH), {u"demo"_s, u"--mode"_s, u"lukewarm"_s});
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(QString::fromUtf8(cli.readAllStandardError()).contains(u"lukewarm"_s));
    }

    void version()
    {
        QProcess cli;
        cli.start(QStringLiteral(SONDE_CLI_PATH), {u"--version"_s});
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(QString::fromUtf8(cli.readAllStandardOutput()).startsWith(u"sonde-cli "_s));
    }
};

QTEST_GUILESS_MAIN(TestCliDemo)
#include "tst_cli_demo.moc"
