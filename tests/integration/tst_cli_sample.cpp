// `sonde-cli sample` end to end against the sandbox's servers: one JSON object per interval
// with the same metrics as the dashboard, a clear error and exit 1 when nothing answers,
// exit 2 on bad usage.
#include "TestMain.h"
#include "TestSandbox.h"
#include "pgbouncer/PgBouncerMetrics.h"
#include "postgres/PostgresMetrics.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

struct CliResult
{
    int exitCode = -1;
    QList<QJsonObject> lines;
    QString out;
    QString err;
};

CliResult runCli(const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    p.start(QStringLiteral(SONDE_CLI_PATH), args);
    CliResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = u"TIMEOUT"_s;
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts))
        r.lines << QJsonDocument::fromJson(line.toUtf8()).object();
    return r;
}

} // namespace

class TestCliSample : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::TestSandbox::ensureStarted(&error), qPrintable(error));
    }

    void postgresJsonLines()
    {
        const CliResult r = runCli({u"sample"_s, test::TestSandbox::endpoints().postgres,
                                    u"--interval"_s, u"0.5"_s, u"--count"_s, u"3"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.lines.size(), 3);
        for (const QJsonObject &o : r.lines) {
            QCOMPARE(o.value(u"kind"_s).toString(), u"postgresql"_s);
            const double interval = o.value(u"interval_s"_s).toDouble();
            // Never faster than asked (the timer waits 0.5 s between readings; the reading's
            // midpoint may move by half a read). How much slower depends on the machine's load.
            QVERIFY2(interval > 0.25, qPrintable(QString::number(interval)));
            const QJsonObject m = o.value(u"metrics"_s).toObject();
            QVERIFY(m.contains(QString(metric::PgXactPerSec)));
            QVERIFY(m.value(QString(metric::PgCacheHitPct)).toDouble(-1) >= 0 ||
                    !m.contains(QString(metric::PgCacheHitPct)));
            QVERIFY(m.value(QString(metric::PgConnections)).toDouble() >= 1);
        }
        // The password of the URI is never echoed.
        const QString password = QUrl(test::TestSandbox::endpoints().postgres).password();
        QVERIFY(!r.out.contains(password));
        QVERIFY(!r.err.contains(password));
    }

    void redisAndPgBouncerText()
    {
        const CliResult redis = runCli({u"sample"_s, test::TestSandbox::endpoints().redis,
                                        u"--interval"_s, u"0.3"_s, u"--count"_s, u"2"_s});
        QVERIFY2(redis.exitCode == 0, qPrintable(redis.err));
        QCOMPARE(redis.out.split(u'\n', Qt::SkipEmptyParts).size(), 2);
        QVERIFY(redis.out.contains(u"ops_per_s=0"_s)); // Sonde's own commands not counted
        const CliResult bouncer =
            runCli({u"sample"_s, test::TestSandbox::endpoints().pgbouncerAdmin, u"--interval"_s,
                    u"0.3"_s, u"--count"_s, u"2"_s, u"--json"_s});
        QVERIFY2(bouncer.exitCode == 0, qPrintable(bouncer.err));
        QCOMPARE(bouncer.lines.first().value(u"kind"_s).toString(), u"pgbouncer"_s);
        QVERIFY(bouncer.lines.first()
                    .value(u"metrics"_s)
                    .toObject()
                    .contains(QString(metric::PgbClientsWaiting)));
    }

    void unreachableServerFails()
    {
        const int port = pickFreeLoopbackPorts(1).value(0);
        const CliResult r = runCli(
            {u"sample"_s, u"postgresql://x@127.0.0.1:%1/db"_s.arg(port), u"--count"_s, u"1"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"Nothing accepts connections"_s), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void usageErrors()
    {
        QCOMPARE(runCli({u"sample"_s}).exitCode, 2);
        QCOMPARE(runCli({u"sample"_s, u"mysql://x@y/z"_s}).exitCode, 2);
        QCOMPARE(runCli({u"sample"_s, u"redis://h"_s, u"--interval"_s, u"0"_s}).exitCode, 2);
    }

    void cleanupTestCase() { test::TestSandbox::stop(); }
};

SONDE_TEST_GUILESS_MAIN(TestCliSample)
#include "tst_cli_sample.moc"
