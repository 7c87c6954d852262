// Health checks on a real PostgreSQL: each problem is planted on the sandbox server (a table
// behind on vacuum, bloat, an old table, a sequence near its limit, sessions idle or long
// in a transaction, a forgotten prepared transaction, an inactive slot, a lagging WAL
// receiver) and the finding, its evidence and its fix are asserted; some fixes are applied
// and the finding goes away.
#include "HealthRun.h"
#include "TestSandbox.h"
#include "health/HealthFixer.h"
#include "indexes/ChangeLog.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

#include <pqxx/pqxx>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

const SandboxEndpoints &ep()
{
    return test::TestSandbox::endpoints();
}

bool superuser(const QString &sql, QString *error = nullptr)
{
    return test::execAsSuperuser(sql, error);
}

bool asApp(const QString &sql, QString *error = nullptr)
{
    return test::execSql(ep().postgresApp, sql, error);
}

HealthFinding waitFor(const QString &check, const QString &object,
                      const HealthThresholds &thresholds = {})
{
    return test::waitForFinding(TargetKind::PostgreSQL, ep().postgres, check, object, thresholds);
}

Target target(const QString &uri)
{
    Target t;
    t.id = u"test"_s;
    t.name = u"test"_s;
    t.uri = uri;
    return t;
}

} // namespace

class TestHealthPostgres : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<ChangeLog> m_log;

private slots:
    void initTestCase()
    {
        SandboxOptions options;
        // Prepared transactions, slots and a WAL receiver need these (restart-only).
        options.extraPostgresConfig = u"max_prepared_transactions = 5\n"
                                      "wal_level = replica\n"
                                      "max_wal_senders = 5\n"_s;
        options.withRedis = false;
        options.withPgBouncer = false;
        QString error;
        QVERIFY2(test::TestSandbox::ensureStarted(&error, options), qPrintable(error));
        m_log = std::make_unique<ChangeLog>(m_dir.filePath(u"changes.sqlite"_s));
        QVERIFY2(m_log->open(&error), qPrintable(error));
    }

    void vacuumBehindIsFoundAndFixedByVacuum()
    {
        QString error;
        QVERIFY2(asApp(u"CREATE TABLE t_vac (id int, v text) WITH (autovacuum_enabled = false);"
                       "INSERT INTO t_vac SELECT g, 'x' FROM generate_series(1, 20000) g;"
                       "UPDATE t_vac SET v = 'y'"_s,
                       &error),
                 qPrintable(error));
        const HealthFinding f = waitFor(u"vacuum_behind"_s, u"public.t_vac"_s);
        QCOMPARE(f.check, u"vacuum_behind"_s);
        QCOMPARE(f.severity, HealthSeverity::Warning);
        QCOMPARE(f.evidenceValue(u"n_dead_tup"_s).toLongLong(), 20000);
        QCOMPARE(f.evidenceValue(u"autovacuum_enabled"_s).toBool(), false);
        QVERIFY(f.evidenceValue(u"seconds_since_vacuum"_s).isNull()); // never vacuumed
        QCOMPARE(f.fix.kind, HealthFix::Kind::Sql);
        QCOMPARE(f.fix.sql, u"VACUUM (ANALYZE) public.t_vac"_s);

        HealthFixer fixer(m_log.get());
        const HealthFixOutcome o = fixer.apply(target(ep().postgres), f);
        QVERIFY2(o.applied(), qPrintable(o.error.toString()));
        QCOMPARE(m_log->find(o.changeId)->outcome, IndexChange::Outcome::Applied);
        QCOMPARE(m_log->find(o.changeId)->action, IndexChange::Action::Statement);
        QTRY_VERIFY_WITH_TIMEOUT(
            test::findingsOf(test::runHealth(TargetKind::PostgreSQL, ep().postgres),
                             u"vacuum_behind"_s, u"public.t_vac"_s)
                .isEmpty(),
            15000);
    }

    void bloatIsEstimatedThenMeasuredWithPgstattuple()
    {
        QString error;
        QVERIFY2(asApp(u"CREATE TABLE t_bloat (id int PRIMARY KEY, pad text) "
                       "WITH (autovacuum_enabled = false);"
                       "INSERT INTO t_bloat SELECT g, repeat('p', 100) "
                       "FROM generate_series(1, 200000) g;"
                       "DELETE FROM t_bloat WHERE id % 10 <> 0"_s,
                       &error),
                 qPrintable(error));
        QVERIFY2(asApp(u"VACUUM ANALYZE t_bloat"_s, &error), qPrintable(error));
        HealthThresholds th;
        th.bloatBytesWarning = 1024 * 1024;
        HealthReport r = test::runHealth(TargetKind::PostgreSQL, ep().postgres, th);
        QList<HealthFinding> table = test::findingsOf(r, u"table_bloat"_s, u"public.t_bloat"_s);
        QVERIFY2(table.size() == 1, qPrintable(test::describe(r)));
        QVERIFY(table.first().evidenceValue(u"estimated_bloat_share"_s).toDouble() > 0.8);
        QVERIFY(!table.first().evidenceValue(u"pgstattuple_bloat_share"_s).isValid());
        QCOMPARE(table.first().fix.sql, u"VACUUM (FULL, ANALYZE) public.t_bloat"_s);
        const QList<HealthFinding> index =
            test::findingsOf(r, u"index_bloat"_s, u"public.t_bloat_pkey"_s);
        QVERIFY2(index.size() == 1, qPrintable(test::describe(r)));
        QCOMPARE(index.first().fix.sql, u"REINDEX INDEX CONCURRENTLY public.t_bloat_pkey"_s);
        QVERIFY(r.notes.join(u' ').contains(u"pgstattuple"_s));

        QVERIFY2(superuser(u"CREATE EXTENSION pgstattuple"_s, &error), qPrintable(error));
        r = test::runHealth(TargetKind::PostgreSQL, ep().postgres, th);
        table = test::findingsOf(r, u"table_bloat"_s, u"public.t_bloat"_s);
        QVERIFY2(table.size() == 1, qPrintable(test::describe(r)));
        QVERIFY(table.first().evidenceValue(u"pgstattuple_bloat_share"_s).toDouble() > 0.8);
        QVERIFY(!test::findingsOf(r, u"index_bloat"_s, u"public.t_bloat_pkey"_s)
                     .first()
                     .evidenceValue(u"pgstattuple_bloat_share"_s)
                     .isNull());
        QVERIFY2(superuser(u"DROP EXTENSION pgstattuple"_s, &error), qPrintable(error));
    }

    void oldTableIsFoundWithWhatHoldsItBack()
    {
        QString error;
        QVERIFY2(asApp(u"CREATE TABLE t_old (id int) WITH (autovacuum_freeze_max_age = 100000);"
                       "INSERT INTO t_old VALUES (1)"_s,
                       &error),
                 qPrintable(error));
        // A snapshot taken now: no VACUUM can freeze past it, so the table stays old.
        pqxx::connection holder(ep().postgresApp.toStdString());
        pqxx::work snapshot(holder, "holder");
        snapshot.exec("SELECT txid_current()");
        const int holderPid = holder.backendpid();
        QVERIFY2(superuser(u"CREATE PROCEDURE burn_xids(n int) LANGUAGE plpgsql AS $$ "
                           "BEGIN FOR i IN 1..n LOOP PERFORM txid_current(); COMMIT; END LOOP; "
                           "END $$"_s,
                           &error),
                 qPrintable(error));
        QVERIFY2(superuser(u"CALL burn_xids(120000)"_s, &error), qPrintable(error));
        const HealthFinding f = waitFor(u"xid_wraparound"_s, u"public.t_old"_s);
        QCOMPARE(f.severity, HealthSeverity::Warning);
        QVERIFY(f.evidenceValue(u"xid_age"_s).toLongLong() > 100000);
        QCOMPARE(f.evidenceValue(u"autovacuum_freeze_max_age"_s).toLongLong(), 100000);
        QVERIFY2(f.evidenceValue(u"oldest_xmin_holder"_s)
                     .toString()
                     .startsWith(u"pid %1"_s.arg(holderPid)),
                 qPrintable(f.evidenceValue(u"oldest_xmin_holder"_s).toString()));
        QCOMPARE(f.fix.sql, u"VACUUM (FREEZE, ANALYZE) public.t_old"_s);
        snapshot.abort();
    }

    void sequencesNearTheirLimit()
    {
        QString error;
        QVERIFY2(asApp(u"CREATE TABLE t_seq (id serial PRIMARY KEY);"
                       "SELECT setval('t_seq_id_seq', 2000000000);"
                       "CREATE SEQUENCE s_small AS integer MAXVALUE 1000;"
                       "SELECT setval('s_small', 800);"
                       "CREATE SEQUENCE s_fine;"
                       "SELECT setval('s_fine', 5000)"_s,
                       &error),
                 qPrintable(error));
        const HealthReport r = test::runHealth(TargetKind::PostgreSQL, ep().postgres);
        QList<HealthFinding> serial =
            test::findingsOf(r, u"sequence_near_limit"_s, u"public.t_seq_id_seq"_s);
        QVERIFY2(serial.size() == 1, qPrintable(test::describe(r)));
        QCOMPARE(serial.first().severity, HealthSeverity::Critical);
        QCOMPARE(serial.first().evidenceValue(u"column"_s).toString(), u"public.t_seq.id"_s);
        QCOMPARE(serial.first().evidenceValue(u"limit"_s).toLongLong(), 2147483647LL);
        QCOMPARE(serial.first().fix.statements,
                 (QStringList{u"ALTER SEQUENCE public.t_seq_id_seq AS bigint NO MAXVALUE"_s,
                              u"ALTER TABLE public.t_seq ALTER COLUMN id TYPE bigint"_s}));
        const QList<HealthFinding> small =
            test::findingsOf(r, u"sequence_near_limit"_s, u"public.s_small"_s);
        QVERIFY2(small.size() == 1, qPrintable(test::describe(r)));
        QCOMPARE(small.first().severity, HealthSeverity::Warning);
        QCOMPARE(small.first().evidenceValue(u"values_left"_s).toLongLong(), 200);
        QVERIFY(test::findingsOf(r, u"sequence_near_limit"_s, u"public.s_fine"_s).isEmpty());

        // The fix widens the sequence: it is no longer near its limit.
        HealthFixer fixer(m_log.get());
        const HealthFixOutcome o = fixer.apply(target(ep().postgres), small.first());
        QVERIFY2(o.applied(), qPrintable(o.error.toString()));
        QVERIFY(test::findingsOf(test::runHealth(TargetKind::PostgreSQL, ep().postgres),
                                 u"sequence_near_limit"_s, u"public.s_small"_s)
                    .isEmpty());
    }

    void sessionsIdleAndLongInTransaction()
    {
        pqxx::connection idle(ep().postgresApp.toStdString());
        pqxx::work forgotten(idle, "forgotten");
        forgotten.exec("SELECT 1");
        const int idlePid = idle.backendpid();
        int busyPid = 0;
        QFuture<void> busy = QtConcurrent::run([&busyPid]() {
            try {
                pqxx::connection c(ep().postgresApp.toStdString());
                busyPid = c.backendpid();
                pqxx::work tx(c);
                tx.exec("SELECT pg_sleep(60)");
            } catch (const std::exception &) {
                // canceled at the end of the test
            }
        });
        HealthThresholds th;
        th.idleInTransactionWarning = 0;
        th.longTransactionWarning = 0;
        const HealthFinding idleFinding =
            waitFor(u"idle_in_transaction"_s, u"pid %1"_s.arg(idlePid), th);
        QCOMPARE(idleFinding.evidenceValue(u"user"_s).toString(), u"app"_s);
        QVERIFY(idleFinding.evidenceValue(u"state"_s).toString().startsWith(u"idle in"_s));
        QCOMPARE(idleFinding.evidenceValue(u"query"_s).toString(), u"SELECT 1"_s);
        QCOMPARE(idleFinding.fix.sql, u"SELECT pg_terminate_backend(%1)"_s.arg(idlePid));
        QTRY_VERIFY(busyPid != 0);
        const HealthFinding longFinding =
            waitFor(u"long_transaction"_s, u"pid %1"_s.arg(busyPid), th);
        QCOMPARE(longFinding.evidenceValue(u"state"_s).toString(), u"active"_s);
        QVERIFY(longFinding.evidenceValue(u"query"_s).toString().contains(u"pg_sleep"_s));
        const HealthReport r = test::runHealth(TargetKind::PostgreSQL, ep().postgres, th);
        const QList<HealthFinding> timeout = test::findingsOf(r, u"idle_in_transaction_timeout"_s);
        QVERIFY2(timeout.size() == 1, qPrintable(test::describe(r)));
        QCOMPARE(timeout.first().fix.kind, HealthFix::Kind::PostgresSetting);
        QCOMPARE(timeout.first().fix.value, u"10min"_s);

        // The fix ends the forgotten session (sonde has pg_signal_backend).
        HealthFixer fixer(m_log.get());
        const HealthFixOutcome o = fixer.apply(target(ep().postgres), idleFinding);
        QVERIFY2(o.applied(), qPrintable(o.error.toString()));
        QVERIFY_THROWS_EXCEPTION(std::exception, forgotten.exec("SELECT 1"));
        superuser(u"SELECT pg_cancel_backend(%1)"_s.arg(busyPid));
        busy.waitForFinished();
    }

    void forgottenPreparedTransaction()
    {
        QString error;
        QVERIFY2(asApp(u"CREATE TABLE t_prep (id int);"
                       "BEGIN; INSERT INTO t_prep VALUES (1); PREPARE TRANSACTION 'sonde-gid''1'"_s,
                       &error),
                 qPrintable(error));
        HealthThresholds th;
        th.preparedWarning = 0;
        const HealthFinding f = waitFor(u"prepared_transaction"_s, {}, th);
        QCOMPARE(f.evidenceValue(u"gid"_s).toString(), u"sonde-gid'1"_s);
        QCOMPARE(f.evidenceValue(u"owner"_s).toString(), u"app"_s);
        QCOMPARE(f.fix.sql, u"ROLLBACK PREPARED 'sonde-gid''1'"_s);
        HealthFixer fixer(m_log.get());
        const HealthFixOutcome o = fixer.apply(target(ep().postgresSuperuser), f);
        QVERIFY2(o.applied(), qPrintable(o.error.toString()));
        QVERIFY(test::findingsOf(test::runHealth(TargetKind::PostgreSQL, ep().postgres, th),
                                 u"prepared_transaction"_s)
                    .isEmpty());
    }

    void inactiveReplicationSlot()
    {
        QString error;
        QVERIFY2(superuser(u"SELECT pg_create_physical_replication_slot('sonde_test_slot', true)"_s,
                           &error),
                 qPrintable(error));
        const HealthFinding f = waitFor(u"replication_slot"_s, u"slot sonde_test_slot"_s);
        QCOMPARE(f.severity, HealthSeverity::Warning);
        QCOMPARE(f.evidenceValue(u"active"_s).toBool(), false);
        QCOMPARE(f.evidenceValue(u"wal_status"_s).toString(), u"reserved"_s);
        QCOMPARE(f.fix.sql, u"SELECT pg_drop_replication_slot('sonde_test_slot')"_s);
        HealthFixer fixer(m_log.get());
        const HealthFixOutcome o = fixer.apply(target(ep().postgresSuperuser), f);
        QVERIFY2(o.applied(), qPrintable(o.error.toString()));
        QVERIFY(test::findingsOf(test::runHealth(TargetKind::PostgreSQL, ep().postgres),
                                 u"replication_slot"_s)
                    .isEmpty());
    }

    void lagOfAWalReceiverThatStopped()
    {
        ServerBinaries bin;
        QString error;
        QVERIFY2(ServerBinaries::locate(false, false, &bin, &error), qPrintable(error));
        QTemporaryDir wal;
        QProcess receiver;
        receiver.start(bin.pgBinDir + u"/pg_receivewal"_s,
                       {u"-D"_s, wal.path(), u"--no-loop"_s, u"-d"_s,
                        u"host=%1 port=%2 user=postgres application_name=sonde_test_receiver"_s
                            .arg(ep().postgresSocketDir)
                            .arg(ep().postgresPort)});
        QVERIFY(receiver.waitForStarted());
        pqxx::connection watch(ep().postgresSuperuser.toStdString());
        auto streaming = [&watch]() {
            pqxx::nontransaction tx(watch);
            return !tx.exec("SELECT 1 FROM pg_stat_replication WHERE application_name = "
                            "'sonde_test_receiver' AND state = 'streaming'")
                        .empty();
        };
        QTRY_VERIFY_WITH_TIMEOUT(streaming(), 15000);
        ::kill(pid_t(receiver.processId()), SIGSTOP);
        QVERIFY2(superuser(u"CREATE TABLE t_wal AS SELECT g, repeat('w', 200) AS pad "
                           "FROM generate_series(1, 30000) g"_s,
                           &error),
                 qPrintable(error));
        HealthThresholds th;
        th.lagBytesWarning = 1024 * 1024;
        const HealthFinding f =
            waitFor(u"replication_lag"_s, u"standby sonde_test_receiver at local"_s, th);
        QVERIFY(f.evidenceValue(u"behind_bytes"_s).toLongLong() >= 1024 * 1024);
        QCOMPARE(f.evidenceValue(u"replays"_s).toBool(), false);
        QCOMPARE(f.fix.kind, HealthFix::Kind::None);
        ::kill(pid_t(receiver.processId()), SIGCONT);
        receiver.terminate();
        QVERIFY(receiver.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestHealthPostgres)
#include "tst_health_postgres.moc"
