// The dashboard offscreen against the sandbox's real servers and the demo application:
// every target is sampled, the four charts share one time axis through window changes,
// pause and scrub, hovering one chart shows every chart's values at that instant,
// thresholds are drawn and editable and raise alerts, events become markers, a lost target
// says "reconnecting in N s" and leaves a gap, polling pauses while hidden when asked, and
// the demo controls drive the application. The GUI thread never blocks, even on a server
// that never answers.
#include "ColumnFit.h"
#include "SilentServer.h"
#include "TestMain.h"
#include "TestSandbox.h"
#include "connection/TargetList.h"
#include "dashboard/DashboardDetailTabs.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/TargetStatusStrip.h"
#include "dashboard/ThresholdDialog.h"
#include "dashboard/TimeSeriesChart.h"
#include "dashboard/TimeSeriesChartView.h"
#include "dashboard/TimeWindowBar.h"
#include "demo/DemoControlPanel.h"
#include "demo/DemoWorkload.h"
#include "models/StatementActivityModel.h"
#include "models/TimelineEventModel.h"
#include "monitoring/AlertMonitor.h"
#include "monitoring/MetricStore.h"
#include "monitoring/MonitoringPipeline.h"
#include "monitoring/TargetMonitor.h"
#include "monitoring/TimelineEventStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>

#include <pqxx/pqxx>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

Target make(const QString &id, TargetKind kind, const QString &name, const QString &uri)
{
    Target t;
    t.id = id;
    t.kind = kind;
    t.name = name;
    t.uri = uri;
    return t;
}

// Records the longest time the GUI thread went without turning its event loop.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_since.start();
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this]() { m_longest = qMax(m_longest, m_since.restart()); });
        m_timer.start(10);
    }
    qint64 longestGapMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    qint64 m_longest = 0;
};

bool headersShowInstant(const QList<TimeSeriesChart *> &charts, const QString &hhmmss)
{
    for (TimeSeriesChart *c : charts) {
        if (!c->headerText().contains(u"at "_s + hhmmss))
            return false;
    }
    return true;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    TargetList *m_targets = nullptr;
    MonitoringPipeline *m_pipeline = nullptr;
    TimelineEventStore *m_timeline = nullptr;
    DashboardPage *m_page = nullptr;
    DemoWorkload m_workload;

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8()); // QSettings of this test only
        QString error;
        QVERIFY2(test::TestSandbox::ensureDemoSeeded(&error), qPrintable(error));
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        DemoWorkloadSettings settings;
        settings.postgres = ep.pgbouncer;
        settings.redis = ep.redis;
        settings.requestsPerSecond = 80;
        settings.hotSetSize = 100;
        settings.reportEverySeconds = 3600;
        QVERIFY2(m_workload.start(settings, &error), qPrintable(error));

        m_targets = new TargetList;
        m_pipeline = new MonitoringPipeline(m_targets);
        m_timeline = m_pipeline->timeline();
        m_targets->upsert(make(u"pg"_s, TargetKind::PostgreSQL, u"Orders DB"_s, ep.postgres));
        m_targets->upsert(
            make(u"bouncer"_s, TargetKind::PgBouncer, u"Orders pool"_s, ep.pgbouncerAdmin));
        m_targets->upsert(make(u"redis"_s, TargetKind::Redis, u"Session cache"_s, ep.redis));
        m_page = new DashboardPage(m_pipeline);
        m_page->resize(1400, 950);
        m_page->show();
    }

    void samplesEveryTarget()
    {
        for (const QString &id : {u"pg"_s, u"bouncer"_s, u"redis"_s})
            QTRY_VERIFY_WITH_TIMEOUT(
                m_page->statusStrip()->text(id).contains(u"sampling every 1 s"_s), 20000);
        QVERIFY(m_page->statusStrip()->text(u"pg"_s).contains(u"PostgreSQL 15"_s));
        // What the last reading says beyond the charts, per kind of server.
        QTRY_VERIFY(m_page->statusStrip()->text(u"pg"_s).contains(u"connections"_s));
        QTRY_VERIFY(m_page->statusStrip()->text(u"bouncer"_s).contains(u"waiting"_s));
        QTRY_VERIFY(m_page->statusStrip()->text(u"redis"_s).contains(u"memory"_s));
        // Every chart has a line for each kind of target, drawn from real samples.
        for (TimeSeriesChart *c : m_page->charts())
            QVERIFY2(!c->lines().isEmpty(), qPrintable(c->headerText()));
        TimeSeriesChart *throughput = m_page->charts().at(1);
        QTRY_VERIFY_WITH_TIMEOUT(throughput->drawnPoints(0) >= 3, 20000);
        QVERIFY2(throughput->headerText().contains(u"/s"_s), qPrintable(throughput->headerText()));
        // The tables follow the latest interval (a table is filled while its tab is shown).
        DashboardDetailTabs *details = m_page->details();
        for (int i = 0; i < details->count(); ++i) {
            if (details->widget(i)->findChild<QObject *>(u"statementsTable"_s))
                details->setCurrentIndex(i);
        }
        QTRY_VERIFY_WITH_TIMEOUT(details->statementModel()->rowCount() > 0, 20000);
        details->setCurrentIndex(0);
        m_page->grab().save(QDir::temp().filePath(u"sonde-test-dashboard.png"_s));
    }

    // A server that accepts the connection and never answers holds whoever connects for
    // the whole connect_timeout (8 s here). Were the dashboard to connect on the GUI thread,
    // the event loop would stop that long; half of it is the bound, far from any stall a
    // loaded machine causes.
    void silentServerNeverBlocksTheWindow()
    {
        const test::SilentServer silent;
        QVERIFY(silent.port() > 0);
        Heartbeat heartbeat;
        m_targets->upsert(
            make(u"silent"_s, TargetKind::PostgreSQL, u"Silent DB"_s,
                 u"postgresql://sonde@127.0.0.1:%1/db?connect_timeout=8"_s.arg(silent.port())));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_page->statusStrip()->text(u"silent"_s).contains(u"reconnecting"_s), 60000);
        m_targets->remove(u"silent"_s);
        QVERIFY2(heartbeat.longestGapMs() < 4000,
                 qPrintable(u"GUI thread blocked for %1 ms"_s.arg(heartbeat.longestGapMs())));
    }

    void chartsShareOneTimeAxis()
    {
        auto sameRange = [this]() {
            for (TimeSeriesChart *c : m_page->charts()) {
                if (c->fromMs() != m_page->rangeFromMs() || c->toMs() != m_page->rangeToMs())
                    return false;
            }
            return true;
        };
        QVERIFY(sameRange());
        QCOMPARE(m_page->rangeToMs() - m_page->rangeFromMs(), qint64(5 * 60 * 1000));
        auto *oneMinute = m_page->findChild<QToolButton *>(u"window-60"_s);
        QVERIFY(oneMinute);
        oneMinute->click();
        QCOMPARE(m_page->rangeToMs() - m_page->rangeFromMs(), qint64(60 * 1000));
        QVERIFY(sameRange());

        // Paused: the window stops moving while samples keep arriving.
        m_page->findChild<QToolButton *>(u"liveButton"_s)->click();
        QVERIFY(!m_page->windowBar()->isLive());
        const qint64 pausedEnd = m_page->rangeToMs();
        QTest::qWait(2500);
        QCOMPARE(m_page->rangeToMs(), pausedEnd);
        // Scrubbing moves every chart to the same instant.
        m_page->windowBar()->scrubTo(pausedEnd - 20000);
        QCOMPARE(m_page->rangeToMs(), pausedEnd - 20000);
        QVERIFY(sameRange());
        m_page->windowBar()->setLive(true);
        QTRY_VERIFY(m_page->rangeToMs() > pausedEnd);
    }

    void hoverShowsEveryChartAtThatInstant()
    {
        TimeSeriesChart *latency = m_page->charts().at(0);
        TimeSeriesChartView *view = latency->view();
        const QPoint where(view->width() * 3 / 4, view->height() / 2);
        QMouseEvent move(QEvent::MouseMove, where, view->viewport()->mapToGlobal(where),
                         Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
        const qint64 at = view->cursorMs();
        QVERIFY(at >= m_page->rangeFromMs() && at <= m_page->rangeToMs());
        const QString hhmmss = QDateTime::fromMSecsSinceEpoch(at).toString(u"HH:mm:ss"_s);
        QVERIFY(headersShowInstant(m_page->charts(), hhmmss));
        for (TimeSeriesChart *c : m_page->charts())
            QCOMPARE(c->view()->cursorMs(), at);
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(view, &leave);
        for (TimeSeriesChart *c : m_page->charts())
            QCOMPARE(c->view()->cursorMs(), qint64(-1));
    }

    void thresholdsAreDrawnEditableAndAlert()
    {
        TimeSeriesChart *latency = m_page->charts().at(0);
        QCOMPARE(latency->view()->threshold().warning, 200.0);
        QCOMPARE(latency->view()->threshold().critical, 500.0);
        QCOMPARE(m_page->charts().at(2)->view()->threshold().warning, 60.0);
        QVERIFY(m_page->charts().at(2)->view()->threshold().below);
        // Lower the latency warning to 0.01 ms through the dialog: the demo's statements
        // take longer than that, so an alert follows within a few readings.
        QSignalSpy raised(m_page->alerts(), &AlertMonitor::alertRaised);
        QTimer::singleShot(0, m_page, [this]() {
            auto *dialog = m_page->findChild<ThresholdDialog *>();
            QVERIFY(dialog);
            auto *warning =
                dialog->findChild<QDoubleSpinBox *>(u"warning-%1"_s.arg(int(ChartGroup::Latency)));
            QVERIFY(warning);
            warning->setValue(0.01);
            dialog->accept();
        });
        m_page->editThresholds();
        // 0.01 rounds to the dialog's one decimal: 0.0 ms. Any latency is above it.
        QCOMPARE(m_page->alerts()->thresholds().forChart(ChartGroup::Latency).warning, 0.0);
        QCOMPARE(latency->view()->threshold().warning, 0.0);
        auto latencyAlert = [&raised]() {
            for (const QList<QVariant> &args : raised) {
                const auto e = args.at(0).value<TimelineEvent>();
                if (MetricCatalog::info(e.metric).chart == ChartGroup::Latency)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(latencyAlert(), 20000);
        QVERIFY(m_page->alertBannerText().contains(u"WARNING"_s) ||
                m_page->alertBannerText().contains(u"CRITICAL"_s));
        bool alertRow = false;
        const TimelineEventModel *events = m_page->details()->eventModel();
        for (int r = 0; r < events->rowCount(); ++r)
            alertRow =
                alertRow ||
                events->data(events->index(r, TimelineEventModel::Kind), Qt::DisplayRole)
                        .toString() == timelineKindName(TimelineEvent::Kind::ThresholdCrossed);
        QVERIFY(alertRow);
        // The events table, as wide as the dashboard is in the default window (1440 px less
        // the navigation): every column readable ("Threshold crossed" not cut).
        DashboardDetailTabs *tabs = m_page->details();
        tabs->setCurrentIndex(0);
        const QSize size = m_page->size();
        m_page->resize(test::DefaultWindowWidth - 260, test::DefaultWindowHeight - 60);
        auto *eventView = tabs->widget(0)->findChild<DataTableView *>();
        QVERIFY(eventView && eventView->isVisible());
        QVERIFY2(test::clippedColumns(eventView).isEmpty(),
                 qPrintable(test::clippedColumns(eventView).join(u", "_s)));
        m_page->resize(size);
        QTRY_VERIFY_WITH_TIMEOUT(latency->view()->markerCount() >= 1, 5000);
        m_page->alerts()->setThresholds(ThresholdSet::defaults());
        QCOMPARE(latency->view()->threshold().warning, 200.0);
    }

    void otherViewsPutMarkersOnTheTimeAxis()
    {
        // What the Redis slow log view does for a new SLOWLOG entry.
        TimelineEvent e;
        e.at = QDateTime::currentDateTimeUtc().addSecs(-5);
        e.kind = TimelineEvent::Kind::SlowLogEntry;
        e.severity = TimelineEvent::Severity::Warning;
        e.targetId = u"redis"_s;
        e.targetName = u"Session cache"_s;
        e.text = u"SLOWLOG: KEYS * took 120 ms"_s;
        m_timeline->add(e);
        // Every chart draws it where it happened, with its text as tooltip.
        for (TimeSeriesChart *c : m_page->charts()) {
            TimeSeriesChartView *view = c->view();
            auto drawnThere = [&]() {
                const double x = view->chart()
                                     ->mapToPosition(QPointF(double(e.at.toMSecsSinceEpoch()), 0),
                                                     view->chart()->series().first())
                                     .x();
                for (const TimelineEvent &m : view->markersNear(view->mapFromScene(QPointF(x, 20))))
                    if (m.text == e.text)
                        return true;
                return false;
            };
            QTRY_VERIFY_WITH_TIMEOUT(drawnThere(), 5000);
        }
    }

    void lostTargetShowsReconnectingAndAGap()
    {
        QString error;
        QVERIFY2(test::TestSandbox::instance().stopRedis(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_page->statusStrip()->text(u"redis"_s).contains(u"reconnecting"_s), 15000);
        QVERIFY2(m_page->statusStrip()->text(u"redis"_s).contains(u"last error"_s),
                 qPrintable(m_page->statusStrip()->text(u"redis"_s)));
        QTest::qWait(2500);
        QVERIFY2(test::TestSandbox::instance().startRedis(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_page->statusStrip()->text(u"redis"_s).contains(u"sampling every"_s), 40000);
        // The Redis line of the throughput chart is now two segments: before and after.
        TimeSeriesChart *throughput = m_page->charts().at(1);
        int redisLine = -1;
        for (int i = 0; i < throughput->lines().size(); ++i) {
            if (throughput->lines().at(i).targetId == u"redis"_s)
                redisLine = i;
        }
        QVERIFY(redisLine >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(throughput->drawnSegments(redisLine) >= 2, 10000);
        bool lost = false;
        for (const TimelineEvent &e : m_timeline->events())
            lost =
                lost || (e.kind == TimelineEvent::Kind::Disconnected && e.targetId == u"redis"_s);
        QVERIFY(lost);
    }

    // A backend that stops answering (SIGSTOP: its statement_timeout cannot fire) is a
    // missed sample: an event on the time axis, a gap in the lines, a new connection.
    void stoppedBackendIsAMissedSample()
    {
        const auto monitorBackend = []() {
            pqxx::connection c(test::TestSandbox::endpoints().postgresSuperuser.toStdString());
            pqxx::nontransaction tx(c);
            const pqxx::result r = tx.exec("SELECT pid FROM pg_stat_activity WHERE "
                                           "application_name = 'sonde-monitor'");
            return r.size() == 1 ? r[0][0].as<int>() : 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(monitorBackend() > 0, 20000);
        const int pid = monitorBackend();
        TimeSeriesChart *throughput = m_page->charts().at(1);
        int pgLine = -1;
        for (int i = 0; i < throughput->lines().size(); ++i) {
            if (throughput->lines().at(i).targetId == u"pg"_s)
                pgLine = i;
        }
        QVERIFY(pgLine >= 0);
        const int segmentsBefore = throughput->drawnSegments(pgLine);
        QVERIFY(::kill(pid, SIGSTOP) == 0);
        const auto missed = [this]() {
            for (const TimelineEvent &e : m_timeline->events()) {
                if (e.kind == TimelineEvent::Kind::Disconnected && e.targetId == u"pg"_s &&
                    e.text.contains(u"Sample missed"_s))
                    return true;
            }
            return false;
        };
        // The budget is 8 s; the bound is for a hang, not a speed goal.
        QTRY_VERIFY_WITH_TIMEOUT(missed(), 60000);
        // A new connection (a new backend) samples again, after a gap.
        QTRY_VERIFY_WITH_TIMEOUT(m_page->statusStrip()->text(u"pg"_s).contains(u"sampling every"_s),
                                 60000);
        QTRY_VERIFY_WITH_TIMEOUT(throughput->drawnSegments(pgLine) > segmentsBefore, 20000);
        ::kill(pid, SIGCONT);
        if (const QString dir = qEnvironmentVariable("SONDE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(5000);
            m_page->refreshCharts();
            m_page->grab().save(dir + u"/dashboard-missed-sample.png"_s);
        }
    }

    void pollingPausesWhileHiddenWhenAsked()
    {
        auto *box = m_page->findChild<QCheckBox *>(u"pauseWhenHidden"_s);
        box->setChecked(true);
        QVERIFY(!m_page->monitor()->isPaused());
        m_page->hide();
        QVERIFY(m_page->monitor()->isPaused());
        QTRY_VERIFY_WITH_TIMEOUT(
            m_page->monitor()->status(u"pg"_s).state == SamplerStatus::State::Paused, 5000);
        m_page->show();
        QVERIFY(!m_page->monitor()->isPaused());
        QTRY_VERIFY_WITH_TIMEOUT(
            m_page->monitor()->status(u"pg"_s).state == SamplerStatus::State::Sampling, 5000);
        box->setChecked(false);
        m_page->hide();
        QVERIFY(!m_page->monitor()->isPaused());
        m_page->show();
    }

    void demoControlsDriveTheApplication()
    {
        QVERIFY(!m_page->demoControls()->isVisible());
        m_page->setDemoWorkload(&m_workload, test::TestSandbox::endpoints().redis, 80);
        QVERIFY(m_page->demoControls()->isVisible());
        auto *mode = m_page->findChild<QComboBox *>(u"demoCacheMode"_s);
        const int thrashing = mode->findData(int(DemoWorkloadSettings::CacheMode::Thrashing));
        mode->setCurrentIndex(thrashing);
        emit mode->activated(thrashing);
        QCOMPARE(m_workload.cacheMode(), DemoWorkloadSettings::CacheMode::Thrashing);
        auto *flush = m_page->findChild<QPushButton *>(u"demoFlush"_s);
        flush->click();
        QTRY_VERIFY_WITH_TIMEOUT(flush->isEnabled() && flush->toolTip().contains(u"Flushed"_s),
                                 10000);
        // For docs/screenshots: SONDE_SCREENSHOT_DIR=docs/screenshots ctest -R tst_dashboard
        // (the thrashing cache and the flush, with the pointer over the latency chart).
        if (const QString dir = qEnvironmentVariable("SONDE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(15000);
            m_page->refreshCharts();
            TimeSeriesChartView *view = m_page->charts().at(0)->view();
            const QPoint where(view->width() * 9 / 10, view->height() / 2);
            QMouseEvent move(QEvent::MouseMove, where, view->viewport()->mapToGlobal(where),
                             Qt::NoButton, Qt::NoButton, Qt::NoModifier);
            QApplication::sendEvent(view->viewport(), &move);
            m_page->grab().save(dir + u"/dashboard-thrashing-hover.png"_s);
        }
        m_page->setDemoWorkload(nullptr);
        QVERIFY(!m_page->demoControls()->isVisible());
    }

    void cleanupTestCase()
    {
        delete m_page;
        delete m_pipeline;
        delete m_targets;
        m_workload.stop();
        test::TestSandbox::stop();
    }
};

SONDE_TEST_GUI_MAIN(TestDashboard)
#include "tst_dashboard.moc"
