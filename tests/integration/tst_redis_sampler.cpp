// The Redis sampler against the sandbox's real Redis and the demo application: Sonde's own
// commands are not counted, the hit rate falls when the demo cache is flushed and climbs
// back as it refills, evictions become markers, and a restart mid-sampling gives a gap and a
// reconnect, never a negative rate.
#include "SamplerRun.h"
#include "TestMain.h"
#include "TestSandbox.h"
#include "connection/RedisClient.h"
#include "demo/DemoWorkload.h"
#include "redis/RedisActivity.h"
#include "redis/RedisMetrics.h"

#include <algorithm>

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

void flushDemoCache()
{
    RedisEndpoint ep;
    QVERIFY(RedisEndpoint::parse(test::TestSandbox::endpoints().redis, &ep, nullptr));
    RedisClient c;
    QVERIFY(!c.open(ep));
    RedisReply r;
    QVERIFY(!c.command({"FLUSHDB"}, &r));
}

void verifyNeverNegative(const QList<Snapshot> &snapshots)
{
    for (const Snapshot &s : snapshots) {
        for (auto it = s.values.cbegin(); it != s.values.cend(); ++it)
            QVERIFY2(it.value() >= 0, qPrintable(u"%1 = %2"_s.arg(it.key()).arg(it.value())));
    }
}

} // namespace

class TestRedisSampler : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::TestSandbox::ensureDemoSeeded(&error), qPrintable(error));
    }

    void idleServerShowsNoTrafficFromSonde()
    {
        test::SamplerRun run(test::redisTarget(test::TestSandbox::endpoints().redis), 300);
        const QList<Snapshot> s = run.collect(5, 20000);
        QCOMPARE(s.size(), 5);
        QCOMPARE(s.first().continuity, Snapshot::Continuity::First);
        QVERIFY(s.first().detailAs<RedisActivity>());
        QVERIFY(s.first().detailAs<RedisActivity>()->version.startsWith(u"7"_s));
        for (const Snapshot &snap : s.mid(1)) {
            QCOMPARE(snap.continuity, Snapshot::Continuity::Continuous);
            // INFO, LATENCY LATEST and CONFIG GET are Sonde's own: nothing else runs.
            QCOMPARE(snap.value(metric::RedisOpsPerSec), 0.0);
            QCOMPARE(snap.value(metric::RedisClients), 0.0);
            QVERIFY(!snap.has(metric::RedisHitPct)); // no lookups: no hit rate at all
            QVERIFY(snap.detailAs<RedisActivity>()->commands.isEmpty());
        }
        QVERIFY(s.last().value(metric::RedisMemoryBytes) > 0);
        QVERIFY(s.last().has(metric::RedisClientsPct)); // maxclients is known
    }

    void hitRateFallsWhenTheDemoCacheIsFlushed()
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        DemoWorkload workload;
        DemoWorkloadSettings settings;
        settings.postgres = ep.pgbouncer;
        settings.redis = ep.redis;
        settings.clients = 4;
        settings.requestsPerSecond = 300;
        settings.writeShare = 0.0;
        settings.reportEverySeconds = 3600;
        settings.hotSetSize = 100;
        QString error;
        QVERIFY2(workload.start(settings, &error), qPrintable(error));

        test::SamplerRun run(test::redisTarget(ep.redis), 1000);
        // Warm: the hot set is cached and most lookups hit.
        const auto warm = run.waitForSnapshot(
            [](const Snapshot &s) { return s.value(metric::RedisHitPct) > 85; }, 60000);
        QVERIFY2(warm, "the cache never warmed up");
        const double warmRate = warm->value(metric::RedisHitPct);
        const double warmOps = warm->value(metric::RedisOpsPerSec);
        QVERIFY2(warmOps > 50, qPrintable(u"ops/s %1"_s.arg(warmOps)));
        QVERIFY(!warm->detailAs<RedisActivity>()->commands.isEmpty());
        QCOMPARE(warm->detailAs<RedisActivity>()->commands.first().command, u"get"_s);
        QVERIFY(warm->has(metric::RedisP99Ms));

        flushDemoCache();
        // The next intervals miss: the hit rate drops well below the warm level …
        const auto cold = run.waitForSnapshot(
            [&](const Snapshot &s) { return s.value(metric::RedisHitPct) < warmRate - 30; }, 5000);
        QVERIFY2(cold, qPrintable(u"hit rate stayed near %1 %% after FLUSHDB"_s.arg(warmRate)));
        // … and climbs back as the application refills the cache.
        const auto refilled = run.waitForSnapshot(
            [&](const Snapshot &s) {
                return s.value(metric::RedisHitPct) > cold->value(metric::RedisHitPct) + 30;
            },
            30000);
        QVERIFY2(refilled, "the hit rate did not recover");
        workload.stop();
        verifyNeverNegative(run.snapshots);
    }

    void thrashingCacheKeepsTheHitRateLow()
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        DemoWorkload workload;
        DemoWorkloadSettings settings;
        settings.postgres = ep.pgbouncer;
        settings.redis = ep.redis;
        settings.requestsPerSecond = 200;
        settings.writeShare = 0.0;
        settings.reportEverySeconds = 3600;
        settings.cacheMode = DemoWorkloadSettings::CacheMode::Thrashing;
        QString error;
        QVERIFY2(workload.start(settings, &error), qPrintable(error));
        test::SamplerRun run(test::redisTarget(ep.redis), 1000);
        const QList<Snapshot> s = run.collect(6, 30000);
        workload.stop();
        QCOMPARE(s.size(), 6);
        // Uniform keys over 65 000 rows with a 2 s TTL: nearly every lookup misses.
        const double last = s.last().value(metric::RedisHitPct);
        QVERIFY2(last < 40, qPrintable(u"hit rate %1"_s.arg(last)));
    }

    void restartGivesAGapAndAReconnect()
    {
        test::SamplerRun run(test::redisTarget(test::TestSandbox::endpoints().redis), 300);
        QVERIFY(run.waitForState(SamplerStatus::State::Sampling, 10000));
        QVERIFY(run.collect(3, 10000).size() == 3);
        const qsizetype beforeStop = run.snapshots.size();
        QString error;
        QVERIFY2(test::TestSandbox::instance().stopRedis(&error), qPrintable(error));
        QVERIFY(run.waitForState(SamplerStatus::State::Reconnecting, 10000));
        const SamplerStatus lost = run.statuses.last();
        QVERIFY(lost.lastError.isError());
        QVERIFY(lost.nextAttempt.isValid());
        QVERIFY2(test::TestSandbox::instance().startRedis(&error), qPrintable(error));
        QVERIFY(run.waitForState(SamplerStatus::State::Sampling, 40000));
        // The first snapshot after the outage (it may have arrived with the status already).
        const auto back = run.waitForSnapshot(
            [](const Snapshot &s) { return s.continuity != Snapshot::Continuity::Continuous; },
            10000, beforeStop);
        QVERIFY(back);
        QCOMPARE(back->continuity, Snapshot::Continuity::Reconnected);
        QVERIFY(!back->has(metric::RedisOpsPerSec)); // no rate across the gap
        const auto next = run.waitForSnapshot(
            [](const Snapshot &s) { return s.continuity == Snapshot::Continuity::Continuous; },
            10000, run.lastFound + 1);
        QVERIFY(next && next->has(metric::RedisOpsPerSec));
        verifyNeverNegative(run.snapshots);
    }

    void statisticsResetIsAGapNotANegativeRate()
    {
        RedisEndpoint ep;
        QVERIFY(RedisEndpoint::parse(test::TestSandbox::endpoints().redis, &ep, nullptr));
        RedisClient other;
        QVERIFY(!other.open(ep));
        RedisReply r;
        for (int i = 0; i < 200; ++i)
            QVERIFY(!other.command({"GET", "k" + QByteArray::number(i)}, &r));
        test::SamplerRun run(test::redisTarget(test::TestSandbox::endpoints().redis), 300);
        QVERIFY(run.collect(2, 10000).size() == 2);
        QVERIFY(!other.command({"CONFIG", "RESETSTAT"}, &r));
        const auto reset = run.waitForSnapshot(
            [](const Snapshot &s) { return s.continuity == Snapshot::Continuity::Reset; }, 5000);
        QVERIFY(reset);
        QVERIFY(!reset->has(metric::RedisOpsPerSec));
        // One reset marker; other markers (a latency spike on a loaded machine) may share
        // the snapshot.
        const auto resets =
            std::count_if(reset->events.cbegin(), reset->events.cend(), [](const TimelineEvent &e) {
                return e.kind == TimelineEvent::Kind::StatisticsReset;
            });
        QCOMPARE(resets, 1);
        verifyNeverNegative(run.snapshots);
    }

    void evictionsBecomeMarkers()
    {
        RedisEndpoint ep;
        QVERIFY(RedisEndpoint::parse(test::TestSandbox::endpoints().redis, &ep, nullptr));
        RedisClient c;
        QVERIFY(!c.open(ep));
        RedisReply r;
        QVERIFY(!c.command({"FLUSHALL"}, &r));
        QVERIFY(!c.command({"CONFIG", "GET", "maxmemory"}, &r));
        const QByteArray oldLimit = r.elements.value(1).text;
        QVERIFY(!c.command({"CONFIG", "SET", "maxmemory-policy", "allkeys-lru"}, &r));
        QVERIFY(!c.command({"CONFIG", "SET", "maxmemory", "3mb"}, &r));
        test::SamplerRun run(test::redisTarget(test::TestSandbox::endpoints().redis), 500);
        QVERIFY(run.collect(1, 10000).size() == 1);
        const QByteArray blob(10000, 'x');
        for (int i = 0; i < 1500; ++i)
            QVERIFY(!c.command({"SET", "blob:" + QByteArray::number(i), blob}, &r));
        const auto evicting = run.waitForSnapshot(
            [](const Snapshot &s) { return s.value(metric::RedisEvictedPerSec) > 0; }, 5000);
        QVERIFY(!c.command({"CONFIG", "SET", "maxmemory", oldLimit}, &r));
        QVERIFY(!c.command({"FLUSHALL"}, &r));
        QVERIFY2(evicting, "no evictions seen");
        QCOMPARE(evicting->events.size(), 1);
        QCOMPARE(evicting->events.first().kind, TimelineEvent::Kind::Evictions);
        QVERIFY2(evicting->events.first().text.contains(u"allkeys-lru"_s),
                 qPrintable(evicting->events.first().text));
        QVERIFY(evicting->value(metric::RedisMemoryPct) > 50);
    }

    void cleanupTestCase() { test::TestSandbox::stop(); }
};

SONDE_TEST_GUILESS_MAIN(TestRedisSampler)
#include "tst_redis_sampler.moc"
