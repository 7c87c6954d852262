// The parts of the health checks that need no server: the JSON a finding becomes, the
// order findings are listed in, how setting statements are quoted, the arithmetic of the
// checks (autovacuum's trigger, a sequence's share, bloat estimates, recommendations,
// PgBouncer's possible server connections), machine facts, and the change log's upgrade.
#include "common/DisplayFormat.h"
#include "health/BloatChecks.h"
#include "health/HealthFinding.h"
#include "health/MachineFacts.h"
#include "health/MemoryChecks.h"
#include "health/PgBouncerChecks.h"
#include "health/SequenceChecks.h"
#include "health/VacuumChecks.h"
#include "health/WraparoundChecks.h"
#include "indexes/ChangeLog.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

HealthFinding finding(const QString &check, HealthSeverity s, const QString &object)
{
    HealthFinding f;
    f.check = check;
    f.severity = s;
    f.target = u"db"_s;
    f.object = object;
    return f;
}

TextTable table(const QStringList &columns, const QList<QStringList> &rows)
{
    TextTable t;
    t.columns = columns;
    t.rows = rows;
    return t;
}

} // namespace

class TestHealthFindings : public QObject
{
    Q_OBJECT

private slots:
    void jsonHasTheDocumentedShape()
    {
        HealthFinding f =
            finding(u"sequence_near_limit"_s, HealthSeverity::Critical, u"public.orders_id_seq"_s);
        f.message = u"m"_s;
        f.add(u"last_value"_s, qint64(2000000000)).add(u"column"_s, u"public.orders.id"_s);
        f.fix =
            HealthFix::postgresSetting(u"work_mem"_s, u"64MB"_s, u"4MB"_s, u"user"_s, u"advice"_s);
        const QJsonObject o = f.toJson();
        QCOMPARE(o.value(u"check"_s).toString(), u"sequence_near_limit"_s);
        QCOMPARE(o.value(u"severity"_s).toString(), u"critical"_s);
        QCOMPARE(o.value(u"object"_s).toString(), u"public.orders_id_seq"_s);
        QCOMPARE(o.value(u"evidence"_s).toObject().value(u"last_value"_s).toDouble(), 2e9);
        const QJsonObject fix = o.value(u"fix"_s).toObject();
        QCOMPARE(fix.value(u"kind"_s).toString(), u"postgres_setting"_s);
        QCOMPARE(fix.value(u"setting"_s).toString(), u"work_mem"_s);
        QCOMPARE(fix.value(u"value"_s).toString(), u"64MB"_s);
        QCOMPARE(fix.value(u"current"_s).toString(), u"4MB"_s);
        QCOMPARE(fix.value(u"takes_effect"_s).toString(), u"reload"_s);
        QCOMPARE(fix.value(u"sql"_s).toString(),
                 u"ALTER SYSTEM SET work_mem = '64MB';\nSELECT pg_reload_conf()"_s);
    }

    void evidenceReadsAsDisplayFormatWritesIt()
    {
        const auto shown = [](const QString &key, const QVariant &value) {
            return HealthEvidence{key, value}.displayValue();
        };
        QCOMPARE(shown(u"relation_bytes"_s, qint64(1'500'000)), DisplayFormat::bytes(1'500'000));
        QCOMPARE(shown(u"used_share"_s, 0.955), DisplayFormat::percent(95.5));
        QCOMPARE(shown(u"autovacuum_vacuum_cost_limit"_s, 2000.0), DisplayFormat::count(2000));
        QCOMPARE(shown(u"mem_fragmentation_ratio"_s, 1.5349), DisplayFormat::number(1.5349));
        QCOMPARE(shown(u"n_dead_tup"_s, qint64(30'000)), DisplayFormat::count(30'000));
    }

    void worstFirstThenTargetCheckObject()
    {
        QList<HealthFinding> list{finding(u"b"_s, HealthSeverity::Info, u"x"_s),
                                  finding(u"a"_s, HealthSeverity::Warning, u"z"_s),
                                  finding(u"c"_s, HealthSeverity::Critical, u"y"_s),
                                  finding(u"a"_s, HealthSeverity::Warning, u"b"_s)};
        sortWorstFirst(&list);
        QStringList order;
        for (const HealthFinding &f : list)
            order << f.check + u'/' + f.object;
        QCOMPARE(order, (QStringList{u"c/y"_s, u"a/b"_s, u"a/z"_s, u"b/x"_s}));
    }

    void settingStatementsQuoteEveryPart()
    {
        QCOMPARE(HealthFix::postgresSettingSql(u"pg_stat_statements.max"_s, u"10000"_s),
                 u"ALTER SYSTEM SET pg_stat_statements.max = '10000'"_s);
        QCOMPARE(HealthFix::postgresSettingSql(u"search_path"_s, u"\"$user\", public"_s),
                 u"ALTER SYSTEM SET search_path = '\"$user\"', 'public'"_s);
        QCOMPARE(HealthFix::postgresSettingSql(u"shared_preload_libraries"_s,
                                               u"pg_qualstats, pg_stat_statements"_s),
                 u"ALTER SYSTEM SET shared_preload_libraries = 'pg_qualstats', "
                 "'pg_stat_statements'"_s);
        QCOMPARE(HealthFix::postgresSettingSql(u"shared_preload_libraries"_s, QString()),
                 u"ALTER SYSTEM SET shared_preload_libraries = ''"_s);
        QCOMPARE(HealthFix::postgresSettingSql(u"application_name"_s, u"it's \\ me"_s),
                 u"ALTER SYSTEM SET application_name = E'it''s \\\\ me'"_s);
        QCOMPARE(HealthFix::postgresSettingSql(u"Odd\"Name"_s, u"1"_s),
                 u"ALTER SYSTEM SET \"Odd\"\"Name\" = '1'"_s);
        QCOMPARE(HealthFix::postgresResetSql(u"work_mem"_s), u"ALTER SYSTEM RESET work_mem"_s);
        const HealthFix restart = HealthFix::postgresSetting(
            u"shared_buffers"_s, u"2GB"_s, u"128MB"_s, u"postmaster"_s, QString());
        QCOMPARE(restart.takes, HealthFix::Takes::Restart);
        QCOMPARE(restart.sql, u"ALTER SYSTEM SET shared_buffers = '2GB'"_s);
        QVERIFY(restart.caution.contains(u"never restarts"_s));
        QCOMPARE(HealthFix::redisSetting(u"save"_s, QString(), u"3600 1"_s, {}).sql,
                 u"CONFIG SET save \"\""_s);
    }

    void checksArithmetic()
    {
        QCOMPARE(VacuumChecks::trigger(50, 0.2, 10000), 2050.0);
        QCOMPARE(VacuumChecks::trigger(50, 0.2, -1), 50.0); // never analyzed
        QCOMPARE(SequenceChecks::usedShare(750, 1, 1001, 1), 0.749);
        QCOMPARE(SequenceChecks::usedShare(-750, -1000, -1, -1), 0.7497497497497497);
        QCOMPARE(SequenceChecks::typeMax(u"integer"_s), 2147483647.0);
        QCOMPARE(WraparoundChecks::severity(150e6, 200e6, 1e9), HealthSeverity::Info);
        QCOMPARE(WraparoundChecks::severity(250e6, 200e6, 1e9), HealthSeverity::Warning);
        QCOMPARE(WraparoundChecks::severity(1.2e9, 400e6, 1e9), HealthSeverity::Critical);
        // 100 000 rows of 2 int columns: 36-byte tuples (24 header + 8 data + 4 pointer):
        // 226 per 8 kB page → 443 pages, as pg_class shows for such a table.
        QCOMPARE(BloatChecks::expectedTablePages(100000, 8, 2, false, 100, 8192), 443.0);
        QCOMPARE(BloatChecks::expectedTablePages(100000, 8, 2, false, 50, 8192), 885.0);
        // 100 000 int4 keys: 16-byte tuples + 4-byte pointers, 366 in 90 % of 8152 bytes per
        // leaf: 274 leaves, the meta page and 3 inner pages.
        QCOMPARE(BloatChecks::expectedIndexPages(100000, 4, false, 90, 8192), 274.0 + 1 + 3);
        constexpr double GB = 1024.0 * 1024 * 1024;
        QCOMPARE(MemoryChecks::recommendedSharedBuffers(16 * GB), 4 * GB);
        QCOMPARE(MemoryChecks::recommendedEffectiveCacheSize(16 * GB), 12 * GB);
        QCOMPARE(MemoryChecks::recommendedMaintenanceWorkMem(64 * GB), 2 * GB);
        QCOMPARE(MemoryChecks::recommendedWorkMem(10.0 * 1024 * 1024, 0), 32.0 * 1024 * 1024);
        QCOMPARE(MemoryChecks::recommendedWorkMem(10.0 * 1024 * 1024, 16.0 * 1024 * 1024),
                 16.0 * 1024 * 1024);
    }

    void pgbouncerPossibleServerConnections()
    {
        PgBouncerChecks::Console c;
        c.version = u"PgBouncer 1.18.0"_s;
        c.config = table({u"key"_s, u"value"_s}, {{u"default_pool_size"_s, u"20"_s},
                                                  {u"reserve_pool_size"_s, u"5"_s},
                                                  {u"max_db_connections"_s, u"0"_s},
                                                  {u"pool_mode"_s, u"session"_s}});
        c.databases = table({u"name"_s, u"pool_size"_s, u"reserve_pool"_s, u"max_connections"_s,
                             u"force_user"_s, u"pool_mode"_s},
                            {{u"app"_s, u"20"_s, u"5"_s, u"0"_s, QString(), u"session"_s},
                             {u"reports"_s, u"40"_s, u"0"_s, u"30"_s, QString(), u"session"_s},
                             {u"pgbouncer"_s, u"2"_s, u"0"_s, u"0"_s, QString(), u"statement"_s}});
        c.pools =
            table({u"database"_s, u"user"_s, u"cl_waiting"_s}, {{u"app"_s, u"web"_s, u"0"_s},
                                                                {u"app"_s, u"jobs"_s, u"0"_s},
                                                                {u"reports"_s, u"bi"_s, u"0"_s}});
        HealthRequest request;
        HealthCheckContext ctx;
        ctx.request = &request;
        // app: 2 users × (20 + 5) = 50; reports: 40 capped at its max_connections 30.
        PgBouncerChecks::run(c, {100, 3}, ctx);
        QVERIFY(ctx.findings.isEmpty());
        PgBouncerChecks::run(c, {80, 3}, ctx);
        QCOMPARE(ctx.findings.size(), 1);
        QCOMPARE(ctx.findings.first().evidenceValue(u"possible_server_connections"_s).toInt(), 80);
        QCOMPARE(PgBouncerChecks::versionNumber(u"PgBouncer 1.21.0"_s), 12100);
    }

    void machineFacts()
    {
        QCOMPARE(MachineFacts::parseSize(u"16GB"_s), 16LL * 1024 * 1024 * 1024);
        QCOMPARE(MachineFacts::parseSize(u"512 mb"_s), 512LL * 1024 * 1024);
        QCOMPARE(MachineFacts::parseSize(u"1.5T"_s), qint64(1.5 * 1024 * 1024 * 1024 * 1024));
        QCOMPARE(MachineFacts::parseSize(u"2048"_s), 2048LL * 1024 * 1024);
        QCOMPARE(MachineFacts::parseSize(u"lots"_s), 0);
        MachineFacts::Storage s;
        QVERIFY(MachineFacts::parseStorage(u"SSD"_s, &s));
        QCOMPARE(s, MachineFacts::Storage::Ssd);
        QVERIFY(!MachineFacts::parseStorage(u"tape"_s, &s));
        const MachineFacts local = MachineFacts::localMachine();
        QVERIFY(local.knowsRam());
        QVERIFY(local.knowsCores());
        QVERIFY(local.ramSource.contains(u"this machine"_s));
        MachineFacts given;
        given.cores = 8;
        given.coresSource = u"you"_s;
        given.complete(local);
        QCOMPARE(given.cores, 8);
        QCOMPARE(given.ramBytes, local.ramBytes);
    }

    void changeLogWrittenBeforeSettingChangesIsUpgraded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"changes.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                u"CREATE TABLE index_changes (id INTEGER PRIMARY KEY AUTOINCREMENT, action TEXT "
                "NOT NULL, outcome TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT, "
                "target TEXT NOT NULL, user_name TEXT, schema_name TEXT, table_name TEXT, "
                "index_name TEXT, ddl TEXT NOT NULL, revert_ddl TEXT, message TEXT, sonde_pid "
                "INTEGER, backend_pid INTEGER, revert_of INTEGER, reverted_by INTEGER, "
                "statements TEXT)"_s));
            QVERIFY(q.exec(u"INSERT INTO index_changes (action, outcome, started_at, target, "
                           "ddl) VALUES ('create', 'applied', '2026-01-01T00:00:00', 't', "
                           "'CREATE INDEX CONCURRENTLY i ON t (a)')"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"old"_s);
        ChangeLog log(path);
        QString error;
        QVERIFY2(log.open(&error), qPrintable(error));
        QCOMPARE(log.all().size(), 1);
        QCOMPARE(log.all().first().action, IndexChange::Action::Create);
        IndexChange c;
        c.action = IndexChange::Action::Setting;
        c.target = u"t"_s;
        c.object = u"work_mem"_s;
        c.ddl = u"ALTER SYSTEM SET work_mem = '64MB'"_s;
        c.revertDdl = u"ALTER SYSTEM RESET work_mem"_s;
        const qint64 id = log.begin(c, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QCOMPARE(log.find(id)->action, IndexChange::Action::Setting);
        QCOMPARE(log.find(id)->object, u"work_mem"_s);
        QCOMPARE(log.find(id)->toJson().value(u"action"_s).toString(), u"setting"_s);
        QVERIFY(log.open(&error)); // a second open leaves the upgraded log alone
    }
};

QTEST_GUILESS_MAIN(TestHealthFindings)
#include "tst_healthfindings.moc"
