// The store: snapshots become series, gaps break the lines after a reconnect, a reset or a
// lost target, and a simulated day keeps memory constant.
#include "TestMain.h"
#include "monitoring/MetricStore.h"
#include "postgres/PostgresMetrics.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

Snapshot snap(const QDateTime &at, double latency, Snapshot::Continuity c)
{
    Snapshot s;
    s.targetId = u"pg"_s;
    s.targetName = u"PG"_s;
    s.at = at;
    s.continuity = c;
    s.values.insert(metric::PgConnections, 5);
    if (!std::isnan(latency))
        s.values.insert(metric::PgLatencyMs, latency);
    return s;
}

} // namespace

class TestMetricStore : public QObject
{
    Q_OBJECT
private slots:
    void ingestsSnapshots()
    {
        MetricStore store;
        QSignalSpy spy(&store, &MetricStore::snapshotIngested);
        const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        store.ingest(snap(t0, std::nan(""), Snapshot::Continuity::First));
        store.ingest(snap(t0.addSecs(1), 12.5, Snapshot::Continuity::Continuous));
        QCOMPARE(spy.count(), 2);
        const MetricSeries *lat = store.series(u"pg"_s, metric::PgLatencyMs);
        QVERIFY(lat);
        QCOMPARE(lat->lastValue(), 12.5);
        QCOMPARE(store.series(u"pg"_s, metric::PgConnections)->fullResolutionCount(), 2);
        QCOMPARE(store.latest(u"pg"_s).value(metric::PgLatencyMs), 12.5);
        QCOMPARE(store.firstMs(), t0.toMSecsSinceEpoch());
        QCOMPARE(store.lastMs(), t0.addSecs(1).toMSecsSinceEpoch());
    }

    void reconnectBreaksTheLine()
    {
        MetricStore store;
        const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        store.ingest(snap(t0, 10, Snapshot::Continuity::Continuous));
        store.ingest(snap(t0.addSecs(20), 11, Snapshot::Continuity::Reconnected));
        const QList<SeriesPoint> pts =
            store.series(u"pg"_s, metric::PgLatencyMs)
                ->points(t0.toMSecsSinceEpoch(), t0.addSecs(20).toMSecsSinceEpoch(), 0);
        QCOMPARE(pts.size(), 3);
        QVERIFY(pts.at(1).isGap());
    }

    void resetLeavesAGapInTheRates()
    {
        MetricStore store;
        const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        store.ingest(snap(t0, 10, Snapshot::Continuity::Continuous));
        store.ingest(snap(t0.addSecs(1), std::nan(""), Snapshot::Continuity::Reset));
        store.ingest(snap(t0.addSecs(2), 12, Snapshot::Continuity::Continuous));
        const auto *lat = store.series(u"pg"_s, metric::PgLatencyMs);
        QVERIFY(!lat->valueAt(t0.addSecs(1).toMSecsSinceEpoch(), 100));
        QCOMPARE(lat->valueAt(t0.addSecs(2).toMSecsSinceEpoch(), 100).value(), 12.0);
        // Gauges carry on through a reset.
        QCOMPARE(store.series(u"pg"_s, metric::PgConnections)
                     ->valueAt(t0.addSecs(1).toMSecsSinceEpoch(), 100)
                     .value(),
                 5.0);
    }

    void lostTargetMarksAGap()
    {
        MetricStore store;
        const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        store.ingest(snap(t0, 10, Snapshot::Continuity::Continuous));
        store.markGap(u"pg"_s, t0.addSecs(1));
        QVERIFY(std::isnan(store.series(u"pg"_s, metric::PgLatencyMs)->lastValue()));
    }

    void aDayOfThreeTargetsStaysBounded()
    {
        MetricStore store;
        const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        auto feed = [&](int fromSecond, int toSecond) {
            for (int i = fromSecond; i < toSecond; ++i) {
                for (const QString &id : {u"pg"_s, u"bouncer"_s, u"redis"_s}) {
                    Snapshot s = snap(t0.addSecs(i), i % 50, Snapshot::Continuity::Continuous);
                    s.targetId = id;
                    store.ingest(s);
                }
            }
        };
        feed(0, 3600);
        const std::size_t afterHour = store.memoryBytes();
        feed(3600, 24 * 3600);
        QCOMPARE(store.memoryBytes(), afterHour);
        QCOMPARE(store.seriesCount(), 6);
    }

    void removeTarget()
    {
        MetricStore store;
        QSignalSpy spy(&store, &MetricStore::targetRemoved);
        store.ingest(snap(QDateTime::currentDateTimeUtc(), 1, Snapshot::Continuity::First));
        store.removeTarget(u"pg"_s);
        QCOMPARE(spy.count(), 1);
        QVERIFY(!store.series(u"pg"_s, metric::PgLatencyMs));
    }
};

SONDE_TEST_GUILESS_MAIN(TestMetricStore)
#include "tst_metricstore.moc"
