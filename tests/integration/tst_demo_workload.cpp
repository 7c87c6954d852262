// The demo application really runs its cache-aside mix against the sandbox: reads hit
// Redis or fall through to PostgreSQL (visible in pg_stat_statements), writes invalidate,
// and the cache mode changes the hit rate.
#include "TestSandbox.h"
#include "connection/PgSession.h"
#include "connection/RedisClient.h"
#include "demo/DemoQueries.h"
#include "demo/DemoWorkload.h"

#include <QtTest>

#include <pqxx/nontransaction>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

DemoWorkloadSettings settingsFor(DemoWorkloadSettings::CacheMode mode)
{
    DemoWorkloadSettings s;
    s.postgres = test::TestSandbox::endpoints().pgbouncer;
    s.redis = test::TestSandbox::endpoints().redis;
    s.clients = 2;
    s.requestsPerSecond = 150;
    s.reportEverySeconds = 2;
    s.cacheMode = mode;
    s.hotSetSize = 50; // small enough to warm up within the test
    return s;
}

double hitRate(const DemoWorkloadStats &s)
{
    const qint64 n = s.cacheHits + s.cacheMisses;
    return n ? double(s.cacheHits) / double(n) : 0.0;
}

} // namespace

class TestDemoWorkload : public QObject
{
    Q_OBJECT

    static void openRedis(RedisClient *redis)
    {
        RedisEndpoint ep;
        QVERIFY(RedisEndpoint::parse(test::TestSandbox::endpoints().redis, &ep, nullptr));
        QVERIFY(!redis->open(ep));
    }
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::TestSandbox::ensureDemoSeeded(&error), qPrintable(error));
    }

    void seededSchemaMissesTheIndexesOnPurpose()
    {
        PgSession s;
        QVERIFY(!s.open(test::TestSandbox::endpoints().postgres));
        qint64 tables = 0;
        QString projectIndexes;
        const DbError err = s.run([&](pqxx::connection &c) {
            pqxx::nontransaction tx(c);
            tables = tx.exec1("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND "
                              "tableowner = 'app'")[0]
                         .as<qint64>();
            projectIndexes = QString::fromStdString(
                tx.exec1("SELECT string_agg(indexdef, ';') FROM pg_indexes WHERE tablename = "
                         "'deployments'")[0]
                    .c_str());
        });
        QVERIFY2(!err, qPrintable(err.toString()));
        QCOMPARE(tables, 6);
        // Only the primary key: the project_id lookup has no index on purpose.
        QVERIFY2(!projectIndexes.contains(u"project_id"_s), qPrintable(projectIndexes));
    }

    void cacheAsideMixRuns()
    {
        QString error;
        QVERIFY2(test::execAsSuperuser(u"SELECT pg_stat_statements_reset()"_s, &error),
                 qPrintable(error));
        DemoWorkload w;
        QVERIFY2(w.start(settingsFor(DemoWorkloadSettings::CacheMode::Healthy), &error),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(w.stats().requests > 300, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(w.stats().reports > 0, 10000);
        w.stop();
        const DemoWorkloadStats s = w.stats();
        QVERIFY2(s.errors == 0, qPrintable(s.lastError));
        QVERIFY(s.cacheHits > 0);
        QVERIFY(s.cacheMisses > 0);
        QVERIFY(s.writes > 0);

        // Misses reached PostgreSQL through PgBouncer as the application's statements.
        PgSession pg;
        QVERIFY(!pg.open(test::TestSandbox::endpoints().postgres));
        qint64 feedCalls = 0;
        const DbError err = pg.run([&](pqxx::connection &c) {
            pqxx::nontransaction tx(c);
            feedCalls = tx.exec1("SELECT coalesce(sum(calls), 0) FROM pg_stat_statements WHERE "
                                 "query LIKE '%FROM audit_logs WHERE user_id = $1%'")[0]
                            .as<qint64>();
        });
        QVERIFY2(!err, qPrintable(err.toString()));
        QVERIFY(feedCalls > 0);
    }

    // The healthy mode looks healthy from its first requests: the hot set is read into the
    // cache before the clients start, and sized so the application keeps it there.
    void healthyCacheStartsWarm()
    {
        QString error;
        RedisClient redis;
        openRedis(&redis);
        RedisReply reply;
        QVERIFY(!redis.command({"FLUSHDB"}, &reply));
        DemoWorkloadSettings s = settingsFor(DemoWorkloadSettings::CacheMode::Healthy);
        s.hotSetSize = DemoWorkloadSettings().hotSetSize; // the demo's own
        DemoWorkload w;
        QVERIFY2(w.start(s, &error), qPrintable(error));
        QVERIFY(!redis.command({"DBSIZE"}, &reply));
        QVERIFY2(reply.integer >= s.hotSetSize, qPrintable(QString::number(reply.integer)));
        QTRY_VERIFY_WITH_TIMEOUT(w.stats().requests > 200, 30000);
        w.stop();
        const double h = hitRate(w.stats());
        QVERIFY2(h > 0.6, qPrintable(u"hit rate %1 over the first requests"_s.arg(h)));
    }

    void thrashingLowersTheHitRate()
    {
        QString error;
        RedisClient redis;
        openRedis(&redis);
        RedisReply reply;
        QVERIFY(!redis.command({"FLUSHDB"}, &reply));

        DemoWorkload healthy;
        QVERIFY2(healthy.start(settingsFor(DemoWorkloadSettings::CacheMode::Healthy), &error),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(healthy.stats().requests > 600, 30000);
        healthy.stop();

        QVERIFY(!redis.command({"FLUSHDB"}, &reply));
        DemoWorkload thrashing;
        QVERIFY2(thrashing.start(settingsFor(DemoWorkloadSettings::CacheMode::Thrashing), &error),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(thrashing.stats().requests > 600, 30000);
        thrashing.stop();
        const double h = hitRate(healthy.stats());
        const double t = hitRate(thrashing.stats());
        QVERIFY2(h > t + 0.2, qPrintable(u"healthy %1 vs thrashing %2"_s.arg(h).arg(t)));
    }

    void survivesRedisRestart()
    {
        QString error;
        DemoWorkload w;
        QVERIFY2(w.start(settingsFor(DemoWorkloadSettings::CacheMode::Healthy), &error),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(w.stats().requests > 50, 10000);
        QVERIFY2(test::TestSandbox::instance().stopRedis(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(w.stats().errors > 0, 10000);
        QVERIFY2(test::TestSandbox::instance().startRedis(&error), qPrintable(error));
        const qint64 hitsBefore = w.stats().cacheHits + w.stats().cacheMisses;
        QTRY_VERIFY_WITH_TIMEOUT(w.stats().cacheHits + w.stats().cacheMisses > hitsBefore + 50,
                                 15000);
        w.stop();
    }

    void cleanupTestCase() { test::TestSandbox::stop(); }
};

QTEST_GUILESS_MAIN(TestDemoWorkload)
#include "tst_demo_workload.moc"
