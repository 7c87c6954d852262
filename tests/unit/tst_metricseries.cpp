// The bounded series: full resolution for the last hour, min/avg/max buckets beyond, memory
// fixed at construction, gaps kept through downsampling.
#include "monitoring/MetricSeries.h"

#include <QtTest>

#include <cmath>

using namespace sonde;

class TestMetricSeries : public QObject
{
    Q_OBJECT
private slots:
    void keepsFullResolutionForTheLastHour()
    {
        MetricSeries s;
        const qint64 t0 = 1'700'000'000'000;
        for (int i = 0; i < 3600; ++i)
            s.append(t0 + i * 1000, i);
        QCOMPARE(s.fullResolutionCount(), 3600);
        QCOMPARE(s.bucketCount(), 0);
        const QList<SeriesPoint> pts = s.points(t0, t0 + 3599 * 1000, 0);
        QCOMPARE(pts.size(), 3600);
        QCOMPARE(pts.first().value, 0.0);
        QCOMPARE(pts.last().value, 3599.0);
    }

    void memoryDoesNotGrowOverADay()
    {
        MetricSeries s;
        const std::size_t before = s.memoryBytes();
        const qint64 t0 = 1'700'000'000'000;
        // 26 hours at one reading per second.
        for (qint64 i = 0; i < 26 * 3600; ++i)
            s.append(t0 + i * 1000, double(i % 100));
        QCOMPARE(s.memoryBytes(), before);
        QVERIFY(s.fullResolutionCount() <= 3600);
        QCOMPARE(s.bucketCount(), 1440); // 24 h of one-minute buckets
        // The oldest hour went on into ten-minute buckets (24 h of one-minute buckets + the
        // last hour at full resolution before it).
        QVERIFY(s.coarseBucketCount() >= 6 && s.coarseBucketCount() <= 7);
        QVERIFY(s.firstMs() <= t0 && s.firstMs() > t0 - 600000);
        QCOMPARE(s.lastMs(), t0 + (26 * 3600 - 1) * 1000);
        // In time order everywhere, also where a minute is half folded into its bucket.
        for (qint64 extra = 1; extra <= 70; extra += 23) {
            s.append(t0 + (26 * 3600 - 1 + extra) * 1000, 1.0);
            const QList<SeriesPoint> all = s.points(s.firstMs(), s.lastMs(), 0);
            for (int i = 1; i < all.size(); ++i)
                QVERIFY2(all.at(i).ms >= all.at(i - 1).ms, qPrintable(QString::number(i)));
        }
    }

    // A week (a Prometheus' history): beyond the day of one-minute buckets, ten-minute ones,
    // in time order, the oldest dropped after seven days.
    void aWeekInTenMinuteBuckets()
    {
        MetricSeries s;
        const std::size_t before = s.memoryBytes();
        const qint64 t0 = 1'700'000'000'000;
        const qint64 minute = 60000;
        // Nine days, a reading a minute; a gap in the middle of the third day.
        for (qint64 i = 0; i < 9 * 1440; ++i) {
            if (i == 2 * 1440 + 700)
                s.appendGap(t0 + i * minute);
            else
                s.append(t0 + i * minute, double(i % 1440));
        }
        QCOMPARE(s.memoryBytes(), before);
        QCOMPARE(s.coarseBucketCount(), 1008);
        const qint64 last = t0 + (9 * 1440 - 1) * minute;
        QCOMPARE(s.lastMs(), last);
        // Seven days of ten-minute buckets, a day of one-minute buckets and the last hour.
        QVERIFY(s.firstMs() >= last - 8 * 86400000LL - 2 * 3600000);
        QVERIFY(s.firstMs() <= last - 8 * 86400000LL);
        const QList<SeriesPoint> week = s.points(last - 7 * 86400000LL, last, 0);
        QVERIFY(week.size() > 850 + 1440);
        int gaps = 0;
        for (int i = 1; i < week.size(); ++i) {
            QVERIFY2(week.at(i).ms >= week.at(i - 1).ms,
                     qPrintable(QString::number(week.at(i).ms - week.at(i - 1).ms)));
            gaps += week.at(i).isGap() ? 1 : 0;
        }
        QCOMPARE(gaps, 1);
        // A ten-minute bucket averages its minutes and keeps their extremes.
        const auto old = s.points(t0 + 4 * 86400000LL, t0 + 4 * 86400000LL + 600000, 0);
        QVERIFY(!old.isEmpty());
        QVERIFY(old.constLast().max - old.constLast().min >= 9);
        // With no ten-minute buckets, a day is all there is.
        MetricSeries::Limits dayOnly;
        dayOnly.coarseCapacity = 0;
        MetricSeries d(dayOnly);
        for (qint64 i = 0; i < 3 * 1440; ++i)
            d.append(t0 + i * minute, 1);
        QCOMPARE(d.coarseBucketCount(), 0);
        QVERIFY(d.firstMs() >= t0 + 3 * 86400000LL - 86400000LL - 2 * 3600000);
    }

    void bucketsKeepMinAvgMax()
    {
        MetricSeries::Limits limits;
        limits.fullCapacity = 10;
        limits.fullSpanMs = 10'000;
        limits.bucketMs = 60'000;
        MetricSeries s(limits);
        const qint64 t0 = 1'700'000'040'000 - (1'700'000'040'000 % 60'000);
        // One minute of readings 0..59, then enough later readings to fold it.
        for (int i = 0; i < 60; ++i)
            s.append(t0 + i * 1000, i);
        for (int i = 0; i < 20; ++i)
            s.append(t0 + 120'000 + i * 1000, 1000);
        QVERIFY(s.bucketCount() >= 1);
        const QList<SeriesPoint> pts = s.points(t0, t0 + 59'999, 0);
        QCOMPARE(pts.size(), 1);
        QCOMPARE(pts.first().min, 0.0);
        QCOMPARE(pts.first().max, 59.0);
        QCOMPARE(pts.first().value, 29.5);
    }

    void downsamplingKeepsExtremesAndGaps()
    {
        MetricSeries s;
        const qint64 t0 = 1'700'000'000'000;
        for (int i = 0; i < 1000; ++i)
            s.append(t0 + i * 1000, i == 500 ? 1e6 : 1.0);
        s.appendGap(t0 + 1000 * 1000);
        for (int i = 1001; i < 2000; ++i)
            s.append(t0 + i * 1000, 2.0);
        const QList<SeriesPoint> pts = s.points(t0, t0 + 1999 * 1000, 100);
        QVERIFY(pts.size() <= 110);
        double highest = 0;
        int gaps = 0;
        for (const SeriesPoint &p : pts) {
            if (p.isGap()) {
                ++gaps;
                continue;
            }
            highest = std::max(highest, p.max);
        }
        QCOMPARE(highest, 1e6); // a spike survives decimation in max
        QCOMPARE(gaps, 1);      // and the gap still breaks the line
    }

    void valueAtFindsTheNearestReading()
    {
        MetricSeries s;
        const qint64 t0 = 1'700'000'000'000;
        s.append(t0, 10);
        s.append(t0 + 1000, 20);
        s.appendGap(t0 + 1500);
        s.append(t0 + 5000, 30);
        QCOMPARE(s.valueAt(t0 + 900, 600).value(), 20.0);
        QVERIFY(!s.valueAt(t0 + 1600, 300)); // in the gap
        QVERIFY(!s.valueAt(t0 + 3000, 500)); // nothing near
        QCOMPARE(s.valueAt(t0 + 4800, 600).value(), 30.0);
    }

    void ignoresReadingsThatGoBackInTime()
    {
        MetricSeries s;
        s.append(2000, 1);
        s.append(1000, 2);
        QCOMPARE(s.fullResolutionCount(), 1);
        QCOMPARE(s.lastValue(), 1.0);
    }

    void entersTheRangeFromTheLeft()
    {
        MetricSeries s;
        for (int i = 0; i < 10; ++i)
            s.append(i * 1000, i);
        const QList<SeriesPoint> pts = s.points(4500, 9000, 0);
        QCOMPARE(pts.first().ms, qint64(4000)); // the reading just before the window
        QCOMPARE(pts.last().ms, qint64(9000));
    }
};

QTEST_GUILESS_MAIN(TestMetricSeries)
#include "tst_metricseries.moc"
