// A healthy sandbox gives no finding at all, on PostgreSQL, PgBouncer and Redis, also
// through sonde-cli health. Healthy means: settings that fit the machine the checks are
// told about (512 MB of RAM, 2 cores, SSD: shared_buffers 25 %, effective_cache_size 75 %,
// maintenance_work_mem RAM / 16, random_page_cost 1.1), session pooling, and nothing
// planted. The same server told it has 16 GB of RAM is no longer healthy.
#include "HealthRun.h"
#include "TestSandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

MachineFacts smallMachine()
{
    MachineFacts m;
    m.ramBytes = 512LL * 1024 * 1024;
    m.ramSource = u"test"_s;
    m.cores = 2;
    m.coresSource = u"test"_s;
    m.storage = MachineFacts::Storage::Ssd;
    m.storageSource = u"test"_s;
    return m;
}

} // namespace

class TestHealthHealthy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        SandboxOptions options;
        options.pgbouncerPoolMode = u"session"_s;
        options.extraPostgresConfig = u"effective_cache_size = 384MB\n"
                                      "maintenance_work_mem = 32MB\n"
                                      "random_page_cost = 1.1\n"_s;
        QString error;
        QVERIFY2(test::TestSandbox::ensureStarted(&error, options), qPrintable(error));
    }

    void postgresHasNoFinding()
    {
        const HealthReport r = test::runHealth(
            TargetKind::PostgreSQL, test::TestSandbox::endpoints().postgres, {}, smallMachine());
        QVERIFY2(!r.error && r.errors.isEmpty(), qPrintable(test::describe(r)));
        QVERIFY2(r.findings.isEmpty(), qPrintable(test::describe(r)));
        QCOMPARE(r.timings.size(), 9); // every family ran
    }

    void pgbouncerHasNoFinding()
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        const HealthReport r =
            test::runHealth(TargetKind::PgBouncer, ep.pgbouncerAdmin, {}, {}, ep.pgbouncer);
        QVERIFY2(!r.error && r.errors.isEmpty(), qPrintable(test::describe(r)));
        QVERIFY2(r.findings.isEmpty(), qPrintable(test::describe(r)));
        QVERIFY(r.notes.isEmpty()); // max_connections was read through the pooler
    }

    void redisHasNoFinding()
    {
        const HealthReport r =
            test::runHealth(TargetKind::Redis, test::TestSandbox::endpoints().redis);
        QVERIFY2(!r.error && r.errors.isEmpty(), qPrintable(test::describe(r)));
        QVERIFY2(r.findings.isEmpty(), qPrintable(test::describe(r)));
    }

    void cliSaysTheSame()
    {
        QProcess p;
        p.start(QStringLiteral(SONDE_CLI_PATH),
                {u"health"_s, test::TestSandbox::endpoints().postgres, u"--json"_s, u"--ram"_s,
                 u"512MB"_s, u"--cores"_s, u"2"_s, u"--storage"_s, u"ssd"_s, u"--fail-on"_s,
                 u"warning"_s});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QVERIFY(o.value(u"findings"_s).isArray());
        QCOMPARE(o.value(u"findings"_s).toArray().size(), 0);
        QCOMPARE(o.value(u"machine"_s).toObject().value(u"ram_bytes"_s).toDouble(),
                 512.0 * 1024 * 1024);
    }

    void theSameServerOnABiggerMachineIsNot()
    {
        MachineFacts big = smallMachine();
        big.ramBytes = 16LL * 1024 * 1024 * 1024;
        const HealthReport r = test::runHealth(TargetKind::PostgreSQL,
                                               test::TestSandbox::endpoints().postgres, {}, big);
        QCOMPARE(test::findingsOf(r, u"shared_buffers"_s).size(), 1);
        QProcess p;
        p.start(QStringLiteral(SONDE_CLI_PATH),
                {u"health"_s, test::TestSandbox::endpoints().postgres, u"--ram"_s, u"16GB"_s,
                 u"--fail-on"_s, u"info"_s});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2); // --fail-on takes warning or critical
        p.start(QStringLiteral(SONDE_CLI_PATH),
                {u"health"_s, test::TestSandbox::endpoints().postgres, u"--ram"_s, u"16GB"_s});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("shared_buffers"));
    }
};

QTEST_GUILESS_MAIN(TestHealthHealthy)
#include "tst_health_healthy.moc"
