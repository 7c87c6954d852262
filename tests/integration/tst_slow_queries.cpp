// Slow queries against the sandbox, as a role with only pg_monitor: rankings from deltas
// over a window, a slow statement tops its window and is gone from a later one, N+1
// suspects, and what the view says when the extension or a privilege is missing.
#include "FeedProbe.h"
#include "SamplerRun.h"
#include "TestMain.h"
#include "TestSandbox.h"
#include "statements/SlowQueryModel.h"
#include "statements/StatementWindow.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;
using namespace sonde;

class TestSlowQueries : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::TestSandbox::ensureDemoSeeded(&error), qPrintable(error));
        QVERIFY2(test::execAsSuperuser(u"SELECT pg_stat_statements_reset()"_s, &error),
                 qPrintable(error));
        m_app = std::make_unique<pqxx::connection>(
            test::TestSandbox::endpoints().postgresApp.toStdString());
    }

    void slowStatementTopsItsWindowAndDropsOut()
    {
        StatementHistory history;
        // Only on demand: the test decides when the samples are taken.
        test::FeedProbe sampler(
            test::postgresTarget(test::TestSandbox::endpoints().postgresMonitor), StatementsFeed,
            0);
        QSignalSpy spy(&sampler, &test::FeedProbe::read);
        QVERIFY(take(spy, &history)); // baseline

        run("SELECT pg_sleep(0.25), 'deliberately slow'", 3);
        run("SELECT count(*) FROM teams WHERE plan = 'free'", 40);
        sampler.request();
        QVERIFY(take(spy, &history));

        StatementWindowResult w = StatementWindow::compute(history, StatementWindowSpec::last(300));
        QVERIFY(!w.statements.isEmpty());
        const SlowStatement &top = w.statements.first();
        QVERIFY2(top.query.contains(u"pg_sleep"_s), qPrintable(top.query));
        QCOMPARE(top.calls, 3.0);
        QVERIFY(top.meanMs >= 250);
        QVERIFY(top.slow);
        QVERIFY(top.share > 0.5);
        QCOMPARE(top.role, u"app"_s);
        QCOMPARE(top.database, test::TestSandbox::endpoints().database);
        // The role has only pg_monitor and still reads other roles' texts.
        const int teams = indexOf(w, u"FROM teams"_s);
        QVERIFY(teams >= 0);
        QCOMPARE(w.statements.at(teams).calls, 40.0);
        QVERIFY(!w.statements.at(teams).slow);
        // Sonde's own statements are not ranked.
        QCOMPARE(indexOf(w, u"pg_stat_statements"_s), -1);

        // A marker, then only fast statements: the slow one is not in the later windows.
        sampler.request(u"marker"_s);
        QVERIFY(take(spy, &history));
        const QDateTime marker = history.lastSampleAt();
        QTest::qWait(2500);
        run("SELECT count(*) FROM teams WHERE plan = 'free'", 25);
        sampler.request();
        QVERIFY(take(spy, &history));

        const StatementWindowResult sinceMarker =
            StatementWindow::compute(history, StatementWindowSpec::sinceMarker(marker));
        QCOMPARE(indexOf(sinceMarker, u"pg_sleep"_s), -1);
        QCOMPARE(sinceMarker.statements.at(indexOf(sinceMarker, u"FROM teams"_s)).calls, 25.0);
        const StatementWindowResult lastTwo =
            StatementWindow::compute(history, StatementWindowSpec::last(2));
        QCOMPARE(indexOf(lastTwo, u"pg_sleep"_s), -1);
        QVERIFY(indexOf(lastTwo, u"FROM teams"_s) >= 0);
        // … while the whole history (and the lifetime totals) still hold it.
        const StatementWindowResult all =
            StatementWindow::compute(history, StatementWindowSpec::last(3600));
        QVERIFY(all.statements.first().query.contains(u"pg_sleep"_s));
        QCOMPARE(all.statements.at(indexOf(all, u"FROM teams"_s)).calls, 65.0);
        const StatementWindowResult reset =
            StatementWindow::compute(history, StatementWindowSpec::sinceReset());
        QVERIFY(reset.statements.first().query.contains(u"pg_sleep"_s));
        QVERIFY(reset.statements.first().maxExact);

        // Its own series: calls in the interval where it ran, none later.
        const QList<StatementPoint> series =
            StatementWindow::series(history, all, all.statements.first().key);
        QCOMPARE(series.size(), 3);
        QCOMPARE(series.at(0).calls, 3.0);
        QCOMPARE(series.at(2).calls, 0.0);

        SlowQueryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWindow(all);
        QCOMPARE(model.rowCount(), all.statements.size());
        QVERIFY(model.index(0, SlowQueryModel::FlagsColumn).data().toString().contains(u"slow"_s));
    }

    void nPlusOneIsSuspected()
    {
        StatementHistory history;
        test::FeedProbe sampler(
            test::postgresTarget(test::TestSandbox::endpoints().postgresMonitor), StatementsFeed,
            0);
        QSignalSpy spy(&sampler, &test::FeedProbe::read);

        QVERIFY(take(spy, &history));
        // "List the team's projects, then fetch each one": 1 + 20 queries per page view.
        for (const int pages : {2, 6, 3, 7, 4}) {
            pqxx::nontransaction tx(*m_app);
            for (int p = 0; p < pages; ++p) {
                const pqxx::result list = tx.exec_params(
                    "SELECT id FROM projects WHERE team_id = $1 ORDER BY id LIMIT 20", p + 1);
                for (int i = 0; i < 20; ++i)
                    tx.exec_params("SELECT name, slug FROM projects WHERE id = $1",
                                   list.empty() ? i + 1 : list[i % list.size()][0].as<int>());
            }
            sampler.request();
            QVERIFY(take(spy, &history));
        }
        const StatementWindowResult w =
            StatementWindow::compute(history, StatementWindowSpec::last(600));
        const int child = indexOf(w, u"FROM projects WHERE id = $1"_s);
        const int parent = indexOf(w, u"FROM projects WHERE team_id = $1"_s);
        QVERIFY(child >= 0 && parent >= 0);
        QVERIFY(w.statements.at(child).nPlusOne);
        QVERIFY(w.statements.at(child).nPlusOneParent == w.statements.at(parent).key);
        QVERIFY(qAbs(w.statements.at(child).nPlusOneRatio - 20.0) < 0.01);
        QVERIFY(!w.statements.at(parent).nPlusOne);
    }

    void missingExtensionSaysWhatToInstall()
    {
        QString error;
        QVERIFY2(test::execAsSuperuser(u"CREATE DATABASE no_statements"_s, &error, u"postgres"_s),
                 qPrintable(error));
        QVERIFY2(test::execAsSuperuser(u"DROP EXTENSION pg_stat_statements"_s, &error,
                                       u"no_statements"_s),
                 qPrintable(error));
        test::FeedProbe sampler(
            test::postgresTarget(test::TestSandbox::endpoints().superuserFor(u"no_statements"_s)),
            StatementsFeed, 0);
        QSignalSpy spy(&sampler, &test::FeedProbe::read);

        QVERIFY(spy.wait(10000));
        const auto s = spy.takeFirst().at(0).value<FeedReading>();
        QCOMPARE(s.error.kind, DbError::Kind::MissingExtension);
        QVERIFY2(s.error.message.contains(u"CREATE EXTENSION pg_stat_statements"_s),
                 qPrintable(s.error.message));
    }

    void missingPrivilegeSaysWhatToGrant()
    {
        QString error;
        QVERIFY2(test::execAsSuperuser(u"CREATE ROLE plain_login LOGIN"_s, &error),
                 qPrintable(error));
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        test::FeedProbe sampler(test::postgresTarget(u"host=%1 port=%2 dbname=%3 user=plain_login"_s
                                                         .arg(ep.postgresSocketDir)
                                                         .arg(ep.postgresPort)
                                                         .arg(ep.database)),
                                StatementsFeed, 0);
        QSignalSpy spy(&sampler, &test::FeedProbe::read);

        QVERIFY(spy.wait(10000));
        const auto r = spy.takeFirst().at(0).value<FeedReading>();
        QVERIFY2(r.isValid(), qPrintable(r.error.toString()));
        const auto s = r.value.value<StatementSnapshot>();
        QVERIFY2(s.warning.contains(u"GRANT pg_read_all_stats TO plain_login"_s),
                 qPrintable(s.warning));
    }

    void cleanupTestCase()
    {
        m_app.reset();
        test::TestSandbox::stop();
    }

private:
    void run(const char *sql, int times)
    {
        pqxx::nontransaction tx(*m_app);
        for (int i = 0; i < times; ++i)
            tx.exec(sql);
    }

    static bool take(QSignalSpy &spy, StatementHistory *history)
    {
        if (spy.isEmpty() && !spy.wait(15000))
            return false;
        const auto r = spy.takeFirst().at(0).value<FeedReading>();
        if (!r.isValid()) {
            qWarning() << r.error.toString();
            return false;
        }
        history->add(r.value.value<StatementSnapshot>());
        return true;
    }

    static int indexOf(const StatementWindowResult &w, const QString &fragment)
    {
        for (int i = 0; i < w.statements.size(); ++i) {
            if (w.statements.at(i).query.contains(fragment))
                return i;
        }
        return -1;
    }

    std::unique_ptr<pqxx::connection> m_app;
};

SONDE_TEST_GUILESS_MAIN(TestSlowQueries)
#include "tst_slow_queries.moc"
