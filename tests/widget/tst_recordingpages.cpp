// A recording's pages over the dashboard's window: Slow queries ranks what ran in it,
// Sessions shows the sessions and the blocking tree at its end, the Redis slow log what was
// logged up to then, Plans the plans looked at; nothing can be sent to a server; the report
// of a range (HTML and PDF).
#include "RecordingWindow.h"
#include "SamplerRun.h"
#include "SyntheticSnapshot.h"
#include "TestMain.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/TimeWindowBar.h"
#include "monitoring/MonitoringPipeline.h"
#include "plan/PlanView.h"
#include "plan/RecordedPlansPage.h"
#include "recording/RecordingFile.h"
#include "redis/RedisSlowLogModel.h"
#include "sessions/BlockingTreeModel.h"
#include "sessions/SessionModel.h"
#include "sessions/SessionsPage.h"
#include "statements/RedisSlowLogPane.h"
#include "statements/SlowQueriesPage.h"
#include "statements/SlowQueryModel.h"

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;
using namespace sonde::test;

namespace {

const qint64 T0 = QDateTime(QDate(2026, 12, 1), QTime(19, 0), Qt::UTC).toMSecsSinceEpoch();

QList<Target> recordedTargets()
{
    Target pg = postgresTarget(u"postgresql://sonde@db.example/shop"_s, u"pg-shop"_s);
    pg.name = u"shop"_s;
    Target redis = redisTarget(u"redis://cache.example:6379"_s, u"redis-cache"_s);
    redis.name = u"cache"_s;
    return {pg, redis};
}

// Twenty minutes of "shop" for the pages: statement A (orders, 100 calls a minute) in the
// first ten, B (stock, 50 a minute) in the last ten, read every minute; a blocked session at
// minute 5 and one idle at minute 15; a Redis slow-log entry at minute 3, another at 14.
constexpr qint64 Minute = 60'000;
const StatementKey OrdersKey{11, 10, 16384, true};
const StatementKey StockKey{22, 10, 16384, true};

bool writePagesRecording(const QString &path, QString *error)
{
    const QList<Target> targets = recordedTargets();
    RecordingFile f;
    if (!f.create(path, true, error))
        return false;
    for (const Target &t : targets)
        f.writeTarget({t.id, t.name, t.kind, t.displayUri(), {}});
    for (int i = 0; i <= 20 * 6; ++i) {
        for (const Target &t : targets)
            f.writeSnapshot(snapshotOf(t, T0 + i * 10'000LL, 1));
    }
    for (int m = 0; m <= 20; ++m) {
        StatementSnapshot s;
        s.takenAt = QDateTime::fromMSecsSinceEpoch(T0 + m * Minute, Qt::UTC);
        StatementCounters orders;
        orders.calls = 100 * std::min(m, 10);
        orders.totalMs = 2.0 * orders.calls;
        StatementCounters stock;
        stock.calls = 50 * std::max(0, m - 10);
        stock.totalMs = 30.0 * stock.calls;
        s.counters.insert(OrdersKey, orders);
        s.counters.insert(StockKey, stock);
        if (m == 0) {
            s.newTexts.insert(OrdersKey, u"SELECT * FROM orders WHERE id = $1"_s);
            s.newTexts.insert(StockKey, u"UPDATE stock SET n = n - $1 WHERE sku = $2"_s);
        }
        f.writeStatements(u"pg-shop"_s, s);
    }
    SessionInfo blocker;
    blocker.pid = 101;
    blocker.user = u"app"_s;
    blocker.state = u"idle in transaction"_s;
    blocker.query = u"UPDATE orders SET state = 'paid' WHERE id = 7"_s;
    SessionInfo waiter = blocker;
    waiter.pid = 102;
    waiter.state = u"active"_s;
    waiter.blockedBy = {101};
    SessionSnapshot blocked;
    blocked.takenAt = QDateTime::fromMSecsSinceEpoch(T0 + 5 * Minute, Qt::UTC);
    blocked.sessions = {blocker, waiter};
    f.writeSessions(u"pg-shop"_s, blocked);
    SessionSnapshot calm;
    calm.takenAt = QDateTime::fromMSecsSinceEpoch(T0 + 15 * Minute, Qt::UTC);
    waiter.blockedBy.clear();
    waiter.state = u"idle"_s;
    calm.sessions = {waiter};
    f.writeSessions(u"pg-shop"_s, calm);
    f.writePlan(u"pg-shop"_s,
                {QDateTime::fromMSecsSinceEpoch(T0 + 6 * Minute, Qt::UTC),
                 u"SELECT * FROM orders WHERE id = $1"_s, u"Generic plan (parameters unknown)"_s,
                 u"[{\"Plan\": {\"Node Type\": \"Seq Scan\", \"Relation Name\": \"orders\", "
                 "\"Startup Cost\": 0, \"Total Cost\": 1540.0, \"Plan Rows\": 100000, "
                 "\"Plan Width\": 8}}]"_s});
    for (int id : {1, 2}) {
        RedisSlowLogRead r;
        r.takenAt = QDateTime::fromMSecsSinceEpoch(T0 + (id == 1 ? 3 : 14) * Minute, Qt::UTC);
        RedisSlowLogEntry e;
        e.id = id;
        e.at = r.takenAt;
        e.durationUs = 15000;
        e.arguments = {"LRANGE", "report:events", "0", "-1"};
        r.entries = {e};
        r.newEntries = {e};
        r.thresholdUs = 10000;
        f.writeSlowLog(u"redis-cache"_s, r);
    }
    return f.finish(error);
}

} // namespace

class TestRecordingPages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    // Slow queries ranks what ran in the dashboard's window; Sessions shows the sessions and
    // the blocking tree at its end; the Redis slow log what was logged up to then. Nothing
    // can be sent to a server.
    void thePagesFollowTheDashboardsWindow()
    {
        const QString path = m_dir.filePath(u"pages.sonde"_s);
        QString error;
        QVERIFY2(writePagesRecording(path, &error), qPrintable(error));
        RecordingWindow w;
        QSignalSpy completed(&w, &RecordingWindow::completed);
        w.open(path);
        w.show();
        QVERIFY(completed.wait(60000));
        QCOMPARE(w.pages()->count(), 4);
        MonitoringPipeline *pipeline = w.pipeline();
        QSignalSpy shown(pipeline, &MonitoringPipeline::shownRangeChanged);
        const auto showWindowEndingAt = [&](qint64 endMs) {
            shown.clear();
            w.dashboard()->windowBar()->setWindowMs(5 * Minute);
            w.dashboard()->windowBar()->scrubTo(endMs);
            return shown.wait(5000) && pipeline->shownToMs() == endMs;
        };
        const auto ranked = [&w]() {
            QStringList out;
            for (const SlowStatement &st : w.slowQueries()->model()->window().statements)
                out << u"%1 %2"_s.arg(st.query.section(u' ', 0, 0)).arg(st.calls);
            return out.join(u", "_s);
        };

        // 4:45 to 9:45: the intervals of minutes 5 to 9, statement A only.
        QVERIFY(showWindowEndingAt(T0 + 9 * Minute + 45'000));
        QCOMPARE(ranked(), u"SELECT 400"_s);
        QCOMPARE(w.slowQueries()->redisSlowLog()->model()->rowCount(), 1);
        w.pages()->setCurrentWidget(w.sessions());
        QCOMPARE(w.sessions()->model()->rowCount(), 2);
        QCOMPARE(w.sessions()->blockingTree()->rowCount(), 1); // 101 blocks 102
        QVERIFY2(w.sessions()->statusText().contains(u"As they were at"_s),
                 qPrintable(w.sessions()->statusText()));
        for (auto *b : w.sessions()->findChildren<QPushButton *>()) {
            if (b->text().contains(u"Cancel"_s) || b->text().contains(u"Terminate"_s))
                QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
        }

        // The plan looked at during the incident (minute 6), drawn.
        QTableWidget *plans = w.plans()->list();
        QCOMPARE(plans->rowCount(), 1);
        QVERIFY(plans->item(0, 3)->text().contains(u"FROM orders"_s));
        QVERIFY(!w.plans()->planView()->plan().isEmpty());

        // 14:45 to 19:45: statement B only, the session no longer blocked.
        QVERIFY(showWindowEndingAt(T0 + 19 * Minute + 45'000));
        QCOMPARE(ranked(), u"UPDATE 200"_s);
        QCOMPARE(w.sessions()->model()->rowCount(), 1);
        QCOMPARE(w.sessions()->blockingTree()->rowCount(), 0);
        QCOMPARE(w.slowQueries()->redisSlowLog()->model()->rowCount(), 2);

        // Before any sessions reading: said, nothing shown; nor a plan yet.
        QVERIFY(showWindowEndingAt(T0 + 4 * Minute));
        QCOMPARE(w.sessions()->model()->rowCount(), 0);
        QCOMPARE(plans->rowCount(), 0);
        QVERIFY2(w.sessions()->statusText().contains(u"no sessions"_s),
                 qPrintable(w.sessions()->statusText()));

        // The report of a range: its charts, statement A ranked, the blocker, the slow log.
        QSignalSpy written(&w, &RecordingWindow::reportWritten);
        const QString html = m_dir.filePath(u"pages-report.html"_s);
        w.exportReport(T0, T0 + 9 * Minute + 45'000, html);
        QVERIFY(written.wait(60000));
        QCOMPARE(written.last().at(1).toString(), QString());
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QCOMPARE(text.count(u"data:image/png;base64,"_s), 4);
        QVERIFY(text.contains(u"SELECT * FROM orders WHERE id = $1"_s.toHtmlEscaped()));
        QVERIFY(!text.contains(u"UPDATE stock"_s));             // ran after the range
        QVERIFY(text.contains(u"<td class='num'>101</td>"_s));  // the blocker
        QVERIFY(text.contains(u"LRANGE report:events 0 -1"_s)); // the slow log
        QVERIFY(text.contains(u"Plans looked at"_s));
        const QString pdf = m_dir.filePath(u"pages-report.pdf"_s);
        w.exportReport(T0, T0 + 20 * Minute, pdf);
        QVERIFY(written.wait(60000));
        QCOMPARE(written.last().at(1).toString(), QString());
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5) == "%PDF-");
    }
};

SONDE_TEST_GUI_MAIN(TestRecordingPages)
#include "tst_recordingpages.moc"
