// Thresholds with the defaults from common practice, sustained crossings raising alerts on
// the timeline, recovery, and thresholds surviving a save/load through QSettings.
#include "TestMain.h"
#include "monitoring/AlertMonitor.h"
#include "monitoring/MetricStore.h"
#include "monitoring/TimelineEventStore.h"
#include "pgbouncer/PgBouncerMetrics.h"
#include "postgres/PostgresMetrics.h"
#include "redis/RedisMetrics.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

class TestAlertMonitor : public QObject
{
    Q_OBJECT

    QDateTime m_t = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);

    Snapshot snap(QLatin1String name, double value)
    {
        m_t = m_t.addSecs(1);
        Snapshot s;
        s.targetId = u"pg"_s;
        s.targetName = u"Orders DB"_s;
        s.at = m_t;
        s.continuity = Snapshot::Continuity::Continuous;
        s.values.insert(name, value);
        return s;
    }

private slots:
    void defaults()
    {
        const ThresholdSet d = ThresholdSet::defaults();
        QCOMPARE(d.forChart(ChartGroup::Latency).warning, 200.0);
        QCOMPARE(d.forChart(ChartGroup::Latency).critical, 500.0);
        QCOMPARE(d.forChart(ChartGroup::HitRate).warning, 60.0);
        QVERIFY(d.forChart(ChartGroup::HitRate).below);
        QCOMPARE(d.forChart(ChartGroup::PoolUse).warning, 90.0);
        QCOMPARE(d.forChart(ChartGroup::Latency).levelFor(250), AlertLevel::Warning);
        QCOMPARE(d.forChart(ChartGroup::Latency).levelFor(501), AlertLevel::Critical);
        QCOMPARE(d.forChart(ChartGroup::HitRate).levelFor(59), AlertLevel::Warning);
        QCOMPARE(d.forChart(ChartGroup::HitRate).levelFor(99), AlertLevel::Normal);
        QVERIFY(!d.forChart(ChartGroup::Throughput).isEnabled());
    }

    void sustainedCrossingRaisesOneAlert()
    {
        MetricStore store;
        TimelineEventStore timeline;
        AlertMonitor alerts(&store, &timeline);
        QSignalSpy raised(&alerts, &AlertMonitor::alertRaised);
        store.ingest(snap(metric::PgLatencyMs, 50));
        store.ingest(snap(metric::PgLatencyMs, 700)); // one slow interval: not yet
        QCOMPARE(raised.count(), 0);
        store.ingest(snap(metric::PgLatencyMs, 20));
        store.ingest(snap(metric::PgLatencyMs, 700));
        store.ingest(snap(metric::PgLatencyMs, 650)); // sustained: critical
        QCOMPARE(raised.count(), 1);
        const auto alert = raised.at(0).at(0).value<TimelineEvent>();
        QCOMPARE(alert.severity, TimelineEvent::Severity::Critical);
        QCOMPARE(alert.metric, QString(metric::PgLatencyMs));
        QVERIFY2(alert.text.contains(u"Orders DB"_s), qPrintable(alert.text));
        QVERIFY2(alert.text.contains(u"critical"_s), qPrintable(alert.text)); // not colour only
        QCOMPARE(alerts.level(u"pg"_s, metric::PgLatencyMs), AlertLevel::Critical);
        store.ingest(snap(metric::PgLatencyMs, 900)); // still critical: no repeat
        QCOMPARE(raised.count(), 1);
        QCOMPARE(timeline.count(), 1);
        QVERIFY(timeline.at(0).isAlert());
    }

    void recoveryIsRecorded()
    {
        MetricStore store;
        TimelineEventStore timeline;
        AlertMonitor alerts(&store, &timeline);
        QSignalSpy recovered(&alerts, &AlertMonitor::alertRecovered);
        store.ingest(snap(metric::RedisHitPct, 40));
        store.ingest(snap(metric::RedisHitPct, 35));
        QCOMPARE(alerts.level(u"pg"_s, metric::RedisHitPct), AlertLevel::Warning);
        QCOMPARE(alerts.activeCount(), 1);
        QCOMPARE(alerts.activeAlerts().size(), 1);
        QCOMPARE(alerts.activeAlerts().first().metric, QString(metric::RedisHitPct));
        // A single good reading is not a recovery: the hit rate must stay up.
        store.ingest(snap(metric::RedisHitPct, 97));
        store.ingest(snap(metric::RedisHitPct, 40)); // back down: the count starts over
        for (int i = 0; i < AlertMonitor::RecoveryReadings - 1; ++i)
            store.ingest(snap(metric::RedisHitPct, 97));
        QCOMPARE(recovered.count(), 0);
        QCOMPARE(alerts.level(u"pg"_s, metric::RedisHitPct), AlertLevel::Warning);
        store.ingest(snap(metric::RedisHitPct, 97));
        QCOMPARE(recovered.count(), 1);
        QCOMPARE(alerts.activeCount(), 0);
        QVERIFY(alerts.activeAlerts().isEmpty());
        QCOMPARE(timeline.count(), 2);
        QCOMPARE(timeline.at(1).kind, TimelineEvent::Kind::ThresholdRecovered);
    }

    void nonAlertingMetricsAreIgnored()
    {
        MetricStore store;
        AlertMonitor alerts(&store, nullptr);
        QSignalSpy raised(&alerts, &AlertMonitor::alertRaised);
        // Waiting clients are a count on the pool chart, not a percentage.
        for (int i = 0; i < 5; ++i)
            store.ingest(snap(metric::PgbClientsWaiting, 500));
        QCOMPARE(raised.count(), 0);
    }

    void editedThresholdsApply()
    {
        MetricStore store;
        AlertMonitor alerts(&store, nullptr);
        QSignalSpy raised(&alerts, &AlertMonitor::alertRaised);
        ThresholdSet t = ThresholdSet::defaults();
        t.set(ChartGroup::Latency, Threshold{5, 10, false});
        t.setSustainReadings(1);
        alerts.setThresholds(t);
        store.ingest(snap(metric::PgLatencyMs, 7));
        QCOMPARE(raised.count(), 1);
        QCOMPARE(alerts.level(u"pg"_s, metric::PgLatencyMs), AlertLevel::Warning);
    }

    void savedAndLoaded()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"t.ini"_s), QSettings::IniFormat);
        ThresholdSet t = ThresholdSet::defaults();
        t.set(ChartGroup::Latency, Threshold{150, std::nan(""), false});
        t.set(ChartGroup::PoolUse, Threshold{80, 95, false});
        t.setSustainReadings(3);
        t.save(settings);
        const ThresholdSet back = ThresholdSet::load(settings);
        QVERIFY(back == t);
        QVERIFY(std::isnan(back.forChart(ChartGroup::Latency).critical));
        QCOMPARE(back.sustainReadings(), 3);
    }
};

SONDE_TEST_GUILESS_MAIN(TestAlertMonitor)
#include "tst_alertmonitor.moc"
