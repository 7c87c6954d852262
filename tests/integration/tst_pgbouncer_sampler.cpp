// The PgBouncer sampler against the sandbox's real PgBouncer with a pool of 2: waiting
// clients appear when more clients than servers run, server use reaches 100 %, the mean
// query time matches what the clients run, and a restart gives a gap and a reconnect.
#include "SamplerRun.h"
#include "TestMain.h"
#include "TestSandbox.h"
#include "connection/PgSession.h"
#include "pgbouncer/PgBouncerActivity.h"
#include "pgbouncer/PgBouncerMetrics.h"

#include <QtTest>

#include <pqxx/nontransaction>
#include <pqxx/pqxx>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

void verifyNeverNegative(const QList<Snapshot> &snapshots)
{
    for (const Snapshot &s : snapshots) {
        for (auto it = s.values.cbegin(); it != s.values.cend(); ++it)
            QVERIFY2(it.value() >= 0, qPrintable(u"%1 = %2"_s.arg(it.key()).arg(it.value())));
    }
}

// `clients` connections through PgBouncer, each running pg_sleep in a loop.
class SleepyClients
{
public:
    SleepyClients(int clients, double seconds)
    {
        for (int i = 0; i < clients; ++i) {
            m_threads.emplace_back([this, seconds]() {
                PgSession s;
                PgSessionOptions o;
                o.applicationName = u"test-client"_s;
                o.throughPooler = true;
                if (s.open(test::TestSandbox::endpoints().pgbouncer, o))
                    return;
                const std::string sql = "SELECT pg_sleep(" + std::to_string(seconds) + ")";
                while (!m_stop.load()) {
                    s.run([&](pqxx::connection &c) {
                        pqxx::nontransaction tx(c);
                        tx.exec(sql);
                    });
                }
            });
        }
    }
    ~SleepyClients()
    {
        m_stop.store(true);
        for (auto &t : m_threads)
            t.join();
    }

private:
    std::atomic<bool> m_stop{false};
    std::vector<std::thread> m_threads;
};

} // namespace

class TestPgBouncerSampler : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        SandboxOptions options;
        options.pgbouncerPoolSize = 2;
        options.withRedis = false;
        QString error;
        QVERIFY2(test::TestSandbox::ensureStarted(&error, options), qPrintable(error));
    }

    void idlePool()
    {
        test::SamplerRun run(test::pgbouncerTarget(test::TestSandbox::endpoints().pgbouncerAdmin),
                             300);
        QVERIFY(run.waitForState(SamplerStatus::State::Sampling, 10000));
        QVERIFY2(run.statuses.last().serverVersion.contains(u"PgBouncer"_s),
                 qPrintable(run.statuses.last().serverVersion));
        const QList<Snapshot> s = run.collect(3, 10000);
        QCOMPARE(s.size(), 3);
        QCOMPARE(s.last().value(metric::PgbClientsWaiting), 0.0);
        QCOMPARE(s.last().value(metric::PgbQueriesPerSec), 0.0); // the console is not counted
        QVERIFY(s.last().detailAs<PgBouncerActivity>());
        QCOMPARE(s.last().detailAs<PgBouncerActivity>()->defaultPoolSize, 2);
        for (const PoolActivity &p : s.last().detailAs<PgBouncerActivity>()->pools)
            QVERIFY(p.database != u"pgbouncer"_s);
    }

    void saturatedPoolHasWaitingClients()
    {
        test::SamplerRun run(test::pgbouncerTarget(test::TestSandbox::endpoints().pgbouncerAdmin),
                             1000);
        QVERIFY(run.waitForState(SamplerStatus::State::Sampling, 10000));
        SleepyClients clients(6, 0.4);
        const auto s = run.waitForSnapshot(
            [](const Snapshot &x) {
                return x.value(metric::PgbClientsWaiting) >= 2 && x.has(metric::PgbQueryMs);
            },
            20000);
        QVERIFY2(s, "no waiting clients with 6 clients on a pool of 2");
        QCOMPARE(s->value(metric::PgbServerUsePct), 100.0);
        QVERIFY(s->value(metric::PgbMaxWaitSec) >= 0);
        // PgBouncer books a query's count and its time at different moments, so one 1 s
        // interval of 0.4 s queries is jittery; over several intervals the mean is exact.
        const QList<Snapshot> more = run.collect(6, 15000);
        QCOMPARE(more.size(), 6);
        double queries = 0;
        double xacts = 0;
        double totalMs = 0;
        double waitMs = 0;
        double seconds = 0;
        for (const Snapshot &x : more) {
            const double n = x.value(metric::PgbQueriesPerSec) * x.intervalSeconds;
            const double t = x.value(metric::PgbXactPerSec) * x.intervalSeconds;
            queries += n;
            xacts += t;
            seconds += x.intervalSeconds;
            if (n > 0)
                totalMs += x.value(metric::PgbQueryMs) * n;
            if (t > 0)
                waitMs += x.value(metric::PgbWaitMs) * t;
        }
        // Between the statement's own 0.4 s and what a client sees (Little's law: 6 clients
        // at ~5 queries/s ≈ 1.2 s, of which ~0.8 s waiting for one of the 2 servers).
        const double meanMs = totalMs / queries;
        QVERIFY2(meanMs > 330 && meanMs < 1700, qPrintable(u"mean query time %1 ms"_s.arg(meanMs)));
        const double meanWait = waitMs / xacts;
        QVERIFY2(meanWait > 300 && meanWait < 1500, qPrintable(u"mean wait %1 ms"_s.arg(meanWait)));
        // 2 servers, each busy with 0.4 s queries: about 5 queries per second at most.
        const double qps = queries / seconds;
        QVERIFY2(qps > 2.5 && qps < 6, qPrintable(u"%1 queries/s"_s.arg(qps)));
        const auto &pools = s->detailAs<PgBouncerActivity>()->pools;
        QVERIFY(!pools.isEmpty());
        bool found = false;
        for (const PoolActivity &p : pools) {
            if (p.user == u"app"_s) {
                found = true;
                QCOMPARE(p.poolSize, 2);
                QVERIFY(p.clientsWaiting >= 2);
            }
        }
        QVERIFY(found);
        verifyNeverNegative(run.snapshots);
    }

    void restartGivesAGapAndAReconnect()
    {
        test::SamplerRun run(test::pgbouncerTarget(test::TestSandbox::endpoints().pgbouncerAdmin),
                             300);
        QVERIFY(run.collect(3, 10000).size() == 3);
        const qsizetype beforeStop = run.snapshots.size();
        QString error;
        QVERIFY2(test::TestSandbox::instance().stopPgBouncer(&error), qPrintable(error));
        QVERIFY(run.waitForState(SamplerStatus::State::Reconnecting, 10000));
        QVERIFY2(test::TestSandbox::instance().startPgBouncer(&error), qPrintable(error));
        QVERIFY(run.waitForState(SamplerStatus::State::Sampling, 40000));
        // The first snapshot after the outage (it may have arrived with the status already).
        const auto back = run.waitForSnapshot(
            [](const Snapshot &s) { return s.continuity != Snapshot::Continuity::Continuous; },
            10000, beforeStop);
        QVERIFY(back);
        QCOMPARE(back->continuity, Snapshot::Continuity::Reconnected);
        const auto next = run.waitForSnapshot(
            [](const Snapshot &s) { return s.continuity == Snapshot::Continuity::Continuous; },
            10000, run.lastFound + 1);
        QVERIFY(next && next->has(metric::PgbQueriesPerSec));
        verifyNeverNegative(run.snapshots);
    }

    void cleanupTestCase() { test::TestSandbox::stop(); }
};

SONDE_TEST_GUILESS_MAIN(TestPgBouncerSampler)
#include "tst_pgbouncer_sampler.moc"
