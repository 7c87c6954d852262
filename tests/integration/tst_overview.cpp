// The overview of the sandbox's servers as OverviewService reads it: the facts match what the
// servers say themselves (version, the largest table, settings, extensions, Redis keys and
// memory, PgBouncer's pools), and what a role may not read is said, not an error.
#include "TestMain.h"
#include "TestSandbox.h"
#include "connection/RedisClient.h"
#include "overview/OverviewService.h"

#include <QtTest>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

Target target(TargetKind kind, const QString &uri)
{
    Target t;
    t.id = u"t"_s;
    t.kind = kind;
    t.name = u"test"_s;
    t.uri = uri;
    return t;
}

QString scalar(const QString &uri, const char *sql)
{
    pqxx::connection c(uri.toStdString());
    pqxx::nontransaction tx(c);
    return QString::fromUtf8(tx.exec1(sql)[0].c_str());
}

const OverviewFact *fact(const OverviewSection *s, const QString &label)
{
    if (!s)
        return nullptr;
    for (const OverviewFact &f : s->facts) {
        if (f.label == label)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestOverview : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::TestSandbox::ensureDemoSeeded(&error), qPrintable(error));
    }

    void postgresFacts()
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        const ServerOverview o = OverviewService::read(target(TargetKind::PostgreSQL, ep.postgres));
        QVERIFY2(!o.error, qPrintable(o.error.toString()));
        QCOMPARE(o.version, scalar(ep.postgres, "SHOW server_version"));
        QVERIFY(o.uptimeSeconds >= 0);
        QCOMPARE(o.role, u"primary"_s);
        // The largest table, as PostgreSQL ranks it, comes first.
        QCOMPARE(o.topTables.value(0),
                 scalar(ep.postgresSuperuser,
                        "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n "
                        "ON n.oid = c.relnamespace WHERE c.relkind IN ('r','m') AND n.nspname "
                        "NOT IN ('pg_catalog','information_schema') AND n.nspname !~ '^pg_toast' "
                        "ORDER BY pg_total_relation_size(c.oid) DESC LIMIT 1"));
        QVERIFY(o.topTables.contains(u"public.audit_logs"_s));
        const OverviewSection *tables = o.section(OverviewService::topTablesTitle());
        QVERIFY(tables && tables->unavailable.isEmpty());
        QCOMPARE(tables->columns.size(), tables->rows.value(0).size());

        const OverviewSection *settings = o.section(OverviewService::settingsTitle());
        QVERIFY(settings && settings->unavailable.isEmpty());
        const OverviewFact *sb = fact(settings, u"shared_buffers"_s);
        QVERIFY(sb);
        QCOMPARE(sb->value, scalar(ep.postgres, "SHOW shared_buffers"));
        QVERIFY(fact(settings, u"max_connections"_s));
        QVERIFY(fact(settings, u"autovacuum"_s));

        const OverviewSection *databases = o.section(OverviewService::databasesTitle());
        QVERIFY(databases && !databases->rows.isEmpty());
        bool demoListed = false;
        for (const QStringList &row : databases->rows)
            demoListed = demoListed || row.value(0) == ep.database;
        QVERIFY(demoListed);

        // Every installed extension is listed as installed; the three the advisor uses are
        // listed whether or not the server has them.
        const QStringList installed =
            scalar(ep.postgres,
                   "SELECT string_agg(extname, ',' ORDER BY extname) FROM pg_extension")
                .split(u',');
        for (const QString &e : installed)
            QVERIFY2(o.installedExtensions.contains(e), qPrintable(e));
        const OverviewSection *extensions = o.section(OverviewService::extensionsTitle());
        QVERIFY(extensions);
        for (const QString &e : {u"pg_stat_statements"_s, u"hypopg"_s, u"pg_qualstats"_s})
            QVERIFY2(fact(extensions, e), qPrintable(e));

        const OverviewSection *replication = o.section(OverviewService::replicationTitle());
        QVERIFY(replication && replication->unavailable.isEmpty());
        QVERIFY(replication->rows.isEmpty());  // the sandbox has no standby…
        QVERIFY(!replication->note.isEmpty()); // … and says so
    }

    void missingPrivilegeIsSaidNotFailed()
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        // A role that may not call pg_postmaster_start_time(): that section says why, and
        // the others are still read.
        {
            pqxx::connection su(ep.postgresSuperuser.toStdString());
            pqxx::nontransaction tx(su);
            tx.exec("REVOKE EXECUTE ON FUNCTION pg_postmaster_start_time() FROM PUBLIC");
        }
        const ServerOverview o =
            OverviewService::read(target(TargetKind::PostgreSQL, ep.postgresMonitor));
        {
            pqxx::connection su(ep.postgresSuperuser.toStdString());
            pqxx::nontransaction tx(su);
            tx.exec("GRANT EXECUTE ON FUNCTION pg_postmaster_start_time() TO PUBLIC");
        }
        QVERIFY2(!o.error, qPrintable(o.error.toString()));
        const OverviewSection *general = o.section(OverviewService::generalTitle());
        QVERIFY(general);
        QVERIFY2(!general->unavailable.isEmpty(), "the general section should say why it is empty");
        const OverviewSection *settings = o.section(OverviewService::settingsTitle());
        QVERIFY(settings && settings->unavailable.isEmpty() && !settings->facts.isEmpty());
    }

    void redisFacts()
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        RedisEndpoint e;
        QString why;
        QVERIFY(RedisEndpoint::parse(ep.redis, &e, &why));
        RedisClient c;
        QVERIFY(!c.open(e, 5000, 5000, "overview-test"));
        RedisReply r;
        QVERIFY(!c.command({"SET", "overview:key", "v"}, &r));
        QVERIFY(!c.command({"INFO", "server"}, &r));
        const QString version = parseRedisInfo(r.text).value(u"redis_version"_s);

        const ServerOverview o = OverviewService::read(target(TargetKind::Redis, ep.redis));
        QVERIFY2(!o.error, qPrintable(o.error.toString()));
        QCOMPARE(o.version, version);
        QCOMPARE(o.role, u"master"_s);
        const OverviewSection *keys = o.section(OverviewService::keyspaceTitle());
        QVERIFY(keys && !keys->rows.isEmpty());
        const OverviewSection *memory = o.section(OverviewService::memoryTitle());
        QVERIFY(memory && memory->facts.size() >= 2);
    }

    void pgbouncerFacts()
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        // A client through the pooler makes a pool.
        pqxx::connection app(ep.pgbouncer.toStdString());
        pqxx::nontransaction(app).exec("SELECT 1");
        const ServerOverview o =
            OverviewService::read(target(TargetKind::PgBouncer, ep.pgbouncerAdmin));
        QVERIFY2(!o.error, qPrintable(o.error.toString()));
        QVERIFY(!o.version.isEmpty());
        const OverviewSection *pools = o.section(OverviewService::poolsTitle());
        QVERIFY(pools && pools->unavailable.isEmpty());
        QVERIFY(!pools->rows.isEmpty());
        QVERIFY(fact(o.section(OverviewService::generalTitle()), u"pool_mode"_s));
    }
};

SONDE_TEST_GUILESS_MAIN(TestOverview)
#include "tst_overview.moc"
