#include "RedisBenchChecks.h"
#include "TestSandbox.h"
#include "bench/BenchmarkEngine.h"
#include "bench/PgbenchSchema.h"
#include "connection/PgSession.h"
#include "connection/RedisClient.h"

#include <QtTest>

#include <pqxx/nontransaction>
#include <pqxx/pqxx>

#include <thread>

using namespace sonde;
using namespace Qt::StringLiterals;

// Every workload kind runs briefly against the sandbox servers, and its figures are checked
// against the servers' own counters (pg_stat_statements, Redis INFO commandstats, rows).
class TestBenchEngine : public QObject
{
    Q_OBJECT
private:
    static qint64 superuserNumber(const QString &sql)
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        pqxx::connection c(ep.superuserFor(ep.database).toStdString());
        pqxx::nontransaction tx(c);
        const pqxx::result r = tx.exec(sql.toStdString());
        return r[0][0].is_null() ? 0 : r[0][0].as<long long>();
    }
    static qint64 statementCalls(const QString &like)
    {
        return superuserNumber(u"SELECT coalesce(sum(calls), 0) FROM pg_stat_statements WHERE "
                               "query LIKE '"_s +
                               like + u"'"_s);
    }
    static void resetStatements()
    {
        QString error;
        QVERIFY2(test::execAsSuperuser(u"SELECT pg_stat_statements_reset()"_s, &error),
                 qPrintable(error));
    }
    // A connection for CONFIG RESETSTAT and INFO commandstats.
    static void openRedisAdmin(RedisClient *c)
    {
        RedisEndpoint ep;
        QVERIFY(RedisEndpoint::parse(test::TestSandbox::endpoints().redis, &ep, nullptr));
        QVERIFY(!c->open(ep));
    }
    static BenchmarkConfig pgConfig(WorkloadKind kind)
    {
        BenchmarkConfig c;
        c.workload = kind;
        c.uri = test::TestSandbox::endpoints().postgresApp;
        c.clients = 4;
        c.threads = 2;
        return c;
    }
    static BenchmarkConfig redisConfig(WorkloadKind kind)
    {
        return test::redisBenchConfig(test::TestSandbox::endpoints().redis, kind);
    }
    static void checkConsistent(const BenchmarkResult &r)
    {
        QVERIFY2(r.status == BenchmarkResult::Status::Completed,
                 qPrintable(r.statusName() + u": "_s + r.error));
        QVERIFY(r.transactions > 0);
        QCOMPARE(r.latency.count(), r.transactions);
        const double p50 = r.percentileMs(50), p90 = r.percentileMs(90), p95 = r.percentileMs(95),
                     p99 = r.percentileMs(99), p999 = r.percentileMs(99.9);
        const double min = double(r.latency.min()) / 1e6, max = double(r.latency.max()) / 1e6;
        QVERIFY(min > 0);
        QVERIFY(min <= p50 && p50 <= p90 && p90 <= p95 && p95 <= p99 && p99 <= p999 && p999 <= max);
        QVERIFY(r.measuredSeconds > 0);
        QVERIFY(r.throughput() > 0);
        QVERIFY(!r.progress.isEmpty() || r.measuredSeconds < 1.0);
        QVERIFY(!r.serverVersion.isEmpty());
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::TestSandbox::ensureDemoSeeded(&error), qPrintable(error));
        PgSession session;
        QVERIFY(!session.open(test::TestSandbox::endpoints().postgresApp));
        int steps = 0;
        const DbError err = PgbenchSchema::initialize(
            session, 1, [&](const QString &, int) { ++steps; }, nullptr);
        QVERIFY2(!err, qPrintable(err.toString()));
        QVERIFY(steps > 5);
        int scale = 0;
        QVERIFY(!PgbenchSchema::detectScale(session, &scale));
        QCOMPARE(scale, 1);
        QCOMPARE(superuserNumber(u"SELECT count(*) FROM pgbench_accounts"_s), qint64(100000));
    }
    void cleanupTestCase() { test::TestSandbox::stop(); }

    void missingTablesSayWhatToDo()
    {
        BenchmarkConfig c = pgConfig(WorkloadKind::SelectOnly);
        c.uri = test::TestSandbox::endpoints().superuserFor(u"postgres"_s);
        c.transactions = 10;
        const BenchmarkResult r = BenchmarkEngine::run(c, nullptr);
        QCOMPARE(r.status, BenchmarkResult::Status::Failed);
        QVERIFY2(r.error.contains(u"initialise"_s), qPrintable(r.error));
    }

    void selectOnlyMatchesPgStatStatements()
    {
        resetStatements();
        BenchmarkConfig c = pgConfig(WorkloadKind::SelectOnly);
        c.transactions = 3000;
        QList<BenchmarkProgress> seen;
        bool started = false;
        BenchmarkEngine::Hooks hooks;
        hooks.started = [&](const BenchmarkResult &) {
            started = true;
        };
        hooks.progress = [&](const BenchmarkProgress &p) {
            seen << p;
        };
        const BenchmarkResult r = BenchmarkEngine::run(c, nullptr, hooks);
        checkConsistent(r);
        QVERIFY(started);
        QCOMPARE(r.transactions, qint64(3000));
        QCOMPARE(r.errors, qint64(0));
        QCOMPARE(r.config.scale, 1);
        QCOMPARE(statementCalls(u"SELECT abalance FROM pgbench_accounts WHERE aid = $1"_s),
                 qint64(3000));
        QCOMPARE(seen.size(), r.progress.size());
        QVERIFY(r.serverSummary.contains(u"pg.buffer_hit_pct"_s));
        QVERIFY(r.serverSamples.size() >= 2);
    }

    void readWriteMatchesRowsAndStatements()
    {
        resetStatements();
        const qint64 historyBefore = superuserNumber(u"SELECT count(*) FROM pgbench_history"_s);
        BenchmarkConfig c = pgConfig(WorkloadKind::ReadWrite);
        c.transactions = 600;
        const BenchmarkResult r = BenchmarkEngine::run(c, nullptr);
        checkConsistent(r);
        QCOMPARE(r.transactions, qint64(600));
        QCOMPARE(r.errors, qint64(0));
        QCOMPARE(superuserNumber(u"SELECT count(*) FROM pgbench_history"_s) - historyBefore,
                 qint64(600));
        QCOMPARE(statementCalls(u"UPDATE pgbench_tellers SET%"_s), qint64(600));
        // The sum of all balance changes is the same in accounts and history.
        QCOMPARE(superuserNumber(u"SELECT sum(abalance) FROM pgbench_accounts"_s),
                 superuserNumber(u"SELECT sum(delta) FROM pgbench_history"_s));
    }

    void customScriptThroughPgBouncer()
    {
        resetStatements();
        BenchmarkConfig c = pgConfig(WorkloadKind::Script);
        c.uri = test::TestSandbox::endpoints().pgbouncer;
        c.throughPooler = true;
        c.poolerAdminUri = test::TestSandbox::endpoints().pgbouncerAdmin;
        c.scripts << BenchScript{u"two.sql"_s,
                                 u"\\set bid random(1, :scale)\n"
                                 "\\set tid random(1, 10 * :scale)\n"
                                 "SELECT bbalance FROM pgbench_branches WHERE bid = :bid;\n"
                                 "SELECT tbalance FROM pgbench_tellers\n"
                                 "  WHERE tid = :tid AND bid >= :bid - 1;\n"_s,
                                 1};
        c.transactions = 800;
        QCOMPARE(c.effectiveProtocol(), QueryProtocol::Extended);
        const BenchmarkResult r = BenchmarkEngine::run(c, nullptr);
        checkConsistent(r);
        QCOMPARE(r.transactions, qint64(800));
        QCOMPARE(statementCalls(u"SELECT bbalance FROM pgbench_branches%"_s), qint64(800));
        QCOMPARE(statementCalls(u"SELECT tbalance FROM pgbench_tellers%"_s), qint64(800));
        QVERIFY(r.serverSummary.contains(u"pgbouncer.max_clients_waiting"_s));
    }

    void simpleProtocolWithWarmupAndDuration()
    {
        resetStatements();
        BenchmarkConfig c = pgConfig(WorkloadKind::SelectOnly);
        c.protocol = QueryProtocol::Simple;
        c.durationSeconds = 1.5;
        c.warmupSeconds = 0.5;
        const BenchmarkResult r = BenchmarkEngine::run(c, nullptr);
        checkConsistent(r);
        QVERIFY(r.warmupTransactions > 0);
        QVERIFY(qAbs(r.measuredSeconds - 1.5) < 0.2);
        // Counted, warm-up and the few that ended past the deadline: all ran on the server.
        const qint64 calls =
            statementCalls(u"SELECT abalance FROM pgbench_accounts WHERE aid = $1"_s);
        QVERIFY2(calls >= r.transactions + r.warmupTransactions &&
                     calls <= r.transactions + r.warmupTransactions + c.clients,
                 qPrintable(u"%1 calls, %2 + %3 counted"_s.arg(calls)
                                .arg(r.transactions)
                                .arg(r.warmupTransactions)));
    }

    // A transaction that runs past the deadline is not counted, so the time after the last
    // whole second may hold nothing: no interval for it. A second in which nothing completed
    // has a throughput of zero and no latency.
    void intervalsWithoutCompletionsHaveNoLatency()
    {
        BenchmarkConfig c = pgConfig(WorkloadKind::Script);
        c.clients = 1;
        c.threads = 1;
        c.durationSeconds = 2;
        c.warmupSeconds = 0;
        c.scripts << BenchScript{u"slow.sql"_s, u"\\sleep 1500 ms\nSELECT 1;\n"_s, 1};
        const BenchmarkResult r = BenchmarkEngine::run(c, nullptr);
        checkConsistent(r);
        QVERIFY(!r.progress.isEmpty());
        QVERIFY2(r.progress.last().transactions > 0,
                 qPrintable(u"last interval at %1 s is empty"_s.arg(r.progress.last().second)));
        qint64 counted = 0;
        bool empty = false;
        for (const BenchmarkProgress &p : r.progress) {
            counted += p.transactions;
            empty = empty || !p.hasLatency();
            QCOMPARE(p.hasLatency(), p.transactions > 0);
        }
        QCOMPARE(counted, r.transactions);
        QVERIFY(empty); // the first second: the first transaction is still sleeping
    }

    void targetRateIsHeld()
    {
        BenchmarkConfig c = pgConfig(WorkloadKind::SelectOnly);
        c.durationSeconds = 2;
        c.targetRate = 200;
        const BenchmarkResult r = BenchmarkEngine::run(c, nullptr);
        checkConsistent(r);
        QVERIFY2(r.throughput() > 140 && r.throughput() < 260,
                 qPrintable(QString::number(r.throughput())));
    }

    void redisWorkloadsMatchCommandStats_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("pipeline");
        QTest::newRow("get") << int(WorkloadKind::RedisGet) << 1;
        QTest::newRow("set pipelined") << int(WorkloadKind::RedisSet) << 16;
        QTest::newRow("mixed pipelined") << int(WorkloadKind::RedisMixed) << 4;
    }
    void redisWorkloadsMatchCommandStats()
    {
        QFETCH(int, kind);
        QFETCH(int, pipeline);
        RedisClient admin;
        openRedisAdmin(&admin);
        BenchmarkConfig c = redisConfig(WorkloadKind(kind));
        c.pipeline = pipeline;
        c.transactions = 5000;
        BenchmarkResult r;
        test::runRedisBenchAgainstCommandStats(admin, c, &r);
        if (QTest::currentTestFailed())
            return;
        checkConsistent(r);
        if (WorkloadKind(kind) == WorkloadKind::RedisMixed) {
            const QMap<QString, qint64> calls = test::redisCommandCalls(admin);
            QVERIFY(calls.value(u"get"_s) > 1500 && calls.value(u"set"_s) > 1500);
        }
    }

    void cacheAsideCountsHitsAndMisses()
    {
        RedisClient admin;
        openRedisAdmin(&admin);
        resetStatements();
        BenchmarkConfig c = redisConfig(WorkloadKind::CacheAside);
        c.databaseUri = test::TestSandbox::endpoints().postgresApp;
        BenchmarkResult r;
        qint64 misses = 0;
        test::runCacheAsideAgainstCommandStats(admin, c, 2000, &r, &misses);
        if (QTest::currentTestFailed())
            return;
        checkConsistent(r);
        QCOMPARE(statementCalls(u"SELECT abalance FROM pgbench_accounts WHERE aid = $1"_s), misses);
    }

    void replayBindsParametersFromRealData()
    {
        BenchmarkConfig c = pgConfig(WorkloadKind::Replay);
        c.transactions = 400;
        c.replayTop = 5;
        // Some application traffic for pg_stat_statements to capture.
        resetStatements();
        {
            PgSession s;
            QVERIFY(!s.open(test::TestSandbox::endpoints().postgresApp));
            s.run([](pqxx::connection &conn) {
                pqxx::nontransaction tx(conn);
                for (int i = 1; i <= 20; ++i) {
                    tx.exec_params("SELECT id, email FROM users WHERE id = $1", i);
                    tx.exec_params("SELECT id FROM users WHERE lower(email) = lower($1)", "x");
                    tx.exec_params("SELECT action FROM audit_logs WHERE user_id = $1 ORDER BY "
                                   "created_at DESC LIMIT $2",
                                   i, 20);
                    // What Sonde itself sends (a generic plan's bookkeeping, a marked
                    // monitoring read) is not the application's workload.
                    tx.exec_params("SELECT 1 FROM pg_prepared_statements WHERE name = $1",
                                   "sonde_generic");
                    tx.exec_params("/* sonde */ SELECT count(*) FROM users WHERE id > $1", i);
                }
                tx.exec("UPDATE users SET status = status WHERE id = 1");
            });
        }
        const BenchmarkResult r = BenchmarkEngine::run(c, nullptr);
        checkConsistent(r);
        QCOMPARE(r.transactions, qint64(400));
        QVERIFY(r.replay.size() >= 3);
        qint64 executed = 0;
        bool sawEmail = false;
        for (const ReplayStatement &s : r.replay) {
            QVERIFY2(!s.sql.startsWith(u"UPDATE"_s), "writes are not replayed by default");
            QVERIFY2(!s.sql.contains(u"pg_prepared_statements"_s) && !s.sql.contains(u"sonde"_s),
                     qPrintable(s.sql));
            QVERIFY2(!s.planJson.isEmpty(), qPrintable(s.sql));
            executed += s.executed;
            if (s.sql.contains(u"lower(email)"_s)) {
                sawEmail = true;
                QCOMPARE(s.parameters, QStringList{u"users.email (sampled)"_s});
            }
            if (s.sql.contains(u"LIMIT"_s))
                QCOMPARE(s.parameters.value(1), u"20"_s);
            // Every execution reached the server (plus the 20 calls made above).
            QCOMPARE(statementCalls(s.sql) - 20, s.executed);
        }
        QVERIFY(sawEmail);
        QCOMPARE(executed, qint64(400));
    }

    void errorsAreCountedWhenPostgresStops()
    {
        BenchmarkConfig c = pgConfig(WorkloadKind::SelectOnly);
        c.durationSeconds = 10;
        BenchmarkResult r;
        QElapsedTimer clock;
        clock.start();
        std::atomic<bool> started{false};
        BenchmarkEngine::Hooks hooks;
        hooks.started = [&](const BenchmarkResult &) {
            started = true;
        };
        std::thread run([&]() { r = BenchmarkEngine::run(c, nullptr, hooks); });
        // Stop the server once the clients run (setup takes long on a loaded machine).
        QTRY_VERIFY_WITH_TIMEOUT(started.load(), 30000);
        clock.restart(); // progress seconds count from the start of the clients
        QTest::qWait(1500);
        QString error;
        QVERIFY2(test::TestSandbox::instance().stopPostgres(true, &error), qPrintable(error));
        QTest::qWait(1000);
        QVERIFY2(test::TestSandbox::instance().startPostgres(&error), qPrintable(error));
        const double restartedAt = double(clock.elapsed()) / 1000.0;
        run.join();
        QCOMPARE(r.status, BenchmarkResult::Status::Completed);
        QVERIFY(r.transactions > 0);
        QVERIFY2(r.errors >= 1, "the clients' lost transactions are counted");
        qint64 byKind = 0;
        for (qint64 n : std::as_const(r.errorsByKind))
            byKind += n;
        QCOMPARE(byKind, r.errors);
        // The clients reconnected: transactions went on after the restart.
        double last = 0;
        QString seconds;
        for (const BenchmarkProgress &p : std::as_const(r.progress)) {
            last = p.second > restartedAt ? std::max(last, p.throughput) : last;
            seconds +=
                u"%1 s: %2 tx/s, %3 errors; "_s.arg(p.second).arg(p.throughput).arg(p.errors);
        }
        QVERIFY2(
            last > 0,
            qPrintable(u"no transaction after the restart at %1 s: "_s.arg(restartedAt) + seconds));
    }

    void errorsAreCountedWhenRedisStops()
    {
        BenchmarkConfig c = redisConfig(WorkloadKind::RedisGet);
        c.durationSeconds = 3;
        BenchmarkResult r;
        std::atomic<bool> started{false};
        BenchmarkEngine::Hooks hooks;
        hooks.started = [&](const BenchmarkResult &) {
            started = true;
        };
        std::thread run([&]() { r = BenchmarkEngine::run(c, nullptr, hooks); });
        QTRY_VERIFY_WITH_TIMEOUT(started.load(), 30000);
        QTest::qWait(1000);
        QString error;
        QVERIFY2(test::TestSandbox::instance().stopRedis(&error), qPrintable(error));
        QTest::qWait(500);
        QVERIFY2(test::TestSandbox::instance().startRedis(&error), qPrintable(error));
        run.join();
        QVERIFY(r.transactions > 0);
        QVERIFY(r.errors >= 1);
        QVERIFY(r.errorsByKind.contains(u"connection lost"_s));
    }

    void cancelStopsARunAtOnce()
    {
        BenchmarkConfig c = pgConfig(WorkloadKind::Script);
        // Statements that take long: cancel must reach the server.
        c.scripts << BenchScript{u"sleep.sql"_s, u"SELECT pg_sleep(0.2);\n"_s, 1};
        c.durationSeconds = 60;
        std::atomic<bool> cancel{false};
        BenchmarkResult r;
        QElapsedTimer clock;
        clock.start();
        std::atomic<bool> started{false};
        BenchmarkEngine::Hooks hooks;
        hooks.started = [&](const BenchmarkResult &) {
            started = true;
        };
        std::thread run([&]() { r = BenchmarkEngine::run(c, &cancel, hooks); });
        QTRY_VERIFY_WITH_TIMEOUT(started.load(), 30000);
        QTest::qWait(1200);
        clock.restart();
        cancel = true;
        run.join();
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(r.status, BenchmarkResult::Status::Canceled);
        QVERIFY(r.transactions > 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            superuserNumber(u"SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                            "'sonde-bench' AND state = 'active'"_s),
            qint64(0), 3000);
    }

    void badConfigurationIsRefused()
    {
        BenchmarkConfig c = pgConfig(WorkloadKind::SelectOnly);
        c.threads = 8; // more threads than clients
        BenchmarkResult r = BenchmarkEngine::run(c, nullptr);
        QCOMPARE(r.status, BenchmarkResult::Status::Failed);
        QVERIFY(r.error.contains(u"threads"_s));
        c = pgConfig(WorkloadKind::SelectOnly);
        c.uri = u"postgresql://app@127.0.0.1:1/nothing"_s;
        r = BenchmarkEngine::run(c, nullptr);
        QCOMPARE(r.status, BenchmarkResult::Status::Failed);
        QVERIFY(!r.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBenchEngine)
#include "tst_bench_engine.moc"
