// Health checks of indexes and settings on a real PostgreSQL: the index audit's findings
// (one source with the advisor), work_mem against temporary files, checkpoints requested,
// settings against the machine, pg_stat_statements missing, autovacuum out of workers or
// off; and read-only mode refusing every fix.
#include "HealthRun.h"
#include "TestSandbox.h"
#include "advisor/IndexAudit.h"
#include "advisor/SchemaCatalogLoader.h"
#include "common/DisplayFormat.h"
#include "health/HealthFixer.h"
#include "indexes/ChangeLog.h"

#include <QTemporaryDir>
#include <QtTest>

#include <pqxx/pqxx>

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

HealthReport check(const HealthThresholds &thresholds = {}, const MachineFacts &machine = {})
{
    return test::runHealth(TargetKind::PostgreSQL, ep().postgres, thresholds, machine);
}

QStringList checksOf(const HealthReport &r)
{
    QStringList out;
    for (const HealthFinding &f : r.findings)
        out << f.check;
    return out;
}

MachineFacts machine(double ramGb, int cores, MachineFacts::Storage storage)
{
    MachineFacts m;
    m.ramBytes = qint64(ramGb * 1024 * 1024 * 1024);
    m.ramSource = u"test"_s;
    m.cores = cores;
    m.coresSource = u"test"_s;
    m.storage = storage;
    m.storageSource = u"test"_s;
    return m;
}

} // namespace

class TestHealthConfiguration : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<ChangeLog> m_log;

private slots:
    void initTestCase()
    {
        SandboxOptions options;
        // One slow autovacuum worker (its capacity is checked), WAL that fills quickly
        // (requested checkpoints).
        options.extraPostgresConfig = u"max_wal_size = 32MB\n"
                                      "min_wal_size = 32MB\n"
                                      "autovacuum_max_workers = 1\n"
                                      "autovacuum_naptime = 1s\n"
                                      "autovacuum_vacuum_cost_limit = 1\n"
                                      "autovacuum_vacuum_cost_delay = 100ms\n"_s;
        options.withRedis = false;
        options.withPgBouncer = false;
        QString error;
        QVERIFY2(test::TestSandbox::ensureStarted(&error, options), qPrintable(error));
        m_log = std::make_unique<ChangeLog>(m_dir.filePath(u"changes.sqlite"_s));
        QVERIFY2(m_log->open(&error), qPrintable(error));
    }

    void indexFindingsAreTheAdvisorsAudit()
    {
        QString error;
        QVERIFY2(asApp(u"CREATE TABLE t_idx (id int PRIMARY KEY, a int, b int, "
                       "parent int REFERENCES t_idx (id));"
                       "INSERT INTO t_idx SELECT g, g, g % 10, NULL FROM generate_series(1, 100) g;"
                       "CREATE INDEX t_idx_a ON t_idx (a);"
                       "CREATE INDEX t_idx_a_again ON t_idx (a)"_s,
                       &error),
                 qPrintable(error));
        // Duplicates in b: the unique build fails and leaves an INVALID index.
        QVERIFY(!asApp(u"CREATE UNIQUE INDEX CONCURRENTLY t_idx_b ON t_idx (b)"_s));
        const HealthReport r = check();
        SchemaCatalog catalog;
        QVERIFY(!SchemaCatalogLoader::load(ep().postgres, &catalog));
        const QList<IndexFinding> audit = IndexAudit::run(catalog);
        QVERIFY(!audit.isEmpty());
        const QStringList ids{u"invalid_index"_s, u"duplicate_index"_s, u"redundant_index"_s,
                              u"unused_index"_s, u"unindexed_foreign_key"_s};
        int shown = 0;
        for (const HealthFinding &f : r.findings)
            shown += ids.contains(f.check) ? 1 : 0;
        QCOMPARE(shown, int(audit.size()));
        for (const IndexFinding &a : audit) {
            bool found = false;
            for (const HealthFinding &f : r.findings)
                found = found || (f.message == a.message && f.fix.sql == a.fixDdl);
            QVERIFY2(found, qPrintable(a.message));
        }
        const QList<HealthFinding> invalid =
            test::findingsOf(r, u"invalid_index"_s, u"public.t_idx_b"_s);
        QVERIFY2(invalid.size() == 1, qPrintable(test::describe(r)));
        QCOMPARE(invalid.first().fix.sql, u"DROP INDEX CONCURRENTLY public.t_idx_b"_s);
        QVERIFY(!test::findingsOf(r, u"duplicate_index"_s).isEmpty());
        const QList<HealthFinding> fk =
            test::findingsOf(r, u"unindexed_foreign_key"_s, u"public.t_idx t_idx_parent_fkey"_s);
        QVERIFY2(fk.size() == 1, qPrintable(test::describe(r)));
        QCOMPARE(fk.first().fix.kind, HealthFix::Kind::Index);

        // The foreign key's index is built like the advisor's (change log, revert).
        HealthFixer fixer(m_log.get());
        Target t;
        t.name = u"test"_s;
        t.uri = ep().postgres;
        const HealthFixOutcome built = fixer.apply(t, fk.first());
        QVERIFY2(built.applied(), qPrintable(built.error.toString()));
        QCOMPARE(m_log->find(built.changeId)->action, IndexChange::Action::Create);
        QVERIFY(test::findingsOf(check(), u"unindexed_foreign_key"_s, fk.first().object).isEmpty());
        const HealthFixOutcome reverted = fixer.revert(t, built.changeId);
        QVERIFY2(reverted.applied(), qPrintable(reverted.error.toString()));
        QCOMPARE(m_log->find(built.changeId)->outcome, IndexChange::Outcome::Reverted);
        QCOMPARE(test::findingsOf(check(), u"unindexed_foreign_key"_s, fk.first().object).size(),
                 1);
    }

    // The index catalog sizes indexes by pg_class.relpages; a reported one is measured.
    void reportedIndexesHaveTheirExactSizeAndDefinition()
    {
        QString error;
        QVERIFY2(asApp(u"CREATE TABLE t_grown (id int, n int) WITH (autovacuum_enabled = off);"
                       "CREATE INDEX t_grown_n ON t_grown (n);"
                       "INSERT INTO t_grown SELECT g, g FROM generate_series(1, 20000) g"_s,
                       &error),
                 qPrintable(error));
        qint64 exact = 0;
        qint64 estimate = 0;
        {
            pqxx::connection c(ep().postgres.toStdString());
            pqxx::nontransaction tx(c);
            const pqxx::row r =
                tx.exec1("SELECT pg_relation_size('public.t_grown_n'), relpages::int8 * "
                         "current_setting('block_size')::int8 FROM pg_class WHERE oid = "
                         "'public.t_grown_n'::regclass");
            exact = r[0].as<qint64>();
            estimate = r[1].as<qint64>();
        }
        QVERIFY2(estimate != exact, "relpages was updated: nothing to tell apart");
        const QList<HealthFinding> unused =
            test::findingsOf(check(), u"unused_index"_s, u"public.t_grown_n"_s);
        QCOMPARE(unused.size(), 1);
        QCOMPARE(unused.first().evidenceValue(u"size_bytes"_s).toLongLong(), exact);
        QVERIFY(unused.first().message.contains(DisplayFormat::bytes(exact)));
        QCOMPARE(unused.first().fix.revertSql,
                 u"CREATE INDEX CONCURRENTLY t_grown_n ON public.t_grown USING btree (n)"_s);
        QVERIFY(asApp(u"DROP TABLE t_grown"_s));
    }

    void sortsThatSpillAskForMoreWorkMem()
    {
        QString error;
        QVERIFY2(asApp(u"SELECT count(*) FROM (SELECT g FROM generate_series(1, 400000) g "
                       "ORDER BY md5(g::text)) s"_s,
                       &error),
                 qPrintable(error));
        const HealthFinding f = test::waitForFinding(TargetKind::PostgreSQL, ep().postgres,
                                                     u"work_mem"_s, u"work_mem"_s);
        QCOMPARE(f.severity, HealthSeverity::Warning);
        QVERIFY(f.evidenceValue(u"temp_bytes"_s).toLongLong() >= 16 * 1024 * 1024);
        QVERIFY(f.evidenceValue(u"statement"_s).toString().contains(u"md5"_s));
        const qint64 spill = f.evidenceValue(u"spill_per_call_bytes"_s).toLongLong();
        QVERIFY(spill > 4 * 1024 * 1024);
        QCOMPARE(f.fix.kind, HealthFix::Kind::PostgresSetting);
        QCOMPARE(f.fix.setting, u"work_mem"_s);
        QCOMPARE(f.fix.takes, HealthFix::Takes::Reload);
        // Twice the spill, rounded up to a power of two, within 64MB while the RAM is unknown.
        int mb = 1;
        while (double(mb) * 1024 * 1024 < 2.0 * double(spill))
            mb *= 2;
        QCOMPARE(f.fix.value, u"%1MB"_s.arg(std::min(mb, 64)));
        QVERIFY(f.fix.sql.startsWith(u"ALTER SYSTEM SET work_mem = '"_s));
        QVERIFY(f.fix.sql.endsWith(u"SELECT pg_reload_conf()"_s));
    }

    void walPastMaxWalSizeRequestsCheckpoints()
    {
        QString error;
        // Apart: with wal_level = minimal, rows of a table created in the same transaction
        // write no WAL.
        QVERIFY2(superuser(u"CREATE TABLE t_wal (id int, pad text)"_s, &error), qPrintable(error));
        QVERIFY2(superuser(u"INSERT INTO t_wal SELECT g, repeat('w', 100) "
                           "FROM generate_series(1, 600000) g"_s,
                           &error),
                 qPrintable(error));
        HealthThresholds th;
        th.checkpointsRequestedMin = 2;
        const HealthFinding f = test::waitForFinding(TargetKind::PostgreSQL, ep().postgres,
                                                     u"checkpoints_requested"_s, {}, th);
        QVERIFY(f.evidenceValue(u"checkpoints_req"_s).toLongLong() >= 2);
        QCOMPARE(f.evidenceValue(u"max_wal_size_bytes"_s).toLongLong(), 32LL * 1024 * 1024);
        QCOMPARE(f.fix.setting, u"max_wal_size"_s);
        QCOMPARE(f.fix.value, u"128MB"_s); // every checkpoint requested: four times as much
        QCOMPARE(f.fix.takes, HealthFix::Takes::Reload);
    }

    void settingsAgainstTheMachine()
    {
        const HealthReport big = check({}, machine(16, 16, MachineFacts::Storage::Ssd));
        const QStringList checks = checksOf(big);
        for (const QString &c : {u"shared_buffers"_s, u"effective_cache_size"_s,
                                 u"random_page_cost"_s, u"parallel_workers"_s})
            QVERIFY2(checks.contains(c), qPrintable(c + u"\n"_s + test::describe(big)));
        const HealthFinding sb = test::findingsOf(big, u"shared_buffers"_s).first();
        QCOMPARE(sb.fix.value, u"4GB"_s);
        QCOMPARE(sb.fix.takes, HealthFix::Takes::Restart);
        QVERIFY(!sb.fix.sql.contains(u"pg_reload_conf"_s));
        QCOMPARE(sb.evidenceValue(u"ram_source"_s).toString(), u"test"_s);
        QCOMPARE(test::findingsOf(big, u"effective_cache_size"_s).first().fix.value, u"12GB"_s);
        QCOMPARE(test::findingsOf(big, u"random_page_cost"_s).first().fix.value, u"1.1"_s);
        const HealthFinding parallel = test::findingsOf(big, u"parallel_workers"_s).first();
        QCOMPARE(parallel.fix.setting, u"max_worker_processes"_s);
        QCOMPARE(parallel.fix.value, u"16"_s);

        const HealthReport small = check({}, machine(0.5, 2, MachineFacts::Storage::Hdd));
        const QList<HealthFinding> mwm = test::findingsOf(small, u"maintenance_work_mem"_s);
        QVERIFY2(mwm.size() == 1, qPrintable(test::describe(small)));
        QCOMPARE(mwm.first().severity, HealthSeverity::Warning);
        QCOMPARE(mwm.first().fix.value, u"32MB"_s);
        QVERIFY(!checksOf(small).contains(u"random_page_cost"_s));
        QVERIFY(!checksOf(small).contains(u"parallel_workers"_s));

        const HealthReport unknown = check();
        QVERIFY(!checksOf(unknown).contains(u"shared_buffers"_s));
        QVERIFY(unknown.notes.join(u' ').contains(u"RAM is unknown"_s));
    }

    void connectionsNearMaxConnections()
    {
        HealthThresholds th;
        th.connectionsWarning = 0.01;
        const QList<HealthFinding> f = test::findingsOf(check(th), u"connections"_s);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().evidenceValue(u"max_connections"_s).toLongLong(), 100);
        QVERIFY(f.first().evidenceValue(u"client_connections"_s).toLongLong() >= 1);
    }

    void pgStatStatementsMissingInADatabase()
    {
        QString error;
        QVERIFY2(superuser(u"CREATE DATABASE nostats"_s, &error), qPrintable(error));
        QVERIFY2(
            test::execAsSuperuser(u"DROP EXTENSION pg_stat_statements"_s, &error, u"nostats"_s),
            qPrintable(error));
        QString uri = ep().postgres;
        uri.replace(u"/sonde_demo"_s, u"/nostats"_s);
        const HealthReport r = test::runHealth(TargetKind::PostgreSQL, uri);
        const QList<HealthFinding> f = test::findingsOf(r, u"pg_stat_statements"_s);
        QVERIFY2(f.size() == 1, qPrintable(test::describe(r)));
        QCOMPARE(f.first().fix.sql, u"CREATE EXTENSION IF NOT EXISTS pg_stat_statements"_s);
        QVERIFY(f.first().message.contains(u"nostats"_s));
    }

    void autovacuumOutOfWorkers()
    {
        QString error;
        for (const QString &t : {u"t_av1"_s, u"t_av2"_s}) {
            QVERIFY2(asApp(u"CREATE TABLE %1 (id int, v text);"
                           "INSERT INTO %1 SELECT g, 'x' FROM generate_series(1, 50000) g;"
                           "UPDATE %1 SET v = 'y'"_s.arg(t),
                           &error),
                     qPrintable(error));
        }
        const HealthFinding f = test::waitForFinding(TargetKind::PostgreSQL, ep().postgres,
                                                     u"autovacuum_capacity"_s, {}, {}, {}, 60000);
        QCOMPARE(f.evidenceValue(u"autovacuum_workers_busy"_s).toLongLong(), 1);
        QVERIFY(f.evidenceValue(u"tables_behind"_s).toInt() >= 1);
        QCOMPARE(f.fix.setting, u"autovacuum_vacuum_cost_limit"_s);
        QCOMPARE(f.fix.value, u"2000"_s);
    }

    void autovacuumOff()
    {
        QString error;
        QVERIFY2(superuser(u"ALTER SYSTEM SET autovacuum = off"_s, &error), qPrintable(error));
        QVERIFY(superuser(u"SELECT pg_reload_conf()"_s));
        const HealthFinding f =
            test::waitForFinding(TargetKind::PostgreSQL, ep().postgres, u"autovacuum_off"_s);
        QCOMPARE(f.severity, HealthSeverity::Critical);
        QCOMPARE(f.fix.sql, u"ALTER SYSTEM SET autovacuum = 'on';\nSELECT pg_reload_conf()"_s);
        QVERIFY(superuser(u"ALTER SYSTEM RESET autovacuum"_s));
        QVERIFY(superuser(u"SELECT pg_reload_conf()"_s));
    }

    void readOnlyRefusesEveryFix()
    {
        HealthThresholds th;
        th.connectionsWarning = 0.01;
        const HealthReport r = check(th, machine(16, 16, MachineFacts::Storage::Ssd));
        QSet<HealthFix::Kind> kinds;
        Target readOnly;
        readOnly.name = u"prod"_s;
        readOnly.uri = ep().postgresSuperuser;
        readOnly.readOnly = true;
        HealthFixer fixer(m_log.get());
        const int logged = int(m_log->all().size());
        for (const HealthFinding &f : r.findings) {
            if (!f.fix.isApplicable())
                continue;
            kinds << f.fix.kind;
            const HealthFixOutcome o = fixer.apply(readOnly, f);
            QCOMPARE(o.error.kind, DbError::Kind::ReadOnlyRefused);
            QVERIFY(o.error.message.contains(u"read-only"_s));
        }
        QVERIFY(kinds.contains(HealthFix::Kind::Sql));
        QVERIFY(kinds.contains(HealthFix::Kind::Index));
        QVERIFY(kinds.contains(HealthFix::Kind::PostgresSetting));
        const qint64 someChange = m_log->all().first().id;
        QCOMPARE(fixer.revert(readOnly, someChange).error.kind, DbError::Kind::ReadOnlyRefused);
        QCOMPARE(int(m_log->all().size()), logged);
    }
};

QTEST_GUILESS_MAIN(TestHealthConfiguration)
#include "tst_health_configuration.moc"
