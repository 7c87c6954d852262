// The Fleet page and a Prometheus' history on the dashboard, against the sandbox's real
// Prometheus and exporters: the fleet fills in worst first, an instance opens from the table,
// a server added after Prometheus scraped it has that history in front of its live line (one
// line), and an instance read through Prometheus has history and live readings.
#include "DataTableView.h"
#include "TestMain.h"
#include "TestSandbox.h"
#include "connection/PrometheusEndpoint.h"
#include "connection/TargetList.h"
#include "fleet/FleetPage.h"
#include "monitoring/MetricStore.h"
#include "monitoring/MonitoringPipeline.h"
#include "postgres/PostgresMetrics.h"
#include "prometheus/FleetModel.h"
#include "prometheus/PrometheusHistoryLoader.h"
#include "redis/RedisMetrics.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

// The readings of a series, and how many gaps break it.
struct Line
{
    QList<qint64> times;
    int gaps = 0;
};

Line lineOf(const MetricStore *store, const QString &target, const QString &metric)
{
    Line l;
    const MetricSeries *s = store->series(target, metric);
    if (!s)
        return l;
    for (const SeriesPoint &p : s->points(0, std::numeric_limits<qint64>::max() / 2, 0)) {
        if (p.isGap())
            ++l.gaps;
        else
            l.times << p.ms;
    }
    return l;
}

} // namespace

class TestFleetPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        SandboxOptions options;
        options.withPrometheus = true;
        options.prometheusScrapeSeconds = 1;
        QString error;
        QVERIFY2(test::TestSandbox::ensureStarted(&error, options), qPrintable(error));
        m_started = QDateTime::currentMSecsSinceEpoch();
    }

    void theFleetFillsAndAnInstanceOpens()
    {
        TargetList targets;
        MonitoringPipeline pipeline(&targets);
        FleetPage page(&pipeline);
        page.resize(1200, 600);
        page.show();
        QCOMPARE(page.model()->rowCount(), 0);
        targets.upsert({u"prom"_s, TargetKind::Prometheus, u"Sandbox Prometheus"_s,
                        test::TestSandbox::endpoints().prometheus, {}, true});
        QCOMPARE(page.currentPrometheus(), u"prom"_s);
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 3, 60000);
        QStringList kinds;
        for (int r = 0; r < 3; ++r) {
            kinds << page.model()->row(r).instance.job;
            QVERIFY(page.model()->row(r).instance.up);
            QCOMPARE(page.model()->row(r).rank, r);
        }
        kinds.sort();
        QCOMPARE(kinds, (QStringList{u"pgbouncer"_s, u"postgres"_s, u"redis"_s}));

        QSignalSpy opened(&page, &FleetPage::openInstance);
        auto *table = page.findChild<DataTableView *>();
        QVERIFY(table);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, FleetModel::Instance));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), u"prom"_s);
        // Hidden, the page stops asking.
        page.hide();
        const int rows = page.model()->rowCount();
        QCOMPARE(rows, 3);
    }

    // A server added after Prometheus has scraped it for a while: the line starts before it
    // was added (Prometheus' readings), runs on into Sonde's own without a gap.
    void historyBeforeTheServerWasAdded()
    {
        // Prometheus has some seconds of the sandbox by now; make sure of a few more.
        QTest::qWait(int(std::max<qint64>(0, m_started + 8000 - QDateTime::currentMSecsSinceEpoch())));
        TargetList targets;
        MonitoringPipeline pipeline(&targets);
        PrometheusHistoryLoader loader(&pipeline);
        QSignalSpy loaded(&loader, &PrometheusHistoryLoader::historyLoaded);
        targets.upsert({u"prom"_s, TargetKind::Prometheus, u"Sandbox Prometheus"_s,
                        test::TestSandbox::endpoints().prometheus, {}, true});
        const qint64 added = QDateTime::currentMSecsSinceEpoch();
        targets.upsert({u"pg"_s, TargetKind::PostgreSQL, u"Sandbox PostgreSQL"_s,
                        test::TestSandbox::endpoints().postgresMonitor, {}, true});
        QCOMPARE(PrometheusHistoryLoader::serverOf(targets.byId(u"pg"_s)),
                 u"127.0.0.1:%1"_s.arg(test::TestSandbox::endpoints().postgresPort));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 60000);
        QCOMPARE(loaded.at(0).at(0).toString(), u"pg"_s);

        QVERIFY(loaded.at(0).at(1).toInt() > 0);
        // Sonde's own readings come after.
        QTRY_VERIFY_WITH_TIMEOUT(lineOf(pipeline.store(), u"pg"_s, metric::PgConnections)
                                         .times.constLast() > added + 2000,
                                 30000);
        const Line line = lineOf(pipeline.store(), u"pg"_s, metric::PgConnections);
        QVERIFY2(line.times.constFirst() < added - 3000,
                 qPrintable(u"first reading %1 ms before the server was added"_s.arg(
                     added - line.times.constFirst())));
        QCOMPARE(line.gaps, 0);
    }

    // An instance read through Prometheus (no direct connection): its history and what
    // Prometheus says each second after.
    void anInstanceThroughPrometheus()
    {
        TargetList targets;
        MonitoringPipeline pipeline(&targets);
        PrometheusHistoryLoader loader(&pipeline);
        QSignalSpy loaded(&loader, &PrometheusHistoryLoader::historyLoaded);
        const QString server = test::TestSandbox::endpoints().prometheus;
        PromInstanceRef ref;
        ref.kind = TargetKind::Redis;
        ref.job = u"redis"_s;
        // The exporter's address: discovered by the fleet.
        {
            TargetList fleetTargets;
            MonitoringPipeline fleetPipeline(&fleetTargets);
            FleetPage page(&fleetPipeline);
            page.show();
            fleetTargets.upsert({u"prom"_s, TargetKind::Prometheus, u"P"_s, server, {}, true});
            QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 3, 60000);
            for (int r = 0; r < 3; ++r) {
                if (page.model()->row(r).instance.kind == TargetKind::Redis)
                    ref.instance = page.model()->row(r).instance.instance;
            }
        }
        QVERIFY(!ref.instance.isEmpty());
        const qint64 added = QDateTime::currentMSecsSinceEpoch();
        targets.upsert({u"redis-via-prom"_s, TargetKind::Prometheus, u"Redis (Prometheus)"_s,
                        ref.toUri(server), {}, true});
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 60000);
        QVERIFY(loaded.at(0).at(1).toInt() > 0);
        // Live readings from Prometheus, in Redis' metrics.
        QTRY_VERIFY_WITH_TIMEOUT(
            !std::isnan(pipeline.store()->latest(u"redis-via-prom"_s).value(metric::RedisClientsPct)),
            30000);
        const Line line = lineOf(pipeline.store(), u"redis-via-prom"_s, metric::RedisClientsPct);
        QVERIFY(line.times.constFirst() < added - 3000);
    }

    void cleanupTestCase() { test::TestSandbox::stop(); }

private:
    qint64 m_started = 0;
};

SONDE_TEST_GUI_MAIN(TestFleetPage)
#include "tst_fleetpage.moc"
