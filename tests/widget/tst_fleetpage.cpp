// The Fleet page and a Prometheus' history on the dashboard, against the sandbox's real
// Prometheus and exporters: the fleet fills in worst first, an instance opens from the table,
// a server added after Prometheus scraped it has that history in front of its live line (one
// line), and an instance read through Prometheus has history and live readings.
#include "DataTableView.h"
#include "TestMain.h"
#include "TestSandbox.h"
#include "connection/PrometheusEndpoint.h"
#include "connection/RedisClient.h"
#include "connection/RedisEndpoint.h"
#include "connection/TargetList.h"
#include "fleet/FleetPage.h"
#include "monitoring/MetricStore.h"
#include "monitoring/MonitoringPipeline.h"
#include "monitoring/TargetMonitor.h"
#include "monitoring/TimelineEventStore.h"
#include "postgres/PostgresMetrics.h"
#include "prometheus/FleetModel.h"
#include "prometheus/PrometheusHistoryLoader.h"
#include "prometheus/PrometheusRules.h"
#include "prometheus/PrometheusSampler.h"
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
        options.prometheusScrapeSeconds = 2;
        // Sonde's rules, firing at once (held 0 s).
        options.prometheusRules = PrometheusRules::rulesFile(ThresholdSet::defaults(), 0, 2);
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
        targets.upsert({u"prom"_s,
                        TargetKind::Prometheus,
                        u"Sandbox Prometheus"_s,
                        test::TestSandbox::endpoints().prometheus,
                        {},
                        true});
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
        // Hidden, the page stops asking: at most the reading already under way arrives.
        QSignalSpy fleetReadings(pipeline.monitor(), &TargetMonitor::feedRead);
        page.hide();
        QTest::qWait(3 * FleetPage::RefreshIntervalMs);
        int after = 0;
        for (const QList<QVariant> &signal : std::as_const(fleetReadings))
            after += signal.at(0).value<FeedReading>().feed == FleetFeed ? 1 : 0;
        QVERIFY2(after <= 1, qPrintable(u"%1 fleet readings while hidden"_s.arg(after)));
    }

    // A server added after Prometheus has scraped it for a while: the line starts before it
    // was added (Prometheus' readings), runs on into Sonde's own without a gap.
    void historyBeforeTheServerWasAdded()
    {
        // Prometheus has some seconds of the sandbox by now; make sure of a few more.
        QTest::qWait(
            int(std::max<qint64>(0, m_started + 8000 - QDateTime::currentMSecsSinceEpoch())));
        TargetList targets;
        MonitoringPipeline pipeline(&targets);
        PrometheusHistoryLoader loader(&pipeline);
        QSignalSpy loaded(&loader, &PrometheusHistoryLoader::historyLoaded);
        targets.upsert({u"prom"_s,
                        TargetKind::Prometheus,
                        u"Sandbox Prometheus"_s,
                        test::TestSandbox::endpoints().prometheus,
                        {},
                        true});
        const qint64 added = QDateTime::currentMSecsSinceEpoch();
        targets.upsert({u"pg"_s,
                        TargetKind::PostgreSQL,
                        u"Sandbox PostgreSQL"_s,
                        test::TestSandbox::endpoints().postgresMonitor,
                        {},
                        true});
        QCOMPARE(PrometheusHistoryLoader::serverOf(targets.byId(u"pg"_s)),
                 u"127.0.0.1:%1"_s.arg(test::TestSandbox::endpoints().postgresPort));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 60000);
        QCOMPARE(loaded.at(0).at(0).toString(), u"pg"_s);

        QVERIFY(loaded.at(0).at(1).toInt() > 0);
        // Sonde's own readings come after.
        QTRY_VERIFY_WITH_TIMEOUT(
            lineOf(pipeline.store(), u"pg"_s, metric::PgConnections).times.constLast() >
                added + 2000,
            30000);
        const Line line = lineOf(pipeline.store(), u"pg"_s, metric::PgConnections);
        QVERIFY2(line.times.constFirst() < added - 3000,
                 qPrintable(u"first reading %1 ms before the server was added"_s.arg(
                     added - line.times.constFirst())));
        // One line: no gap between Prometheus' last reading and Sonde's first.
        const MetricSeries *s = pipeline.store()->series(u"pg"_s, metric::PgConnections);
        for (const SeriesPoint &p : s->points(added - 5000, added + 1500, 0))
            QVERIFY2(!p.isGap(), qPrintable(u"a gap %1 ms from the join"_s.arg(p.ms - added)));
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
        targets.upsert({u"redis-via-prom"_s,
                        TargetKind::Prometheus,
                        u"Redis (Prometheus)"_s,
                        ref.toUri(server),
                        {},
                        true});
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 60000);
        QVERIFY(loaded.at(0).at(1).toInt() > 0);
        // Live readings from Prometheus, in Redis' metrics.
        QTRY_VERIFY_WITH_TIMEOUT(
            !std::isnan(
                pipeline.store()->latest(u"redis-via-prom"_s).value(metric::RedisClientsPct)),
            30000);
        const Line line = lineOf(pipeline.store(), u"redis-via-prom"_s, metric::RedisClientsPct);
        QVERIFY(line.times.constFirst() < added - 3000);
    }

    // An alert Prometheus fires is a marker on the time axis, at the time it became active.
    void firingAlertsAreMarkers()
    {
        TargetList targets;
        MonitoringPipeline pipeline(&targets);
        targets.upsert({u"prom"_s,
                        TargetKind::Prometheus,
                        u"Sandbox Prometheus"_s,
                        test::TestSandbox::endpoints().prometheus,
                        {},
                        true});
        RedisEndpoint rep;
        QString error;
        QVERIFY(RedisEndpoint::parse(test::TestSandbox::endpoints().redis, &rep, &error));
        RedisClient client;
        QVERIFY(!client.open(rep, 5000, 5000).isError());
        auto alertMarker = [&]() -> std::optional<TimelineEvent> {
            const TimelineEventStore *timeline = pipeline.timeline();
            for (int i = 0; i < timeline->count(); ++i) {
                if (timeline->at(i).kind == TimelineEvent::Kind::PrometheusAlert &&
                    timeline->at(i).text.contains(
                        PrometheusRules::ruleName(metric::RedisHitPct, AlertLevel::Warning)))
                    return timeline->at(i);
            }
            return std::nullopt;
        };
        QElapsedTimer clock;
        clock.start();
        // Misses only: the Redis hit rate falls under the 60 % threshold.
        while (!alertMarker() && clock.elapsed() < 90000) {
            RedisReply reply;
            for (int i = 0; i < 20; ++i)
                QVERIFY(!client.command({"GET", "sonde:fleet:missing"}, &reply).isError());
            QTest::qWait(200);
        }
        const auto marker = alertMarker();
        QVERIFY(marker);
        QCOMPARE(marker->severity, TimelineEvent::Severity::Warning);
        QCOMPARE(marker->targetId, u"prom"_s);
        QVERIFY(marker->at.toMSecsSinceEpoch() <= QDateTime::currentMSecsSinceEpoch());
        QVERIFY(marker->at.toMSecsSinceEpoch() >= m_started);
        // Once: the next readings of the same alert add nothing.
        const int before = pipeline.timeline()->count();
        QTest::qWait(6000);
        int same = 0;
        for (int i = 0; i < pipeline.timeline()->count(); ++i)
            same += pipeline.timeline()->at(i).text == marker->text ? 1 : 0;
        QCOMPARE(same, 1);
        QVERIFY(pipeline.timeline()->count() >= before);
    }

    void cleanupTestCase() { test::TestSandbox::stop(); }

private:
    qint64 m_started = 0;
};

SONDE_TEST_GUI_MAIN(TestFleetPage)
#include "tst_fleetpage.moc"
