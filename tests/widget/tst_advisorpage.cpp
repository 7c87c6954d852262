// The advisor page offscreen against the sandbox: advice runs without freezing the GUI,
// the details show costs and plans, applying asks for confirmation and builds with the
// change log updated, plans are re-checked, revert drops, read-only targets cannot apply,
// a new target triggers the cleanup of a build a dead Sonde left, and advice that could not
// plan part of the workload says so above everything and takes the user's example.
// SONDE_SCREENSHOT_DIR=dir saves the page at each step (docs/screenshots).
#include "ColumnFit.h"
#include "DataTableView.h"
#include "TestMain.h"
#include "TestSandbox.h"
#include "advisor/AdvisorPage.h"
#include "advisor/ApplyIndexDialog.h"
#include "advisor/CoverageBanner.h"
#include "advisor/UnhelpedStatementModel.h"
#include "connection/PgSession.h"
#include "indexes/ChangeLog.h"
#include "indexes/ChangeLogModel.h"
#include "plan/PlanDiffView.h"
#include "plan/PlanTreeModel.h"
#include "plan/PlanTreeView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;
using namespace sonde;

class TestAdvisorPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_data;
    std::unique_ptr<TargetList> m_targets;
    std::unique_ptr<AdvisorPage> m_page;

    void snap(const QString &name)
    {
        const QString dir = qEnvironmentVariable("SONDE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QApplication::processEvents();
        m_page->grab().save(dir + u'/' + name);
    }

    int scalar(const QString &sql)
    {
        pqxx::connection c(test::TestSandbox::endpoints().postgres.toStdString());
        pqxx::nontransaction tx(c);
        return tx.exec1(sql.toStdString())[0].as<int>();
    }

    // Every node of a drawn plan, one title per line.
    static QString treeText(PlanTreeView *tree)
    {
        QStringList lines;
        const QAbstractItemModel *m = tree->model();
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < m->rowCount(parent); ++r) {
                const QModelIndex i = m->index(r, PlanTreeModel::NodeColumn, parent);
                lines << i.data().toString();
                walk(i);
            }
        };
        walk({});
        return lines.join(u'\n');
    }

    bool waitFor(QSignalSpy &spy, const QString &job, int timeoutMs = 60000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            for (const QList<QVariant> &args : std::as_const(spy)) {
                if (args.value(0).toString() == job) {
                    spy.clear();
                    return true;
                }
            }
            QTest::qWait(50);
        }
        return false;
    }

    ApplyIndexDialog *confirmDialog()
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 5000) {
            if (auto *dialog = m_page->findChild<ApplyIndexDialog *>())
                return dialog;
            QTest::qWait(20);
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        qputenv("SONDE_DATA_DIR", m_data.path().toUtf8());
        QString error;
        QVERIFY2(test::TestSandbox::ensureDemoSeeded(&error, 0.05), qPrintable(error));
        m_targets = std::make_unique<TargetList>();
        m_page = std::make_unique<AdvisorPage>(m_targets.get());
        m_page->resize(test::DefaultWindowWidth, test::DefaultWindowHeight);
        m_page->show();
        Target t;
        t.id = u"demo-postgres"_s;
        t.kind = TargetKind::PostgreSQL;
        t.name = u"Demo PostgreSQL"_s;
        t.uri = test::TestSandbox::endpoints().postgres;
        QSignalSpy jobs(m_page.get(), &AdvisorPage::jobFinished);
        m_targets->upsert(t);
        QVERIFY(waitFor(jobs, u"recover"_s));
        // Before any advice: what Advise will read and do, and no idle progress bar.
        const auto *hint = m_page->findChild<QLabel *>(u"advisorHint"_s);
        QVERIFY(hint && hint->isVisible());
        QVERIFY2(hint->text().contains(u"pg_stat_statements"_s) &&
                     hint->text().contains(u"HypoPG"_s),
                 qPrintable(hint->text()));
        QVERIFY(!m_page->findChild<QProgressBar *>(u"advisorProgress"_s)->isVisible());
        snap(u"advisor-first-open.png"_s);
    }

    void adviceRunsWithoutFreezingTheGui()
    {
        auto *source = m_page->findChild<QComboBox *>(u"workloadSource"_s);
        source->setCurrentIndex(2);
        m_page->findChild<QPlainTextEdit *>(u"statementsEdit"_s)
            ->setPlainText(u"SELECT id, status FROM users WHERE lower(email) = lower($1);\n"
                           u"SELECT id, environment, status, commit_sha, created_at, "
                           u"duration_ms FROM deployments WHERE project_id = $1 ORDER BY "
                           u"created_at DESC LIMIT $2;\n"
                           u"SELECT * FROM users WHERE id = $1;"_s);
        qint64 longestGap = 0;
        QElapsedTimer sinceTick;
        sinceTick.start();
        QTimer ticker;
        connect(&ticker, &QTimer::timeout,
                [&]() { longestGap = qMax(longestGap, sinceTick.restart()); });
        ticker.start(10);
        const auto *hint = m_page->findChild<QLabel *>(u"advisorHint"_s);
        QVERIFY2(hint->text().startsWith(u"Enter statements above"_s), qPrintable(hint->text()));
        auto *progress = m_page->findChild<QProgressBar *>(u"advisorProgress"_s);
        QSignalSpy jobs(m_page.get(), &AdvisorPage::jobFinished);
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"adviseButton"_s), Qt::LeftButton);
        QVERIFY(progress->isVisible());
        QVERIFY(waitFor(jobs, u"advise"_s));
        ticker.stop();
        QVERIFY(!progress->isVisible());
        QVERIFY(!hint->isVisible());
        QCOMPARE(m_page->findChild<QTabWidget *>(u"advisorTabs"_s)->tabText(0),
                 u"Recommendations (2)"_s);
        QVERIFY2(longestGap < 500, qPrintable(u"GUI blocked for %1 ms"_s.arg(longestGap)));
        const QLabel *message = m_page->findChild<QLabel *>(u"advisorMessage"_s);
        QCOMPARE(m_page->result().recommendations.size(), 2);
        auto *table = m_page->findChild<DataTableView *>(u"recommendations"_s);
        QCOMPARE(table->model()->rowCount(), 2);
        QVERIFY(m_page->findChild<QTextBrowser *>(u"recommendationSummary"_s)
                    ->toPlainText()
                    .contains(u"CREATE INDEX CONCURRENTLY"_s));
        auto *plans = m_page->findChild<PlanDiffView *>(u"recommendationPlans"_s);
        QVERIFY(treeText(plans->beforeTree()).contains(u"Seq Scan"_s));
        const QString after = treeText(plans->afterTree());
        QVERIFY2(after.contains(u">btree_"_s), qPrintable(after)); // the hypothetical index
        QCOMPARE(m_page->findChild<DataTableView *>(u"unhelpedStatements"_s)->model()->rowCount(),
                 1);
        QVERIFY(m_page->findChild<DataTableView *>(u"indexFindings"_s)->model()->rowCount() >= 4);
        Q_UNUSED(message);
        const auto *coverage = m_page->findChild<CoverageBanner *>(u"coverageBanner"_s);
        QVERIFY(coverage->isVisible());
        QVERIFY(!coverage->isIncomplete());
        QVERIFY2(coverage->text().contains(u"Coverage: 100"_s), qPrintable(coverage->text()));
        snap(u"advisor-recommendations.png"_s);
    }

    void applyAsksThenBuildsAndLogs()
    {
        auto *table = m_page->findChild<DataTableView *>(u"recommendations"_s);
        table->selectRow(0);
        auto *summary = m_page->findChild<QTextBrowser *>(u"recommendationSummary"_s);
        const QString ddl = summary->toPlainText();
        // At the default window size every figure reads whole, and the CREATE INDEX line
        // wraps in the detail pane rather than running off its side.
        QVERIFY2(test::clippedColumns(table).isEmpty(),
                 qPrintable(test::clippedColumns(table).join(u", "_s)));
        QApplication::processEvents();
        QCOMPARE(summary->horizontalScrollBar()->maximum(), 0);
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"applyButton"_s), Qt::LeftButton);
        ApplyIndexDialog *dialog = confirmDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->statements().startsWith(u"CREATE INDEX CONCURRENTLY "_s));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // nothing runs without the explicit confirmation
        dialog->findChild<QCheckBox *>(u"confirm"_s)->setChecked(true);
        QVERIFY(ok->isEnabled());
        if (!qEnvironmentVariableIsEmpty("SONDE_SCREENSHOT_DIR"))
            dialog->grab().save(qEnvironmentVariable("SONDE_SCREENSHOT_DIR") +
                                u"/advisor-apply-dialog.png"_s);
        QSignalSpy jobs(m_page.get(), &AdvisorPage::jobFinished);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(waitFor(jobs, u"build"_s));
        const QString name = m_page->result().recommendations.first().name;
        QCOMPARE(scalar(u"SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = "
                        u"i.indexrelid WHERE c.relname = '%1' AND i.indisvalid"_s.arg(name)),
                 1);
        QVERIFY(waitFor(jobs, u"changes"_s, 10000) ||
                m_page->findChild<DataTableView *>(u"changeLogTable"_s)->model()->rowCount() > 0);
        auto *log = m_page->findChild<DataTableView *>(u"changeLogTable"_s);
        QTRY_VERIFY_WITH_TIMEOUT(log->model()->rowCount() >= 1, 10000);
        QCOMPARE(log->model()->index(0, 2).data().toString(), u"applied"_s);
        QVERIFY2(test::clippedColumns(log).isEmpty(),
                 qPrintable(test::clippedColumns(log).join(u", "_s)));
        // The date reads the same in every language.
        QVERIFY(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"_s)
                    .match(log->model()->index(0, ChangeLogModel::When).data().toString())
                    .hasMatch());
        // Who in words: the OS user and the role it connected as.
        const QString who = log->model()->index(0, ChangeLogModel::User).data().toString();
        QVERIFY2(QRegularExpression(u"^\\S+ \\(as \\S+\\)$"_s).match(who).hasMatch() &&
                     !who.startsWith(u"uid "_s),
                 qPrintable(who));
        // The built index is no longer a recommendation; the count says so.
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(m_page->findChild<QTabWidget *>(u"advisorTabs"_s)->tabText(0),
                 u"Recommendations (1)"_s);
        Q_UNUSED(ddl);
    }

    void recheckShowsThePlansThenAndNow()
    {
        auto *log = m_page->findChild<DataTableView *>(u"changeLogTable"_s);
        log->selectRow(0);
        auto *recheck = m_page->findChild<QPushButton *>(u"recheckButton"_s);
        QVERIFY(recheck->isEnabled());
        QSignalSpy jobs(m_page.get(), &AdvisorPage::jobFinished);
        QTest::mouseClick(recheck, Qt::LeftButton);
        QVERIFY(waitFor(jobs, u"recheck"_s));
        auto *plans = m_page->findChild<PlanDiffView *>(u"recheckPlans"_s);
        const QString now = treeText(plans->afterTree());
        const QString name = m_page->result().recommendations.first().name;
        QVERIFY2(now.contains(name), qPrintable(now)); // the real index is used now
        QVERIFY(treeText(plans->beforeTree()).contains(u"Seq Scan"_s));
        snap(u"advisor-change-log.png"_s);
    }

    void revertDropsAfterConfirmation()
    {
        auto *log = m_page->findChild<DataTableView *>(u"changeLogTable"_s);
        log->selectRow(0);
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"revertButton"_s), Qt::LeftButton);
        ApplyIndexDialog *dialog = confirmDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->statements().startsWith(u"DROP INDEX CONCURRENTLY IF EXISTS"_s));
        dialog->findChild<QCheckBox *>(u"confirm"_s)->setChecked(true);
        QSignalSpy jobs(m_page.get(), &AdvisorPage::jobFinished);
        dialog->accept();
        QVERIFY(waitFor(jobs, u"revert"_s));
        const QString name = m_page->result().recommendations.first().name;
        QCOMPARE(scalar(u"SELECT count(*) FROM pg_class WHERE relname = '%1'"_s.arg(name)), 0);
    }

    void readOnlyTargetCannotApply()
    {
        Target t = m_targets->byId(u"demo-postgres"_s);
        t.readOnly = true;
        m_targets->upsert(t);
        m_page->findChild<DataTableView *>(u"recommendations"_s)->selectRow(0);
        auto *apply = m_page->findChild<QPushButton *>(u"applyButton"_s);
        QVERIFY(!apply->isEnabled());
        QVERIFY(apply->toolTip().contains(u"read-only"_s));
        t.readOnly = false;
        m_targets->upsert(t);
        QVERIFY(apply->isEnabled());
    }

    void newTargetCleansWhatADeadSondeLeft()
    {
        // An INVALID index and its "running" change-log entry of a process that is gone.
        QString error;
        QVERIFY(test::execAsSuperuser(u"CREATE TABLE stray (id int); ALTER TABLE stray OWNER "
                                      u"TO app"_s,
                                      &error));
        const QString su =
            test::TestSandbox::endpoints().superuserFor(test::TestSandbox::endpoints().database);
        pqxx::connection blocker(su.toStdString());
        pqxx::work tx(blocker);
        tx.exec("INSERT INTO stray VALUES (1)");
        {
            pqxx::connection b(su.toStdString());
            pqxx::nontransaction n(b);
            n.exec("SET lock_timeout = 300");
            QVERIFY_THROWS_EXCEPTION(
                std::exception, n.exec("CREATE INDEX CONCURRENTLY stray_id_idx ON stray (id)"));
        }
        tx.abort();
        ChangeLog log;
        QVERIFY(log.open(&error));
        IndexChange c;
        PgSession s;
        QVERIFY(!s.open(test::TestSandbox::endpoints().postgres));
        c.target = s.target();
        c.schema = u"public"_s;
        c.table = u"stray"_s;
        c.indexName = u"stray_id_idx"_s;
        c.ddl = u"CREATE INDEX CONCURRENTLY stray_id_idx ON public.stray USING btree (id)"_s;
        const qint64 id = log.begin(c, &error);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"poke"_s);
            db.setDatabaseName(log.path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(u"UPDATE index_changes SET sonde_pid = 999999999 WHERE id = %1"_s.arg(id)));
        }
        QSqlDatabase::removeDatabase(u"poke"_s);

        Target t;
        t.id = u"again"_s;
        t.kind = TargetKind::PostgreSQL;
        t.name = u"Same server"_s;
        t.uri = test::TestSandbox::endpoints().postgres;
        QSignalSpy jobs(m_page.get(), &AdvisorPage::jobFinished);
        m_targets->upsert(t);
        QVERIFY(waitFor(jobs, u"recover"_s));
        const QLabel *message = m_page->findChild<QLabel *>(u"advisorMessage"_s);
        QVERIFY2(message->text().contains(u"INVALID"_s), qPrintable(message->text()));
        QCOMPARE(scalar(u"SELECT count(*) FROM pg_index WHERE NOT indisvalid"_s), 0);
        QCOMPARE(log.find(id)->outcome, IndexChange::Outcome::Interrupted);
    }

    void incompleteAdviceSaysSoAndTakesAnExample()
    {
        QString error;
        QVERIFY2(test::execAsSuperuser(u"SELECT pg_stat_statements_reset()"_s, &error),
                 qPrintable(error));
        // `1 AS depth` arrives as `$1 AS depth`: text, and `c.depth + $3` has no plan then.
        const QString chain =
            u"WITH RECURSIVE chain AS (SELECT id, team_id, 1 AS depth FROM users WHERE id = 42 "
            u"UNION ALL SELECT u.id, u.team_id, c.depth + 1 FROM users u JOIN chain c ON u.id = "
            u"c.id + 1000 WHERE c.depth < 5) SELECT chain.*, pg_sleep(0.02) FROM chain"_s;
        {
            pqxx::connection app(test::TestSandbox::endpoints().postgresApp.toStdString());
            pqxx::nontransaction tx(app);
            for (int i = 0; i < 10; ++i)
                tx.exec(chain.toStdString());
            for (int i = 1; i <= 30; ++i) {
                tx.exec(u"SELECT id, status FROM users WHERE lower(email) = lower('User' || %1 "
                        u"|| '@' || (ARRAY['Example.com', 'Example.org'])[1 + %1 % 2])"_s.arg(i)
                            .toStdString());
            }
        }
        m_page->findChild<QComboBox *>(u"workloadSource"_s)->setCurrentIndex(0);
        QSignalSpy jobs(m_page.get(), &AdvisorPage::jobFinished);
        m_page->startAdvice();
        QVERIFY(waitFor(jobs, u"advise"_s));
        auto *coverage = m_page->findChild<CoverageBanner *>(u"coverageBanner"_s);
        QVERIFY(coverage->isVisible());
        QVERIFY2(coverage->isIncomplete(), qPrintable(coverage->text()));
        QVERIFY(coverage->text().contains(u"Incomplete advice"_s));
        QCOMPARE(m_page->result().coverage.unplanned.size(), 1);

        // "Show them": the statements without an index, the unplanned one selected.
        emit coverage->linkActivated(u"unplanned"_s);
        auto *tabs = m_page->findChild<QTabWidget *>(u"advisorTabs"_s);
        QCOMPARE(tabs->currentIndex(), 1);
        auto *table = m_page->findChild<DataTableView *>(u"unhelpedStatements"_s);
        QModelIndex unplanned;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QModelIndex i = table->model()->index(r, UnhelpedStatementModel::Route);
            if (i.data().toString() == u"not planned"_s)
                unplanned = i;
            if (table->model()
                    ->index(r, UnhelpedStatementModel::Statement)
                    .data()
                    .toString()
                    .contains(u"lower(email)"_s))
                QCOMPARE(i.data().toString(), u"constants folded"_s);
        }
        QVERIFY(unplanned.isValid());
        table->selectionModel()->setCurrentIndex(unplanned, QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
        auto *box = m_page->findChild<QWidget *>(u"exampleBox"_s);
        QVERIFY(box->isVisible());
        m_page->findChild<QPlainTextEdit *>(u"exampleEdit"_s)->setPlainText(chain);
        snap(u"advisor-coverage.png"_s);

        QTest::mouseClick(m_page->findChild<QPushButton *>(u"useExampleButton"_s), Qt::LeftButton);
        QVERIFY(waitFor(jobs, u"advise"_s));
        QVERIFY2(!coverage->isIncomplete(), qPrintable(coverage->text()));
        QCOMPARE(m_page->result().coverage.routes.value(PlanRoute::UserExample), 1);
    }

    // Through PgBouncer the advice is the same; a build is refused before anything runs, with
    // the one message that says why and what to do.
    void throughPgBouncerAdvisesButBuildsNothing()
    {
        Target t;
        t.id = u"pooled"_s;
        t.kind = TargetKind::PostgreSQL;
        t.name = u"Through PgBouncer"_s;
        t.uri = test::TestSandbox::endpoints().pgbouncer;
        QSignalSpy jobs(m_page.get(), &AdvisorPage::jobFinished);
        m_targets->upsert(t);
        QVERIFY(waitFor(jobs, u"recover"_s));
        auto *server = m_page->findChild<QComboBox *>(u"advisorTarget"_s);
        server->setCurrentIndex(server->findData(u"pooled"_s));
        QCOMPARE(server->currentText(), t.name);
        m_page->findChild<QComboBox *>(u"workloadSource"_s)->setCurrentIndex(2);
        m_page->findChild<QPlainTextEdit *>(u"statementsEdit"_s)
            ->setPlainText(u"SELECT id, status FROM users WHERE lower(email) = lower($1);\n"
                           u"SELECT * FROM deployments WHERE triggered_by = $1;"_s);
        m_page->startAdvice();
        QVERIFY(waitFor(jobs, u"advise"_s));
        const auto *message = m_page->findChild<QLabel *>(u"advisorMessage"_s);
        QCOMPARE(m_page->result().recommendations.size(), 2);
        m_page->findChild<QTabWidget *>(u"advisorTabs"_s)->setCurrentIndex(0);
        snap(u"advisor-through-pgbouncer.png"_s);
        m_page->findChild<DataTableView *>(u"recommendations"_s)->selectRow(0);
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"applyButton"_s), Qt::LeftButton);
        ApplyIndexDialog *dialog = confirmDialog();
        QVERIFY(dialog);
        dialog->findChild<QCheckBox *>(u"confirm"_s)->setChecked(true);
        dialog->accept();
        QVERIFY(waitFor(jobs, u"build"_s));
        QVERIFY2(message->text().contains(u"is PgBouncer"_s) &&
                     message->text().contains(u"direct connection"_s) &&
                     !message->text().contains(u"Not built"_s),
                 qPrintable(message->text()));
        const QString name = m_page->result().recommendations.first().name;
        QCOMPARE(scalar(u"SELECT count(*) FROM pg_class WHERE relname = '%1'"_s.arg(name)), 0);
        snap(u"advisor-pgbouncer-build-refused.png"_s);
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_targets.reset();
        test::TestSandbox::stop();
    }
};

SONDE_TEST_GUI_MAIN(TestAdvisorPage)
#include "tst_advisorpage.moc"
