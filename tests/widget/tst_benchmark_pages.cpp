// The benchmark page, the comparison page and the prove-it flow, offscreen, against the
// sandbox servers. With SONDE_SCREENSHOT_DIR set, the pages and page 1 of the exported PDF
// are saved there (docs/screenshots).
#include "ColumnFit.h"
#include "DataTableView.h"
#include "SteadyRun.h"
#include "TestMain.h"
#include "TestSandbox.h"
#include "bench/BenchmarkConfigForm.h"
#include "bench/BenchmarkPage.h"
#include "bench/BenchmarkProgressModel.h"
#include "bench/BenchmarkRunModel.h"
#include "bench/BenchmarkRunner.h"
#include "bench/BenchmarkStore.h"
#include "bench/ComparisonPage.h"
#include "bench/LiveBenchmarkChart.h"
#include "bench/PgbenchSchema.h"
#include "bench/ProveItWizard.h"
#include "common/Translations.h"
#include "connection/PgSession.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBlock>

#include <pqxx/nontransaction>
#include <pqxx/pqxx>

using namespace Qt::StringLiterals;
using namespace sonde;

class TestBenchmarkPages : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TargetList m_targets;
    QString storePath() const { return m_dir.filePath(u"runs.sqlite"_s); }
    static QString screenshotDir() { return qEnvironmentVariable("SONDE_SCREENSHOT_DIR"); }
    static void shoot(QWidget *w, const QString &name)
    {
        if (screenshotDir().isEmpty())
            return;
        QVERIFY(w->grab().save(screenshotDir() + u'/' + name));
    }
    static qint64 superuserNumber(const QString &sql)
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        pqxx::connection c(ep.superuserFor(ep.database).toStdString());
        pqxx::nontransaction tx(c);
        return tx.exec(sql.toStdString())[0][0].as<long long>();
    }
    static void applicationTraffic()
    {
        // What the demo application runs, for pg_stat_statements to capture — alone, so
        // the replay's top statements are these and not the earlier tests' pgbench runs.
        QString error;
        QVERIFY2(test::execAsSuperuser(u"SELECT pg_stat_statements_reset()"_s, &error),
                 qPrintable(error));
        PgSession s;
        QVERIFY(!s.open(test::TestSandbox::endpoints().postgresApp));
        const DbError err = s.run([](pqxx::connection &conn) {
            pqxx::nontransaction tx(conn);
            for (int i = 1; i <= 40; ++i) {
                tx.exec_params("SELECT action, target_type, target_id, created_at FROM audit_logs "
                               "WHERE user_id = $1 ORDER BY created_at DESC LIMIT 50",
                               i);
                tx.exec_params("SELECT id, name, slug, created_at FROM projects WHERE owner_id = "
                               "$1 ORDER BY created_at DESC",
                               i);
            }
        });
        QVERIFY2(!err, qPrintable(err.toString()));
    }

private slots:
    void initTestCase()
    {
        // The English plural forms, as the application installs them ("8 clients").
        QCOMPARE(installTranslations(qApp, u"en"_s), u"en"_s);
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(test::TestSandbox::ensureDemoSeeded(&error, 0.05), qPrintable(error));
        PgSession session;
        QVERIFY(!session.open(test::TestSandbox::endpoints().postgresApp));
        const DbError err = PgbenchSchema::initialize(session, 1, {}, nullptr);
        QVERIFY2(!err, qPrintable(err.toString()));
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        Target pg{u"demo-postgres"_s,
                  TargetKind::PostgreSQL,
                  u"Demo PostgreSQL"_s,
                  ep.postgresApp,
                  {},
                  false};
        Target bouncer{u"demo-pgbouncer"_s, TargetKind::PgBouncer, u"Demo PgBouncer"_s,
                       ep.pgbouncerAdmin,   ep.pgbouncer,          false};
        Target redis{u"demo-redis"_s, TargetKind::Redis, u"Demo Redis"_s, ep.redis, {}, false};
        m_targets.upsert(pg);
        m_targets.upsert(bouncer);
        m_targets.upsert(redis);
    }
    void cleanupTestCase() { test::TestSandbox::stop(); }

    void replayFormNeedsNoHorizontalScrollBar()
    {
        BenchmarkPage page(&m_targets, nullptr, storePath());
        page.resize(test::DefaultWindowWidth, test::DefaultWindowHeight);
        page.show();
        BenchmarkConfig c;
        c.targetId = u"demo-postgres"_s;
        c.workload = WorkloadKind::Replay;
        page.form()->setConfig(c);
        auto *workload = page.findChild<QComboBox *>(u"benchWorkload"_s);
        const int replay = workload->findData(int(WorkloadKind::Replay));
        QVERIFY(replay >= 0);
        workload->setCurrentIndex(replay);
        QApplication::processEvents();
        auto *scroll = page.findChild<QScrollArea *>(u"benchFormScroll"_s);
        QVERIFY(scroll);
        QTRY_COMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
        shoot(&page, u"benchmark-replay-form.png"_s);
    }

    void runFromThePageWithALiveChart()
    {
        BenchmarkPage page(&m_targets, nullptr, storePath());
        page.resize(1400, 900);
        page.show();
        QAbstractItemModelTester tester(page.runs());
        BenchmarkConfig c;
        c.targetId = u"demo-pgbouncer"_s;
        c.throughPooler = true;
        c.workload = WorkloadKind::SelectOnly;
        c.clients = 8;
        c.threads = 2;
        c.durationSeconds = 4;
        c.name = u"select-only via PgBouncer"_s;
        page.form()->setConfig(c);
        QVERIFY(page.form()->currentTargetThroughPooler());
        QSignalSpy finished(&page, &BenchmarkPage::runFinished);
        auto *run = page.findChild<QPushButton *>(u"benchRun"_s);
        QVERIFY(run && run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(!run->isEnabled()); // one run at a time
        QTRY_VERIFY_WITH_TIMEOUT(page.chart()->pointCount() >= 2, 15000);
        QVERIFY(finished.wait(30000));
        const auto r = finished.first().first().value<BenchmarkResult>();
        QCOMPARE(r.status, BenchmarkResult::Status::Completed);
        QVERIFY(r.transactions > 0);
        QCOMPARE(page.runs()->rowCount(), 1);
        QVERIFY(page.findChild<QLabel *>(u"benchSummary"_s)->text().contains(u"tx/s"_s));
        QVERIFY(page.chart()->pointCount() >= 4);
        shoot(&page, u"benchmark-page.png"_s);
        // The same seconds as a table, for screen readers and exact figures.
        QCOMPARE(page.chart()->numbers()->rowCount(), page.chart()->pointCount());
        auto *tabs = page.chart()->findChild<QTabWidget *>();
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
        shoot(&page, u"benchmark-numbers.png"_s);
    }

    void scriptErrorIsMarkedInTheEditor()
    {
        // The page accepts pgbench scripts; one that pgbench would refuse is not run: its
        // line is marked in the editor and the reason shown under it, then the fixed script
        // runs and reports per script.
        BenchmarkPage page(&m_targets, nullptr, storePath());
        page.resize(1400, 900);
        page.show();
        BenchmarkConfig c;
        c.targetId = u"demo-postgres"_s;
        c.workload = WorkloadKind::Script;
        c.clients = 2;
        c.threads = 1;
        c.transactions = 50;
        c.scripts << BenchScript{u"mix.sql"_s,
                                 u"\\set aid random(1, 100000 * :scale)\n"
                                 "\\if :aid % 2 = 0\n"
                                 "SELECT abalance FROM pgbench_accounts WHERE aid = :aid \\gset\n"
                                 "\\else\n"
                                 "\\set delta random_zipfian(-5000, 5000, 1.07 +\n"
                                 "\\endif\n"_s,
                                 1};
        page.form()->setConfig(c);
        QVERIFY(!page.startRun());
        auto *error = page.findChild<QLabel *>(u"benchScriptError"_s);
        QVERIFY(error && error->isVisible());
        QVERIFY2(error->text().startsWith(u"Line 5: syntax error"_s), qPrintable(error->text()));
        auto *editor = page.findChild<QPlainTextEdit *>(u"benchScript"_s);
        const QList<QTextEdit::ExtraSelection> marks = editor->extraSelections();
        QVERIFY(!marks.isEmpty());
        QCOMPARE(marks.first().cursor.blockNumber(), 4);
        QCOMPARE(page.findChild<QLabel *>(u"benchStatus"_s)->text(),
                 u"The script cannot run: line 5 is marked in the editor."_s);
        shoot(&page, u"benchmark-script-error.png"_s);

        QTextCursor line(editor->document()->findBlockByNumber(4));
        line.select(QTextCursor::LineUnderCursor);
        line.insertText(u"\\set delta random_zipfian(-5000, 5000, 1.07)"_s);
        page.form()->checkScript();
        QVERIFY(!error->isVisible());
        QVERIFY(editor->extraSelections().isEmpty());
        QSignalSpy finished(&page, &BenchmarkPage::runFinished);
        QVERIFY(page.startRun());
        QVERIFY(finished.wait(30000));
        const auto r = finished.first().first().value<BenchmarkResult>();
        QVERIFY2(r.status == BenchmarkResult::Status::Completed, qPrintable(r.error));
        QCOMPARE(r.transactions, qint64(50));
        QCOMPARE(r.scripts.size(), 1);
        QCOMPARE(r.scripts.first().commands.size(), 6);
    }

    void stopCancelsTheRun()
    {
        BenchmarkPage page(&m_targets, nullptr, storePath());
        BenchmarkConfig c;
        c.targetId = u"demo-redis"_s;
        c.workload = WorkloadKind::RedisGet;
        c.clients = 4;
        c.threads = 1;
        c.durationSeconds = 120;
        page.form()->setConfig(c);
        QSignalSpy finished(&page, &BenchmarkPage::runFinished);
        QVERIFY(page.startRun());
        QTest::qWait(1500);
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(page.findChild<QPushButton *>(u"benchStop"_s), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(finished.first().first().value<BenchmarkResult>().status,
                 BenchmarkResult::Status::Canceled);
    }

    void proveItBeforeApplyAfterThenCompare()
    {
        applicationTraffic();
        BenchmarkConfig c;
        c.targetId = u"demo-postgres"_s;
        c.workload = WorkloadKind::Replay;
        c.uri = test::TestSandbox::endpoints().postgresApp;
        c.clients = 4;
        c.threads = 2;
        c.durationSeconds = 4;
        c.replayTop = 2;
        const Target pg = m_targets.byId(u"demo-postgres"_s);
        ProveItWizard wizard(c, pg, storePath());
        QSignalSpy steps(&wizard, &ProveItWizard::stepFinished);
        QSignalSpy compare(&wizard, &ProveItWizard::compareRequested);
        wizard.show();
        wizard.runBefore();
        QVERIFY(steps.wait(60000));
        QVERIFY2(wizard.beforeId() > 0, "the before run is stored");
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ProveItWizard::ApplyPage));
        wizard.ddlEditor()->setPlainText(
            u"CREATE INDEX CONCURRENTLY audit_logs_user_created_idx\n"
            "    ON audit_logs (user_id, created_at);\n"
            "CREATE INDEX CONCURRENTLY projects_owner_idx ON projects (owner_id);"_s);
        wizard.applyDdl(true);
        QVERIFY(steps.wait(60000));
        QCOMPARE(wizard.applied().size(), 2);
        QCOMPARE(superuserNumber(u"SELECT count(*) FROM pg_indexes WHERE indexname IN "
                                 "('audit_logs_user_created_idx', 'projects_owner_idx')"_s),
                 qint64(2));
        wizard.next();
        wizard.runAfter();
        QVERIFY(steps.wait(60000));
        QVERIFY(wizard.afterId() > 0);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ProveItWizard::ResultPage));
        wizard.accept();
        QCOMPARE(compare.size(), 1);

        BenchmarkStore store;
        QVERIFY(store.open(storePath(), nullptr));
        BenchmarkResult before, after;
        QVERIFY(store.load(wizard.beforeId(), &before));
        QVERIFY(store.load(wizard.afterId(), &after));
        QCOMPARE(after.appliedDdl.size(), 2);
        QVERIFY(before.appliedDdl.isEmpty());
        // The index makes the replayed statements faster: the point of the exercise.
        QVERIFY2(after.throughput() > before.throughput(),
                 qPrintable(u"%1 → %2"_s.arg(before.throughput()).arg(after.throughput())));

        ComparisonPage page(nullptr, storePath());
        page.resize(1400, 900);
        page.show();
        QAbstractItemModelTester tester(page.figures());
        QVERIFY(page.compare(before.id, after.id));
        QVERIFY(page.figures()->rowCount() >= 9);
        QVERIFY2(page.planDiff().contains(u"- "_s) && page.planDiff().contains(u"+ "_s) &&
                     page.planDiff().contains(u"audit_logs_user_created_idx"_s),
                 qPrintable(page.planDiff()));
        shoot(&page, u"comparison-page.png"_s);

        const QString pdf = m_dir.filePath(u"report.pdf"_s);
        const QString html = m_dir.filePath(u"report.html"_s);
        QString error;
        QVERIFY2(page.exportPdf(pdf, &error), qPrintable(error));
        QVERIFY2(page.exportHtml(html, &error), qPrintable(error));
        QFile h(html);
        QVERIFY(h.open(QIODevice::ReadOnly));
        const QByteArray text = h.readAll();
        QVERIFY(text.contains("CREATE INDEX CONCURRENTLY audit_logs_user_created_idx"));
        QVERIFY(text.contains("Index"));
        if (!screenshotDir().isEmpty()) {
            QFile::remove(screenshotDir() + u"/report.pdf"_s);
            QVERIFY(QFile::copy(pdf, screenshotDir() + u"/report.pdf"_s));
            const QString pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_s);
            if (!pdftoppm.isEmpty())
                QCOMPARE(QProcess::execute(pdftoppm, {u"-png"_s, u"-r"_s, u"80"_s, u"-f"_s, u"1"_s,
                                                      u"-l"_s, u"1"_s, u"-singlefile"_s, pdf,
                                                      screenshotDir() + u"/report-page1"_s}),
                         0);
        }
        superuserNumber(u"SELECT count(*) FROM (SELECT 1) x"_s);
        QString dropError;
        QVERIFY(test::execAsSuperuser(
            u"DROP INDEX audit_logs_user_created_idx; DROP INDEX projects_owner_idx"_s,
            &dropError));
    }

    void sortedRunsCompareTheRunsSelected()
    {
        // Three stored runs; the table sorted by throughput, so its rows are not the
        // store's order. What is selected is what is compared, and a stored run selected
        // alone is drawn in the chart with its seconds.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sorted.sqlite"_s);
        QList<qint64> ids;
        {
            BenchmarkStore store;
            QVERIFY(store.open(path, nullptr));
            for (double tps : {300.0, 100.0, 200.0}) {
                BenchmarkResult r = test::steadyRun(tps);
                QVERIFY(store.saveRun(&r));
                ids << r.id;
            }
        }
        BenchmarkPage page(&m_targets, nullptr, path);
        page.resize(1400, 900);
        page.show();
        auto *table = page.findChild<DataTableView *>(u"benchRuns"_s);
        QVERIFY(table);
        table->sortByColumn(BenchmarkRunModel::Throughput, Qt::AscendingOrder);
        // Sorted: 100 (ids[1]), 200 (ids[2]), 300 (ids[0]).
        QCOMPARE(table->model()->index(0, BenchmarkRunModel::Id).data().toLongLong(), ids[1]);
        table->selectRow(0);
        QTRY_COMPARE(page.chart()->pointCount(), 3);
        QCOMPARE(page.chart()->numbers()->rowCount(), 3);
        QCOMPARE(page.chart()->numbers()->progress().first().throughput, 100.0);
        QSignalSpy compare(&page, &BenchmarkPage::compareRequested);
        table->selectionModel()->select(table->model()->index(2, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTest::mouseClick(page.findChild<QPushButton *>(u"benchCompare"_s), Qt::LeftButton);
        QCOMPARE(compare.size(), 1);
        QCOMPARE(compare.first().at(0).toLongLong(), std::min(ids[0], ids[1]));
        QCOMPARE(compare.first().at(1).toLongLong(), std::max(ids[0], ids[1]));
    }

    void readOnlyTargetRefusesTheChanges()
    {
        Target pg = m_targets.byId(u"demo-postgres"_s);
        pg.readOnly = true;
        BenchmarkConfig c;
        c.workload = WorkloadKind::SelectOnly;
        ProveItWizard wizard(c, pg, storePath());
        wizard.ddlEditor()->setPlainText(u"CREATE INDEX x ON pgbench_accounts (bid);"_s);
        wizard.applyDdl(true);
        QSignalSpy steps(&wizard, &ProveItWizard::stepFinished);
        QVERIFY(steps.wait(10000));
        QVERIFY(wizard.applied().isEmpty());
        QCOMPARE(superuserNumber(u"SELECT count(*) FROM pg_indexes WHERE indexname = 'x'"_s),
                 qint64(0));
    }
};

SONDE_TEST_GUI_MAIN(TestBenchmarkPages)
#include "tst_benchmark_pages.moc"
