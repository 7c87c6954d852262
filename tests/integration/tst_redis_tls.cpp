// Sonde's Redis side over TLS (rediss://) against the sandbox's real redis-server, which
// speaks TLS only: the sampler, the slow log, the benchmark's GET/SET with and without a
// pipeline of 16, the cache-aside workload, the demo application, the connection test, and a
// command blocked on a TLS socket that another thread aborts. Every figure is checked against
// the server's own counters.
#include "FeedProbe.h"
#include "RedisBenchChecks.h"
#include "SamplerRun.h"
#include "TestMain.h"
#include "TestSandbox.h"
#include "TlsSandbox.h"
#include "bench/BenchmarkEngine.h"
#include "bench/PgbenchSchema.h"
#include "connection/ConnectionTester.h"
#include "connection/PgSession.h"
#include "connection/RedisClient.h"
#include "demo/DemoWorkload.h"
#include "redis/RedisActivity.h"
#include "redis/RedisMetrics.h"
#include "redis/RedisSlowLogRead.h"

#include <QSignalSpy>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace sonde;

class TestRedisTls : public QObject
{
    Q_OBJECT
private:
    RedisReply command(const QList<QByteArray> &args) { return test::redisCommand(m_redis, args); }
    QMap<QString, qint64> commandCalls() { return test::redisCommandCalls(m_redis); }
    static BenchmarkConfig redisConfig(WorkloadKind kind)
    {
        return test::redisBenchConfig(test::TestSandbox::endpoints().redis, kind);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::ensureTlsSandbox(&error), qPrintable(error));
        QVERIFY(test::TestSandbox::endpoints().redis.startsWith(u"rediss://"_s));
        const DbError err = m_redis.open(test::tlsRedisEndpoint(), 5000, 5000, "checkout-service");
        QVERIFY2(!err, qPrintable(err.toString()));
    }

    void samplerReadsTheServerOverTls()
    {
        test::SamplerRun run(test::redisTarget(test::TestSandbox::endpoints().redis), 300);
        const auto first = run.waitForSnapshot([](const Snapshot &) { return true; }, 20000);
        QVERIFY2(first, "no snapshot over TLS");
        QVERIFY(first->detailAs<RedisActivity>() &&
                first->detailAs<RedisActivity>()->version.startsWith(u"7"_s));
        const qsizetype from = run.snapshots.size();
        for (int i = 0; i < 300; ++i)
            command({"GET", "tls:key:" + QByteArray::number(i)});
        // The 300 lookups (all misses) show up in an interval's figures.
        const auto busy = run.waitForSnapshot(
            [](const Snapshot &s) {
                return s.value(metric::RedisOpsPerSec) > 0 && s.has(metric::RedisHitPct);
            },
            20000, from);
        QVERIFY2(busy, "the sampler did not see the commands");
        QCOMPARE(busy->value(metric::RedisHitPct), 0.0);
    }

    void slowLogOverTls()
    {
        command({"CONFIG", "SET", "slowlog-log-slower-than", "0"});
        command({"SLOWLOG", "RESET"});
        command({"HSET", "tls:session:7", "field", "value"});
        // The Redis source's slow-log feed, through the monitoring pipeline.
        test::FeedProbe sampler(test::redisTarget(test::TestSandbox::endpoints().redis),
                                RedisSlowLogFeed, 0);
        QSignalSpy reads(&sampler, &test::FeedProbe::read);
        QVERIFY(reads.wait(15000));
        const auto reading = reads.takeFirst().at(0).value<FeedReading>();
        auto read = reading.value.value<RedisSlowLogRead>();
        read.error = reading.error;
        QVERIFY2(!read.error, qPrintable(read.error.toString()));
        QCOMPARE(read.thresholdUs, 0);
        const auto hset =
            std::find_if(read.entries.cbegin(), read.entries.cend(),
                         [](const RedisSlowLogEntry &e) { return e.commandName() == u"HSET"_s; });
        QVERIFY(hset != read.entries.cend());
        QCOMPARE(hset->clientName, u"checkout-service"_s);
        command({"CONFIG", "SET", "slowlog-log-slower-than", "1000"});
    }

    void benchGetAndSetMatchCommandStats_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("pipeline");
        QTest::newRow("get") << int(WorkloadKind::RedisGet) << 1;
        QTest::newRow("set") << int(WorkloadKind::RedisSet) << 1;
        QTest::newRow("get pipelined 16") << int(WorkloadKind::RedisGet) << 16;
        QTest::newRow("set pipelined 16") << int(WorkloadKind::RedisSet) << 16;
    }
    void benchGetAndSetMatchCommandStats()
    {
        QFETCH(int, kind);
        QFETCH(int, pipeline);
        BenchmarkConfig c = redisConfig(WorkloadKind(kind));
        c.pipeline = pipeline;
        c.transactions = 8000;
        BenchmarkResult r;
        test::runRedisBenchAgainstCommandStats(m_redis, c, &r);
    }

    void benchConnectErrorSaysWhy()
    {
        BenchmarkConfig c = redisConfig(WorkloadKind::RedisGet);
        RedisEndpoint ep = test::tlsRedisEndpoint();
        ep.tlsOptions.caFile.clear();
        c.uri = ep.toUri(true);
        c.transactions = 10;
        const BenchmarkResult r = BenchmarkEngine::run(c, nullptr);
        QCOMPARE(r.status, BenchmarkResult::Status::Failed);
        QVERIFY2(r.error.contains(u"does not trust"_s), qPrintable(r.error));
    }

    void cacheAsideOverTls()
    {
        QString error;
        QVERIFY2(test::TestSandbox::ensureDemoSeeded(&error), qPrintable(error));
        {
            PgSession session;
            QVERIFY(!session.open(test::TestSandbox::endpoints().postgresApp));
            const DbError err = PgbenchSchema::initialize(session, 1, {}, nullptr);
            QVERIFY2(!err, qPrintable(err.toString()));
        }
        BenchmarkConfig c = redisConfig(WorkloadKind::CacheAside);
        c.databaseUri = test::TestSandbox::endpoints().postgresApp;
        BenchmarkResult r;
        qint64 misses = 0;
        test::runCacheAsideAgainstCommandStats(m_redis, c, 1500, &r, &misses);
    }

    void demoApplicationOverTls()
    {
        QString error;
        QVERIFY2(test::TestSandbox::ensureDemoSeeded(&error), qPrintable(error));
        command({"CONFIG", "RESETSTAT"});
        DemoWorkload workload;
        DemoWorkloadSettings settings;
        settings.postgres = test::TestSandbox::endpoints().pgbouncer;
        settings.redis = test::TestSandbox::endpoints().redis;
        settings.clients = 2;
        settings.requestsPerSecond = 200;
        settings.reportEverySeconds = 3600;
        QVERIFY2(workload.start(settings, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(commandCalls().value(u"get"_s) > 50, 30000);
        workload.stop();
        QCOMPARE(workload.stats().errors, qint64(0));
    }

    void connectionTestNamesTheTlsSession()
    {
        Target target = test::redisTarget(test::TestSandbox::endpoints().redis);
        const ConnectionTestResult r = ConnectionTester::test(target);
        QVERIFY2(r.ok(), qPrintable(r.toText()));
        const ConnectionCheck *tls = r.check(u"TLS"_s);
        QVERIFY(tls);
        QCOMPARE(tls->outcome, ConnectionCheck::Outcome::Passed);
        QVERIFY2(tls->message.contains(u"TLSv1."_s) && tls->message.contains(u"throw-away CA"_s),
                 qPrintable(tls->message));
    }

    void abortUnblocksACommandOnATlsSocket()
    {
        // Opened and used on its own thread (a TLS connection stays on its thread).
        RedisClient blocked;
        std::atomic<bool> done{false};
        DbError result;
        std::thread t([&]() {
            result = blocked.open(test::tlsRedisEndpoint(), 5000, 120000, "tls-blocked");
            RedisReply reply;
            if (!result)
                result = blocked.command({"BLPOP", "tls:never", "100"}, &reply);
            done = true;
        });
        // Only once the server holds the command: then nothing but abort() ends it early.
        QTRY_VERIFY_WITH_TIMEOUT(
            parseRedisInfo(command({"INFO", "clients"}).text).value(u"blocked_clients"_s) == u"1"_s,
            20000);
        blocked.abort();
        QTRY_VERIFY_WITH_TIMEOUT(done.load(), 20000);
        t.join();
        QCOMPARE(result.kind, DbError::Kind::ConnectionLost);
        QVERIFY(!blocked.isOpen());
    }

    void cleanupTestCase()
    {
        m_redis.close();
        test::TestSandbox::stop();
    }

private:
    RedisClient m_redis;
};

SONDE_TEST_GUILESS_MAIN(TestRedisTls)
#include "tst_redis_tls.moc"
