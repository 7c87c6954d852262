// The Health page against the sandbox: checks run off the GUI thread and list findings
// worst first with their evidence; a critical finding reaches the dashboard's time axis;
// a setting fix is applied through the confirmation dialog, recorded, and reverted from
// the page's change list; a read-only target offers no fix.
// SONDE_SCREENSHOT_DIR=dir saves docs/screenshots/health.png.
#include "ConfirmChangeDialog.h"
#include "DataTableView.h"
#include "HealthRun.h"
#include "TestMain.h"
#include "TestSandbox.h"
#include "connection/TargetList.h"
#include "health/HealthChangesPane.h"
#include "health/HealthFindingModel.h"
#include "health/HealthPage.h"
#include "health/HealthWatch.h"
#include "metrics/TimelineEventStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTemporaryDir>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

QString setting(const QString &name)
{
    pqxx::connection c(test::TestSandbox::endpoints().postgresSuperuser.toStdString());
    pqxx::nontransaction tx(c);
    return QString::fromUtf8(
        tx.exec_params1("SELECT setting FROM pg_settings WHERE name = $1", name.toStdString())[0]
            .c_str());
}

} // namespace

class TestHealthPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_data;
    TargetList m_targets;
    TimelineEventStore m_timeline;
    HealthWatch *m_watch = nullptr;
    HealthPage *m_page = nullptr;

    int rowOf(const QString &check)
    {
        for (int r = 0; r < m_page->table()->model()->rowCount(); ++r) {
            if (m_page->table()->model()->index(r, HealthFindingModel::Check).data() == check)
                return r;
        }
        return -1;
    }

    ConfirmChangeDialog *confirmDialog()
    {
        // The dialog opens window-modal right away (QDialog::open()).
        return m_page->findChild<ConfirmChangeDialog *>();
    }

    void confirm(ConfirmChangeDialog *dialog)
    {
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog->findChild<QCheckBox *>(u"confirm"_s)->setChecked(true);
        QVERIFY(ok->isEnabled());
        ok->click();
    }

private slots:
    void initTestCase()
    {
        qputenv("SONDE_DATA_DIR", m_data.path().toUtf8());
        QString error;
        QVERIFY2(test::TestSandbox::ensureStarted(&error), qPrintable(error));
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        QVERIFY2(test::execSql(ep.postgresApp,
                               u"CREATE TABLE orders (id serial PRIMARY KEY, total numeric);"
                               "SELECT setval('orders_id_seq', 2050000000);"
                               "CREATE INDEX orders_total_idx ON orders (total);"
                               "CREATE INDEX orders_total_idx1 ON orders (total);"
                               "CREATE TABLE batch_jobs (id int, state text) "
                               "WITH (autovacuum_enabled = false);"
                               "INSERT INTO batch_jobs SELECT g, 'queued' "
                               "FROM generate_series(1, 30000) g;"
                               "UPDATE batch_jobs SET state = 'done'"_s,
                               &error),
                 qPrintable(error));
        QVERIFY(test::execAsSuperuser(u"ALTER SYSTEM SET track_io_timing = off"_s, &error));
        QVERIFY(test::execAsSuperuser(u"SELECT pg_reload_conf()"_s, &error));
        QTRY_COMPARE(setting(u"track_io_timing"_s), u"off"_s);

        Target pg;
        pg.id = u"pg"_s;
        pg.name = u"Sandbox PostgreSQL"_s;
        pg.uri = ep.postgresSuperuser;
        m_targets.upsert(pg);
        Target prod = pg;
        prod.id = u"prod"_s;
        prod.name = u"Production"_s;
        prod.readOnly = true;
        m_targets.upsert(prod);
        m_watch = new HealthWatch(&m_targets, &m_timeline, this);
        m_watch->setInterval(0);
        MachineFacts machine;
        machine.ramBytes = 8LL * 1024 * 1024 * 1024;
        machine.ramSource = u"given by you"_s;
        machine.cores = 4;
        machine.coresSource = u"given by you"_s;
        machine.storage = MachineFacts::Storage::Ssd;
        machine.storageSource = u"given by you"_s;
        m_watch->setMachine(u"pg"_s, machine);
        m_page = new HealthPage(&m_targets, m_watch);
        m_page->resize(1400, 860);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page));
    }

    void cleanupTestCase() { delete m_page; }

    void findingsWorstFirstAndCriticalOnTheTimeline()
    {
        QVERIFY(m_page->selectTarget(u"pg"_s));
        m_page->runChecks();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(u"track_io_timing"_s) >= 0, 30000);
        QCOMPARE(m_page->table()->model()->index(0, HealthFindingModel::Check).data().toString(),
                 u"sequence_near_limit"_s);
        QVERIFY(rowOf(u"vacuum_behind"_s) >= 0);
        QVERIFY(rowOf(u"duplicate_index"_s) >= 0);
        QTRY_COMPARE(m_timeline.count(), 1);
        const TimelineEvent e = m_timeline.at(0);
        QCOMPARE(e.kind, TimelineEvent::Kind::HealthCheck);
        QCOMPARE(e.severity, TimelineEvent::Severity::Critical);
        QCOMPARE(e.targetId, u"pg"_s);
        QVERIFY(e.text.contains(u"public.orders_id_seq"_s));
        // The same critical finding in the next run is no new alert.
        m_page->runChecks();
        QTRY_VERIFY(!m_watch->isRunning(u"pg"_s));
        QCOMPARE(m_timeline.count(), 1);
    }

    void settingFixAppliedAndReverted()
    {
        m_page->table()->selectRow(rowOf(u"track_io_timing"_s));
        auto *apply = m_page->findChild<QPushButton *>(u"healthApply"_s);
        QVERIFY(apply->isEnabled());
        apply->click();
        ConfirmChangeDialog *dialog = confirmDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->statements().startsWith(u"ALTER SYSTEM SET track_io_timing = 'on'"_s));
        confirm(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->message().startsWith(u"Applied"_s), 20000);
        QTRY_COMPARE(setting(u"track_io_timing"_s), u"on"_s);
        // The checks run again: the finding is gone, the change is listed.
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(u"track_io_timing"_s) < 0, 30000);
        auto *changes = m_page->findChild<DataTableView *>(u"healthChangesTable"_s);
        QTRY_COMPARE(changes->model()->rowCount(), 1);
        m_page->table()->selectRow(0);
        if (!qEnvironmentVariableIsEmpty("SONDE_SCREENSHOT_DIR")) {
            QApplication::processEvents();
            m_page->grab().save(qEnvironmentVariable("SONDE_SCREENSHOT_DIR") + u"/health.png"_s);
        }
        changes->selectRow(0);
        auto *revert = m_page->findChild<QPushButton *>(u"healthRevertButton"_s);
        QVERIFY(revert->isEnabled());
        revert->click();
        ConfirmChangeDialog *undo = confirmDialog();
        QVERIFY(undo);
        QCOMPARE(undo->statements(), u"ALTER SYSTEM SET track_io_timing = 'off';"_s);
        confirm(undo);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->message().startsWith(u"Reverted"_s), 20000);
        QTRY_COMPARE(setting(u"track_io_timing"_s), u"off"_s);
        QTRY_COMPARE(changes->model()->rowCount(), 2);
    }

    void readOnlyTargetOffersNoFix()
    {
        QVERIFY(m_page->selectTarget(u"prod"_s));
        m_page->runChecks();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(u"track_io_timing"_s) >= 0, 30000);
        m_page->table()->selectRow(rowOf(u"track_io_timing"_s));
        auto *apply = m_page->findChild<QPushButton *>(u"healthApply"_s);
        QVERIFY(!apply->isEnabled());
        QVERIFY(apply->toolTip().contains(u"read-only"_s));
        auto *changes = m_page->findChild<DataTableView *>(u"healthChangesTable"_s);
        changes->selectRow(0);
        QVERIFY(!m_page->findChild<QPushButton *>(u"healthRevertButton"_s)->isEnabled());
    }
};

SONDE_TEST_GUI_MAIN(TestHealthPage)
#include "tst_healthpage.moc"
