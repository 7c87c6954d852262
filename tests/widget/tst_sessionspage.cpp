// The sessions page's status line over a snapshot, offscreen, without servers: the counts
// describe the rows the table shows, and what the filters hide is said apart.
#include "DataTableView.h"
#include "TestMain.h"
#include "common/Translations.h"
#include "connection/TargetList.h"
#include "monitoring/MonitoringPipeline.h"
#include "sessions/SessionModel.h"
#include "sessions/SessionsPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>

using namespace Qt::StringLiterals;
using namespace sonde;

class TestSessionsPage : public QObject
{
    Q_OBJECT
private:
    TargetList m_targets;
    MonitoringPipeline m_pipeline{&m_targets};

    static SessionInfo session(int pid, const QString &application, const QString &state,
                               const QString &query)
    {
        SessionInfo s;
        s.pid = pid;
        s.user = u"app"_s;
        s.database = u"sonde_demo"_s;
        s.application = application;
        s.backendType = u"client backend"_s;
        s.state = state;
        s.querySeconds = 1;
        s.stateSeconds = 1;
        s.query = query;
        return s;
    }
    // Six client sessions, three active; two of them Sonde's own (one active); one
    // background worker.
    static SessionSnapshot snapshot()
    {
        SessionSnapshot snap;
        snap.sessions << session(101, u"demo"_s, u"active"_s, u"SELECT * FROM users"_s)
                      << session(102, u"demo"_s, u"active"_s, u"SELECT * FROM projects"_s)
                      << session(103, u"demo"_s, u"idle"_s, u"COMMIT"_s)
                      << session(104, u"demo"_s, u"idle in transaction"_s, u"UPDATE users"_s)
                      << session(105, u"sonde-monitor"_s, u"active"_s, u"SELECT pg_stat"_s)
                      << session(106, u"sonde-sessions"_s, u"idle"_s, u"SELECT 1"_s);
        SessionInfo worker;
        worker.pid = 50;
        worker.backendType = u"autovacuum launcher"_s;
        snap.sessions << worker;
        return snap;
    }

private slots:
    void initTestCase() { QCOMPARE(installTranslations(qApp, u"en"_s), u"en"_s); }

    void countsDescribeTheRowsShown()
    {
        SessionsPage page(&m_pipeline);
        page.model()->setSnapshot(snapshot());
        QCOMPARE(page.table()->model()->rowCount(), 4);
        const QString all = page.statusText();
        QVERIFY2(all.contains(u"4 sessions shown, 2 active · 0 blocked · 1 idle in transaction"_s),
                 qPrintable(all));
        QVERIFY2(all.contains(u"hidden: 2 of Sonde's own, 1 background process)"_s),
                 qPrintable(all));

        page.findChild<QLineEdit *>(u"sessionSearch"_s)->setText(u"users"_s);
        QCOMPARE(page.table()->model()->rowCount(), 2);
        const QString searched = page.statusText();
        QVERIFY2(searched.contains(u"2 sessions shown, 1 active · 0 blocked · 1 idle in "
                                   "transaction"_s),
                 qPrintable(searched));
        QVERIFY2(searched.contains(u"2 not matching the search"_s), qPrintable(searched));

        // Every session shown: nothing hidden but what the search leaves out.
        page.findChild<QLineEdit *>(u"sessionSearch"_s)->clear();
        page.findChild<QCheckBox *>()->setChecked(false);
        QCOMPARE(page.table()->model()->rowCount(), 7);
        const QString everything = page.statusText();
        QVERIFY2(everything.contains(u"7 sessions shown, 3 active"_s), qPrintable(everything));
        QVERIFY2(!everything.contains(u"hidden"_s), qPrintable(everything));
    }
};

SONDE_TEST_GUI_MAIN(TestSessionsPage)
#include "tst_sessionspage.moc"
