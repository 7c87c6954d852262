// The PostgreSQL sampler against the sandbox's real server: Sonde's own statements and
// sessions are not counted, a deliberately slow statement raises the per-interval latency,
// lock waits and the longest statement show up, resets and a restart give gaps, never a
// negative rate.
#include "SamplerRun.h"
#include "TestMain.h"
#include "TestSandbox.h"
#include "connection/PgSession.h"
#include "postgres/PostgresActivity.h"
#include "postgres/PostgresMetrics.h"

#include <QtTest>

#include <pqxx/nontransaction>
#include <pqxx/pqxx>

#include <atomic>
#include <thread>

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

// Runs `sql` in a loop on its own connection until stopped.
class Load
{
public:
    Load(const QString &uri, const std::string &sql)
    {
        m_thread = std::thread([this, uri, sql]() {
            PgSession s;
            PgSessionOptions o;
            o.applicationName = u"test-load"_s;
            if (s.open(uri, o))
                return;
            while (!m_stop.load()) {
                s.run([&](pqxx::connection &c) {
                    pqxx::nontransaction tx(c);
                    tx.exec(sql);
                });
                m_done.fetch_add(1);
            }
        });
    }
    ~Load()
    {
        m_stop.store(true);
        m_thread.join();
    }
    int done() const { return m_done.load(); }

private:
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_done{0};
    std::thread m_thread;
};

} // namespace

class TestPostgresSampler : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::TestSandbox::ensureDemoSeeded(&error), qPrintable(error));
    }

    void idleServerShowsNothingFromSonde()
    {
        test::SamplerRun run(test::postgresTarget(test::TestSandbox::endpoints().postgres), 400);
        QVERIFY(run.waitForState(SamplerStatus::State::Sampling, 10000));
        const SamplerStatus st = run.statuses.last();
        QVERIFY2(st.serverVersion.startsWith(u"PostgreSQL 15"_s), qPrintable(st.serverVersion));
        QVERIFY2(st.notes.isEmpty(), qPrintable(st.notes.join(u'\n')));
        const QList<Snapshot> s = run.collect(6, 20000);
        QCOMPARE(s.size(), 6);
        QVERIFY(s.first().detailAs<PostgresActivity>() &&
                s.first().detailAs<PostgresActivity>()->statementsAvailable);
        for (const Snapshot &snap : s.mid(2)) {
            // The sampler's own statements and session are left out.
            QCOMPARE(snap.value(metric::PgCallsPerSec), 0.0);
            QVERIFY(!snap.has(metric::PgLatencyMs));
            QCOMPARE(snap.value(metric::PgActive), 0.0);
            QVERIFY(snap.detailAs<PostgresActivity>()->statements.isEmpty());
            QVERIFY(snap.value(metric::PgConnections) >= 1); // but it holds a slot
            QVERIFY(snap.has(metric::PgXactPerSec));
            QVERIFY(snap.value(metric::PgXactPerSec) < 3);
        }
        const double use = s.last().value(metric::PgConnUsePct);
        QVERIFY(use > 0 && use < 100);
        QVERIFY(s.last().detailAs<PostgresActivity>()->usableConnections > 0);
    }

    void slowStatementRaisesLatency()
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        test::SamplerRun run(test::postgresTarget(ep.postgres), 1000);
        QVERIFY(run.waitForState(SamplerStatus::State::Sampling, 10000));
        double fast = 0;
        {
            Load quick(ep.postgresApp, "SELECT count(*) FROM teams WHERE id < 10");
            const auto s = run.waitForSnapshot(
                [](const Snapshot &x) { return x.value(metric::PgCallsPerSec) > 20; }, 15000);
            QVERIFY2(s, "no statements seen");
            fast = s->value(metric::PgLatencyMs);
            QVERIFY2(fast < 20, qPrintable(u"fast statements at %1 ms"_s.arg(fast)));
            QVERIFY(!s->detailAs<PostgresActivity>()->statements.isEmpty());
            QVERIFY2(s->detailAs<PostgresActivity>()->statements.first().query.contains(u"teams"_s),
                     qPrintable(s->detailAs<PostgresActivity>()->statements.first().query));
            QCOMPARE(s->detailAs<PostgresActivity>()->statements.first().user, u"app"_s);
        }
        {
            Load slow(ep.postgresApp, "SELECT pg_sleep(0.3)");
            const auto s = run.waitForSnapshot(
                [](const Snapshot &x) { return x.value(metric::PgLatencyMs) > 250; }, 15000);
            QVERIFY2(s, "latency never rose above 250 ms under pg_sleep(0.3)");
            QVERIFY(s->value(metric::PgLatencyMs) > fast * 10);
            QVERIFY(s->value(metric::PgLatencyMs) < 1000);
            QVERIFY(
                s->detailAs<PostgresActivity>()->statements.first().query.contains(u"pg_sleep"_s));
        }
        verifyNeverNegative(run.snapshots);
    }

    void lockWaitsAndTheLongestStatement()
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        pqxx::connection holder(ep.postgresApp.toStdString());
        pqxx::work lock(holder);
        lock.exec("LOCK TABLE teams IN ACCESS EXCLUSIVE MODE");
        Load blocked(ep.postgresApp, "SELECT count(*) FROM teams");
        test::SamplerRun run(test::postgresTarget(ep.postgres), 500);
        const auto s = run.waitForSnapshot(
            [](const Snapshot &x) {
                return x.value(metric::PgWaitingOnLocks) >= 1 &&
                       x.value(metric::PgLongestQuerySec) > 1.0;
            },
            15000);
        lock.abort();
        QVERIFY2(s, "the blocked session was not seen");
        QVERIFY(s->detailAs<PostgresActivity>()->longestQuery.contains(u"teams"_s));
        QCOMPARE(s->detailAs<PostgresActivity>()->longestUser, u"app"_s);
        QVERIFY(s->value(metric::PgActive) >= 1);
        QVERIFY(s->value(metric::PgIdleInXact) >= 1); // the lock holder
    }

    void statisticsResetIsAGap()
    {
        test::SamplerRun run(test::postgresTarget(test::TestSandbox::endpoints().postgres), 400);
        QVERIFY(run.collect(3, 10000).size() == 3);
        QString error;
        QVERIFY2(test::execAsSuperuser(u"SELECT pg_stat_statements_reset()"_s, &error),
                 qPrintable(error));
        const auto reset = run.waitForSnapshot(
            [](const Snapshot &s) { return s.continuity == Snapshot::Continuity::Reset; }, 5000);
        QVERIFY(reset);
        QVERIFY(!reset->has(metric::PgCallsPerSec));
        QCOMPARE(reset->events.first().kind, TimelineEvent::Kind::StatisticsReset);
        QVERIFY2(test::execAsSuperuser(u"SELECT pg_stat_reset()"_s, &error), qPrintable(error));
        QVERIFY(run.waitForSnapshot(
            [](const Snapshot &s) { return s.continuity == Snapshot::Continuity::Reset; }, 5000));
        QVERIFY(run.collect(2, 5000).last().has(metric::PgXactPerSec));
        verifyNeverNegative(run.snapshots);
    }

    void restartGivesAGapAndAReconnect()
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        test::SamplerRun run(test::postgresTarget(ep.postgres), 300);
        QVERIFY(run.collect(3, 10000).size() == 3);
        const qsizetype beforeStop = run.snapshots.size();
        QString error;
        QVERIFY2(test::TestSandbox::instance().stopPostgres(true, &error), qPrintable(error));
        QVERIFY(run.waitForState(SamplerStatus::State::Reconnecting, 10000));
        QVERIFY(run.statuses.last().lastError.isConnectionProblem());
        QVERIFY2(test::TestSandbox::instance().startPostgres(&error), qPrintable(error));
        QVERIFY(run.waitForState(SamplerStatus::State::Sampling, 40000));
        // The first snapshot after the outage (it may have arrived with the status already).
        const auto back = run.waitForSnapshot(
            [](const Snapshot &s) { return s.continuity != Snapshot::Continuity::Continuous; },
            10000, beforeStop);
        QVERIFY(back);
        QCOMPARE(back->continuity, Snapshot::Continuity::Reconnected);
        QVERIFY(!back->has(metric::PgXactPerSec));
        const auto next = run.waitForSnapshot(
            [](const Snapshot &s) { return s.continuity == Snapshot::Continuity::Continuous; },
            10000, run.lastFound + 1);
        QVERIFY(next && next->has(metric::PgXactPerSec));
        verifyNeverNegative(run.snapshots);
    }

    void missingPrivilegeIsANote()
    {
        // sonde_monitor has pg_monitor (which includes pg_read_all_stats): no note. A role
        // without it gets one, and sampling still works.
        QString error;
        QVERIFY2(test::execAsSuperuser(u"DROP ROLE IF EXISTS plain_watcher; "
                                       "CREATE ROLE plain_watcher LOGIN PASSWORD 'watch-pw'"_s,
                                       &error),
                 qPrintable(error));
        QString uri = test::TestSandbox::endpoints().postgres;
        uri.replace(QRegularExpression(u"//[^@]*@"_s), u"//plain_watcher:watch-pw@"_s);
        test::SamplerRun run(test::postgresTarget(uri), 400);
        QVERIFY(run.waitForState(SamplerStatus::State::Sampling, 10000));
        QVERIFY2(run.statuses.last().notes.join(u' ').contains(u"pg_read_all_stats"_s),
                 qPrintable(run.statuses.last().notes.join(u' ')));
        QVERIFY(run.collect(2, 5000).size() == 2);
    }

    void cleanupTestCase() { test::TestSandbox::stop(); }
};

SONDE_TEST_GUILESS_MAIN(TestPostgresSampler)
#include "tst_postgres_sampler.moc"
