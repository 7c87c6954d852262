// Health checks on a real PgBouncer: clients waiting for a server connection (a pool of one
// held by a transaction), pools that may open more server connections than PostgreSQL's
// max_connections, and transaction pooling on a PgBouncer that cannot carry prepared
// statements.
#include "HealthRun.h"
#include "TestSandbox.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;
using namespace sonde;

class TestHealthPgBouncer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        SandboxOptions options;
        options.withRedis = false;
        options.pgbouncerPoolSize = 1;
        QString error;
        QVERIFY2(test::TestSandbox::ensureStarted(&error, options), qPrintable(error));
    }

    void clientsWaitingForAServerConnection()
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        // The pool's only server connection stays in this transaction.
        pqxx::connection holder(ep.pgbouncer.toStdString());
        pqxx::work held(holder);
        held.exec("SELECT 1");
        QFuture<void> waiter = QtConcurrent::run([&ep]() {
            pqxx::connection c(ep.pgbouncer.toStdString());
            pqxx::nontransaction tx(c);
            tx.exec("SELECT 1");
        });
        HealthThresholds th;
        th.waitMicrosWarning = 0;
        th.waitMicrosCritical = 1e12;
        // Without the pooled URI: reaching PostgreSQL through this pool would wait too.
        const HealthFinding f =
            test::waitForFinding(TargetKind::PgBouncer, ep.pgbouncerAdmin,
                                 u"pgbouncer_clients_waiting"_s, u"sonde_demo/app"_s, th);
        QCOMPARE(f.severity, HealthSeverity::Warning);
        QCOMPARE(f.evidenceValue(u"cl_waiting"_s).toLongLong(), 1);
        QCOMPARE(f.evidenceValue(u"sv_active"_s).toLongLong(), 1);
        QCOMPARE(f.evidenceValue(u"pool_mode"_s).toString(), u"transaction"_s);
        held.commit();
        waiter.waitForFinished();
        QVERIFY(test::findingsOf(test::runHealth(TargetKind::PgBouncer, ep.pgbouncerAdmin, th),
                                 u"pgbouncer_clients_waiting"_s)
                    .isEmpty());
    }

    void transactionPoolingAndPreparedStatements()
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        const HealthReport r = test::runHealth(TargetKind::PgBouncer, ep.pgbouncerAdmin);
        const QList<HealthFinding> f = test::findingsOf(r, u"pgbouncer_prepared_statements"_s);
        QVERIFY2(f.size() == 1, qPrintable(test::describe(r)));
        QCOMPARE(f.first().severity, HealthSeverity::Info);
        QVERIFY(f.first().evidenceValue(u"version"_s).toString().contains(u"1.18"_s));
        QVERIFY(r.notes.join(u' ').contains(u"max_connections is unknown"_s));
    }

    void poolsLargerThanMaxConnections()
    {
        SandboxOptions options;
        options.withRedis = false;
        options.pgbouncerPoolSize = 200;
        Sandbox big(options);
        QString error;
        QVERIFY2(big.start({}, nullptr, &error), qPrintable(error));
        const SandboxEndpoints &ep = big.endpoints();
        const HealthReport r =
            test::runHealth(TargetKind::PgBouncer, ep.pgbouncerAdmin, {}, {}, ep.pgbouncer);
        const QList<HealthFinding> f = test::findingsOf(r, u"pgbouncer_pool_size"_s);
        QVERIFY2(f.size() == 1, qPrintable(test::describe(r)));
        QCOMPARE(f.first().evidenceValue(u"possible_server_connections"_s).toInt(), 200);
        QCOMPARE(f.first().evidenceValue(u"max_connections"_s).toInt(), 100);
        QCOMPARE(f.first().evidenceValue(u"superuser_reserved_connections"_s).toInt(), 3);
        // The same console, its PostgreSQL unknown: a note, no finding.
        const HealthReport blind = test::runHealth(TargetKind::PgBouncer, ep.pgbouncerAdmin);
        QVERIFY(test::findingsOf(blind, u"pgbouncer_pool_size"_s).isEmpty());
        big.stop();
    }
};

QTEST_GUILESS_MAIN(TestHealthPgBouncer)
#include "tst_health_pgbouncer.moc"
