// What the dashboard's once-a-second refresh does, without servers: the targets are listed
// but no source is registered, so nothing samples them and the test feeds their snapshots
// to the store itself, then calls refreshTick() as the timer would. The snapshots of three
// targets in one tick make one status-strip update and at most one chart redraw; a hidden
// page or a minimised window redraws nothing and catches up when shown again; a 1 h live
// window is not redrawn before its axis moved by a pixel; a detail table whose tab is hidden
// is filled only when its tab is shown.
#include "SamplerRun.h"
#include "SyntheticSnapshot.h"
#include "TestMain.h"
#include "connection/TargetList.h"
#include "dashboard/DashboardDetailTabs.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/TargetStatusStrip.h"
#include "dashboard/TimeSeriesChart.h"
#include "dashboard/TimeWindowBar.h"
#include "models/PgBouncerPoolModel.h"
#include "monitoring/MetricCatalog.h"
#include "monitoring/MetricStore.h"
#include "monitoring/MonitoringPipeline.h"
#include "monitoring/SourceRegistry.h"
#include "pgbouncer/PgBouncerActivity.h"
#include "pgbouncer/PgBouncerMetrics.h"
#include "postgres/PostgresMetrics.h"
#include "redis/RedisMetrics.h"

#include <QDateTime>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace sonde;
using namespace sonde::test;

class TestDashboardRefresh : public QObject
{
    Q_OBJECT

    QList<Target> m_targets = {postgresTarget(u"postgresql://none/db"_s),
                               pgbouncerTarget(u"postgresql://none/pgbouncer"_s),
                               redisTarget(u"redis://none"_s)};

    // A shown dashboard listing the three targets, with a window of windowMs.
    struct Dashboard
    {
        TargetList list;
        MonitoringPipeline pipeline{&list};
        DashboardPage page{&pipeline};
    };
    std::unique_ptr<Dashboard> dashboard(qint64 windowMs)
    {
        auto d = std::make_unique<Dashboard>();
        d->page.resize(1200, 800);
        d->page.show();
        if (!QTest::qWaitForWindowExposed(&d->page))
            return nullptr;
        for (const Target &t : std::as_const(m_targets))
            d->list.upsert(t);
        d->page.windowBar()->setWindowMs(windowMs);
        return d;
    }

    void feedOneTick(MetricStore *store, qint64 ms, double value)
    {
        for (const Target &t : std::as_const(m_targets))
            store->ingest(snapshotOf(t, ms, value));
    }

private slots:
    void initTestCase()
    {
        // The sources' metrics, and no sampler for any target.
        const auto none = [](const Target &) -> Sampler * {
            return nullptr;
        };
        SourceRegistry::add(TargetKind::PostgreSQL, none, &PostgresMetrics::all);
        SourceRegistry::add(TargetKind::PgBouncer, none, &PgBouncerMetrics::all);
        SourceRegistry::add(TargetKind::Redis, none, &RedisMetrics::all);
    }

    void oneUpdatePerTickForEveryTarget()
    {
        const auto d = dashboard(60 * 1000);
        QVERIFY(d);
        DashboardPage &page = d->page;
        page.refreshCharts();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();

        const int redraws = page.chartRedraws();
        const int updates = page.statusUpdates();
        feedOneTick(page.store(), now - 1000, 1);
        // Arriving snapshots change nothing on screen by themselves…
        QCOMPARE(page.chartRedraws(), redraws);
        QCOMPARE(page.statusUpdates(), updates);
        // … the tick shows all three at once.
        page.refreshTick();
        QCOMPARE(page.statusUpdates(), updates + 1);
        QVERIFY(page.chartRedraws() <= redraws + 1);
        QVERIFY(!page.statusStrip()->text(u"pg"_s).isEmpty());
        // A tick with nothing new updates no status.
        page.refreshTick();
        QCOMPARE(page.statusUpdates(), updates + 1);
    }

    void hiddenOrMinimisedDrawsNothing()
    {
        const auto d = dashboard(60 * 1000);
        QVERIFY(d);
        DashboardPage &page = d->page;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();

        page.hide();
        const int redraws = page.chartRedraws();
        const int updates = page.statusUpdates();
        for (int i = 5; i > 0; --i) {
            feedOneTick(page.store(), now - i * 1000, i);
            page.refreshTick();
        }
        QCOMPARE(page.chartRedraws(), redraws);
        QCOMPARE(page.statusUpdates(), updates);
        // Shown again: it catches up at once, in one update.
        page.show();
        QCOMPARE(page.statusUpdates(), updates + 1);
        QCOMPARE(page.chartRedraws(), redraws + 1);
        QVERIFY(page.charts().at(0)->drawnPoints(0) >= 5);

        page.showMinimized();
        QVERIFY(page.isMinimized());
        const int minimisedRedraws = page.chartRedraws();
        const int minimisedUpdates = page.statusUpdates();
        feedOneTick(page.store(), now, 9);
        page.refreshTick();
        QCOMPARE(page.chartRedraws(), minimisedRedraws);
        QCOMPARE(page.statusUpdates(), minimisedUpdates);
    }

    void hiddenTablesWaitForTheirTab()
    {
        const auto d = dashboard(60 * 1000);
        QVERIFY(d);
        DashboardDetailTabs *tabs = d->page.details();
        auto poolsOf = [this](int count) {
            Snapshot s = snapshotOf(m_targets.at(1), QDateTime::currentMSecsSinceEpoch(), 1);
            auto activity = std::make_shared<PgBouncerActivity>();
            for (int i = 0; i < count; ++i) {
                PoolActivity pool;
                pool.database = u"db%1"_s.arg(i);
                pool.user = u"app"_s;
                activity->pools << pool;
            }
            s.detail = activity;
            return s;
        };
        tabs->setCurrentIndex(0); // events and alerts
        d->page.store()->ingest(poolsOf(2));
        d->page.store()->ingest(poolsOf(3));
        QCOMPARE(tabs->poolModel()->rowCount(), 0);
        // Shown: the latest reading, at once.
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->findChild<QObject *>(u"pgbouncer-poolsTable"_s))
                tabs->setCurrentIndex(i);
        }
        QCOMPARE(tabs->poolModel()->rowCount(), 3);
        d->page.store()->ingest(poolsOf(4));
        QCOMPARE(tabs->poolModel()->rowCount(), 4);
    }

    void longWindowRedrawsWhenTheAxisMovesAPixel()
    {
        const auto d = dashboard(60 * 60 * 1000);
        QVERIFY(d);
        DashboardPage &page = d->page;
        // A 1 h window over fewer than 3 600 pixels: two ticks in a row cannot both redraw.
        QVERIFY(page.charts().at(0)->plotWidth() < 3600);
        page.refreshCharts();
        const int redraws = page.chartRedraws();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // Values that raise no alert (an alert is an event on the axis: that redraws).
        feedOneTick(page.store(), now, 70);
        page.refreshTick();
        feedOneTick(page.store(), now + 1, 77);
        page.refreshTick();
        QCOMPARE(page.chartRedraws(), redraws);
        // The headers show the latest reading anyway.
        QVERIFY2(page.charts().at(0)->headerText().contains(u"77"_s),
                 qPrintable(page.charts().at(0)->headerText()));
    }
};

SONDE_TEST_GUI_MAIN(TestDashboardRefresh)
#include "tst_dashboardrefresh.moc"
