// The Slow queries, Sessions and Plan pages of the real main window against the sandbox
// under the demo application's load: statements ranked, one explained (generic, then with
// ANALYZE, then compared after an index), a blocked session shown with its blocker and
// canceled, read-only targets refused. With SONDE_SCREENSHOT_DIR set it saves the
// screenshots of docs/screenshots/ (SONDE_SCREENSHOT_SCALE sizes the demo data).
#include "ColumnFit.h"
#include "DataTreeView.h"
#include "MainWindow.h"
#include "TestMain.h"
#include "TestSandbox.h"
#include "common/Translations.h"
#include "connection/RedisClient.h"
#include "demo/DemoWorkload.h"
#include "monitoring/TimelineEventStore.h"
#include "plan/PlanDiffView.h"
#include "plan/PlanPage.h"
#include "plan/PlanView.h"
#include "redis/RedisSlowLogModel.h"
#include "sessions/BlockingTreeModel.h"
#include "sessions/SessionModel.h"
#include "sessions/SessionsPage.h"
#include "sql/OwnStatements.h"
#include "statements/RedisSlowLogPane.h"
#include "statements/SlowQueriesPage.h"
#include "statements/SlowQueryModel.h"
#include "statements/StatementDetailsPane.h"
#include "statements/StatementSeriesChart.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;
using namespace sonde;

class TestGuiPages : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // The English plural forms, as the application installs them ("6 sessions", not
        // "6 session(s)" in the screenshots).
        QCOMPARE(installTranslations(qApp, u"en"_s), u"en"_s);
        QString error;
        const double scale = qEnvironmentVariableIsSet("SONDE_SCREENSHOT_SCALE")
                                 ? qEnvironmentVariable("SONDE_SCREENSHOT_SCALE").toDouble()
                                 : 0.02;
        QVERIFY2(test::TestSandbox::ensureDemoSeeded(&error, scale), qPrintable(error));
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        RedisEndpoint redis;
        QVERIFY(RedisEndpoint::parse(ep.redis, &redis, &error));
        RedisClient client;
        QVERIFY(!client.open(redis, 5000, 5000, "report-worker"));
        RedisReply reply;
        // Log commands slower than 0.1 ms, so the demo's own load leaves entries.
        QVERIFY(!client.command({"CONFIG", "SET", "slowlog-log-slower-than", "100"}, &reply));
        // … and one that surely is: reading back a long list in one go.
        QList<QByteArray> push{"RPUSH", "report:queue"};
        for (int i = 0; i < 20000; ++i)
            push << QByteArray("job-") + QByteArray::number(i);
        QVERIFY(!client.command(push, &reply));
        QVERIFY(!client.command({"LRANGE", "report:queue", "0", "-1"}, &reply));
        DemoWorkloadSettings load;
        load.postgres = ep.pgbouncer;
        load.redis = ep.redis;
        load.requestsPerSecond = 60;
        load.reportEverySeconds = 8;
        load.cacheMode = DemoWorkloadSettings::CacheMode::Thrashing;
        QVERIFY2(m_load.start(load, &error), qPrintable(error));

        m_window = std::make_unique<MainWindow>();
        // The size a new user gets: every column must read whole at it.
        m_window->resize(test::DefaultWindowWidth, test::DefaultWindowHeight);
        Target pg;
        pg.id = u"demo-postgres"_s;
        pg.kind = TargetKind::PostgreSQL;
        pg.name = u"Demo PostgreSQL"_s;
        pg.uri = ep.postgres;
        Target r;
        r.id = u"demo-redis"_s;
        r.kind = TargetKind::Redis;
        r.name = u"Demo Redis"_s;
        r.uri = ep.redis;
        m_window->targets()->upsert(pg);
        m_window->targets()->upsert(r);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void slowQueriesRankTheDemoStatements()
    {
        QVERIFY(m_window->showView(u"slowQueriesPage"_s));
        auto *page = m_window->findChild<SlowQueriesPage *>();
        QVERIFY(page);
        QSignalSpy sampled(page, &SlowQueriesPage::sampled);
        // A baseline, then let the demo run, then a second sample: rankings are deltas.
        if (sampled.isEmpty())
            QVERIFY(sampled.wait(20000));
        QTest::qWait(qEnvironmentVariableIsSet("SONDE_SCREENSHOT_DIR") ? 45000 : 8000);
        page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 3, 20000);
        QVERIFY2(page->selectStatement(u"FROM deployments WHERE project_id = $1"_s),
                 qPrintable(page->statusText()));
        const SlowStatement &s = page->details()->statement();
        QVERIFY(s.calls > 0);
        QVERIFY(page->details()->chart()->pointCount() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(page->redisSlowLog()->model()->rowCount() > 0, 20000);
        // Each slow-log entry that appears from now on is also a marker on the dashboard's
        // time axis (what was in the log before Sonde looked is listed, not marked).
        {
            QString error;
            RedisEndpoint redis;
            QVERIFY(RedisEndpoint::parse(test::TestSandbox::endpoints().redis, &redis, &error));
            RedisClient client;
            QVERIFY(!client.open(redis, 5000, 5000, "report-worker"));
            RedisReply reply;
            QVERIFY(!client.command({"LRANGE", "report:queue", "0", "-1"}, &reply));
        }
        auto slowLogMarked = [this]() {
            const QList<TimelineEvent> events = m_window->timeline()->between(
                QDateTime::currentDateTimeUtc().addSecs(-3600), QDateTime::currentDateTimeUtc());
            return std::any_of(events.cbegin(), events.cend(), [](const TimelineEvent &e) {
                return e.kind == TimelineEvent::Kind::SlowLogEntry &&
                       e.targetId == u"demo-redis"_s && e.text.contains(u"LRANGE"_s);
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(slowLogMarked(), 20000);
        QVERIFY(page->statusText().contains(u"statements"_s));
        for (DataTableView *table : page->findChildren<DataTableView *>()) {
            if (table->isVisible() && table->model()->rowCount() > 0)
                QVERIFY2(test::clippedColumns(table).isEmpty(),
                         qPrintable(test::clippedColumns(table).join(u", "_s)));
        }
        // The ranking's figures sit beside the statement and the detail pane: no sideways
        // scrolling at the default window size.
        DataTableView *ranking = nullptr;
        for (DataTableView *table : page->findChildren<DataTableView *>()) {
            if (table->accessibleName() == SlowQueriesPage::tr("Slow statements"))
                ranking = table;
        }
        QVERIFY(ranking);
        QCOMPARE(ranking->horizontalScrollBar()->maximum(), 0);
        // None of the ranked statements is one Sonde sent itself (monitoring, health, plans).
        for (int r = 0; r < page->model()->rowCount(); ++r) {
            const QString text =
                page->model()->index(r, 0).data(SlowQueryModel::FullTextRole).toString();
            QVERIFY2(!OwnStatements::isSonde(text), qPrintable(text));
        }
        shot(u"slow-queries.png"_s);
    }

    void explainFromTheListThenAnalyzeAndCompare()
    {
        auto *slow = m_window->findChild<SlowQueriesPage *>();
        auto *plans = m_window->findChild<PlanPage *>();
        QVERIFY(slow && plans);
        QSignalSpy explained(plans, &PlanPage::explained);
        // From the keyboard, as in an incident: Ctrl+Shift+C copies the selected statement,
        // Ctrl+E explains it (a generic plan on the Plan page).
        QVERIFY(m_window->showView(u"slowQueriesPage"_s));
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(!slow->selectedQuery().isEmpty());
        QApplication::clipboard()->clear();
        QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::clipboard()->text(), slow->selectedQuery());
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(m_window->currentView(), plans);
        QVERIFY(explained.wait(30000));
        auto r = explained.takeFirst().at(0).value<ExplainResult>();
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.mode, ExplainRequest::Mode::GenericPlan);
        QVERIFY(plans->planView()->findings().size() > 0);

        // With real values, run: EXPLAIN ANALYZE on the demo data.
        plans->explain(u"demo-postgres"_s,
                       u"SELECT id, environment, status, commit_sha, created_at, duration_ms FROM "
                       "deployments WHERE project_id = 42 ORDER BY created_at DESC LIMIT 20"_s,
                       ExplainRequest::Mode::Analyze);
        QVERIFY(explained.wait(60000));
        r = explained.takeFirst().at(0).value<ExplainResult>();
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QVERIFY(r.plan.isAnalyzed());
        const auto seq =
            std::find_if(r.findings.cbegin(), r.findings.cend(), [](const PlanFinding &f) {
                return f.kind == PlanFinding::Kind::SeqScanFilter;
            });
        QVERIFY(seq != r.findings.cend());
        QVERIFY2(seq->text.contains(u"Seq Scan on deployments reads"_s) &&
                     seq->text.contains(u"an index on project_id would avoid it"_s),
                 qPrintable(seq->text));
        shot(u"plan.png"_s);

        // Keep it, add the index the finding asks for, explain again: the comparison.
        plans->keepAsBaseline();
        QString error;
        QVERIFY2(test::execAsSuperuser(u"CREATE INDEX deployments_project_created_idx ON "
                                       "deployments (project_id, created_at)"_s,
                                       &error),
                 qPrintable(error));
        plans->runExplain();
        QVERIFY(explained.wait(60000));
        r = explained.takeFirst().at(0).value<ExplainResult>();
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        plans->tabs()->setCurrentWidget(plans->diffView());
        const PlanDiff &d = plans->diffView()->diff();
        QVERIFY(d.changedCount() > 0);
        QVERIFY(d.totalTimeAfter < d.totalTimeBefore);
        QVERIFY(d.totalCostAfter < d.totalCostBefore);
        shot(u"plan-diff.png"_s);
        QVERIFY(test::execAsSuperuser(u"DROP INDEX deployments_project_created_idx"_s, &error));

        // A write explained with ANALYZE leaves nothing behind.
        plans->setWritesConfirmed(true);
        plans->explain(u"demo-postgres"_s, u"DELETE FROM audit_logs WHERE id <= 100"_s,
                       ExplainRequest::Mode::Analyze);
        QVERIFY(explained.wait(60000));
        r = explained.takeFirst().at(0).value<ExplainResult>();
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QVERIFY(r.rolledBack);
        pqxx::connection c(test::TestSandbox::endpoints().postgresApp.toStdString());
        pqxx::nontransaction tx(c);
        QCOMPARE(tx.exec1("SELECT count(*) FROM audit_logs WHERE id <= 100")[0].as<int>(), 100);
    }

    void blockedSessionShowsItsBlocker()
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        pqxx::connection a(ep.postgresApp.toStdString());
        pqxx::work holder(a);
        holder.exec("UPDATE projects SET name = name WHERE id = 7");
        std::atomic<int> waiterPid{0};
        QFuture<QString> waiter = QtConcurrent::run([&]() -> QString {
            try {
                pqxx::connection b(ep.postgresApp.toStdString());
                waiterPid = b.backendpid();
                pqxx::work tx(b);
                tx.exec("UPDATE projects SET visibility = visibility WHERE id = 7");
                tx.commit();
                return u"committed"_s;
            } catch (const std::exception &e) {
                return QString::fromUtf8(e.what());
            }
        });
        QVERIFY(m_window->showView(u"sessionsPage"_s));
        auto *page = m_window->findChild<SessionsPage *>();
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->blockingTree()->rowCount() > 0 && waiterPid > 0 &&
                                     page->model()->rowOfPid(waiterPid) >= 0,
                                 20000);
        const QModelIndex root = page->blockingTree()->index(0, 0);
        QCOMPARE(root.data(BlockingTreeModel::PidRole).toInt(), a.backendpid());
        QCOMPARE(page->blockingTree()->index(0, 0, root).data(BlockingTreeModel::PidRole).toInt(),
                 int(waiterPid));
        QVERIFY(page->selectPid(waiterPid));
        // Who, what and for how long fit beside the blocking tree: no sideways scrolling at
        // the default window size, the statement column takes what the others leave.
        DataTableView *sessions = nullptr;
        for (DataTableView *table : page->findChildren<DataTableView *>()) {
            if (table->accessibleName() == SessionsPage::tr("Sessions"))
                sessions = table;
        }
        QVERIFY(sessions);
        QTRY_COMPARE(sessions->horizontalScrollBar()->maximum(), 0);
        shot(u"sessions.png"_s);
        // The tree exports as an incident note needs it: the waiter nested under its blocker.
        auto *treeView = page->findChild<DataTreeView *>();
        QVERIFY(treeView);
        QTemporaryDir exportDir;
        const QString json = exportDir.filePath(u"blocking-tree.json"_s);
        QVERIFY(treeView->exportJson(json));
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray roots = QJsonDocument::fromJson(f.readAll()).array();
        QVERIFY(!roots.isEmpty());
        const QJsonArray waiting = roots.at(0).toObject().value(u"children"_s).toArray();
        QVERIFY2(!waiting.isEmpty() && waiting.at(0)
                                           .toObject()
                                           .value(u"Session"_s)
                                           .toString()
                                           .contains(QString::number(waiterPid)),
                 qPrintable(QString::fromUtf8(QJsonDocument(roots).toJson())));
        QVERIFY(treeView->exportCsv(exportDir.filePath(u"blocking-tree.csv"_s)));

        QSignalSpy done(page, &SessionsPage::signalDone);
        page->signalSelected(SessionsAccess::Signal::Cancel, false);
        QVERIFY(done.wait(15000));
        QVERIFY2(done.first().at(0).toString().contains(u"canceled"_s),
                 qPrintable(done.first().at(0).toString()));
        waiter.waitForFinished();
        QVERIFY(waiter.result().contains(u"canceling statement"_s));
        holder.abort();
    }

    void readOnlyTargetsRefuseWrites()
    {
        Target pg = m_window->targets()->byId(u"demo-postgres"_s);
        pg.readOnly = true;
        m_window->targets()->upsert(pg);
        auto *sessions = m_window->findChild<SessionsPage *>();
        QVERIFY(sessions->statusText().contains(u"Read-only"_s));
        const auto buttons = sessions->findChildren<QPushButton *>();
        for (QPushButton *b : buttons) {
            if (b->text().contains(u"Terminate"_s) || b->text().contains(u"Cancel query"_s))
                QVERIFY(!b->isEnabled());
        }
        auto *plans = m_window->findChild<PlanPage *>();
        QSignalSpy explained(plans, &PlanPage::explained);
        plans->explain(u"demo-postgres"_s, u"UPDATE users SET status = 'x' WHERE id = 1"_s,
                       ExplainRequest::Mode::Analyze);
        QVERIFY(explained.wait(30000));
        const auto r = explained.takeFirst().at(0).value<ExplainResult>();
        QCOMPARE(r.error.kind, DbError::Kind::ReadOnlyRefused);
        QVERIFY(plans->statusText().contains(u"read-only"_s));
    }

    void cleanupTestCase()
    {
        m_load.stop();
        m_window.reset();
        test::TestSandbox::stop();
    }

private:
    void shot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("SONDE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(300);
        QVERIFY(m_window->grab().save(dir + u'/' + name));
    }

    DemoWorkload m_load;
    std::unique_ptr<MainWindow> m_window;
};

SONDE_TEST_GUI_MAIN(TestGuiPages)
#include "tst_gui_pages.moc"
