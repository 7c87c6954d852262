#include "bench/LatencyHistogram.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

using namespace sonde;

class TestLatencyHistogram : public QObject
{
    Q_OBJECT
private:
    // The nearest-rank percentile of sorted data, the definition the histogram follows.
    static int64_t exact(const std::vector<int64_t> &sorted, double p)
    {
        int64_t rank = int64_t(std::ceil(p / 100.0 * double(sorted.size())));
        rank = std::clamp<int64_t>(rank, 1, int64_t(sorted.size()));
        return sorted[size_t(rank - 1)];
    }
    static void checkAgainstExact(std::vector<int64_t> data)
    {
        LatencyHistogram h;
        for (int64_t v : data)
            h.record(v);
        std::sort(data.begin(), data.end());
        QCOMPARE(h.count(), int64_t(data.size()));
        QCOMPARE(h.min(), data.front());
        QCOMPARE(h.max(), data.back());
        for (double p : {1.0, 10.0, 25.0, 50.0, 75.0, 90.0, 95.0, 99.0, 99.9, 99.99, 100.0}) {
            const double want = double(exact(data, p));
            const double got = double(h.percentile(p));
            const double relative = want == 0 ? std::fabs(got) : std::fabs(got - want) / want;
            if (relative > 0.01)
                QFAIL(qPrintable(QStringLiteral("p%1: got %2, exact %3 (%4 %)")
                                     .arg(p)
                                     .arg(got)
                                     .arg(want)
                                     .arg(relative * 100)));
        }
    }

private slots:
    void emptyHistogram()
    {
        LatencyHistogram h;
        QCOMPARE(h.count(), int64_t(0));
        QCOMPARE(h.percentile(50), int64_t(0));
        QCOMPARE(h.max(), int64_t(0));
        QVERIFY(h.buckets().isEmpty());
    }

    void smallValuesAreExact()
    {
        LatencyHistogram h;
        for (int v = 0; v < 200; ++v)
            h.record(v);
        QCOMPARE(h.percentile(50), int64_t(99)); // rank 100 of 0..199
        QCOMPARE(h.percentile(100), int64_t(199));
        QCOMPARE(h.percentile(0), int64_t(0));
    }

    void bucketsCoverEveryValueOnce()
    {
        // Every bucket starts where the previous one ended and values map into their bucket.
        uint64_t expected = 0;
        for (int i = 0; i < LatencyHistogram::BucketCount; ++i) {
            QCOMPARE(LatencyHistogram::bucketLow(i), expected);
            expected += LatencyHistogram::bucketWidth(i);
        }
        for (uint64_t v : {0ULL, 1ULL, 255ULL, 256ULL, 257ULL, 511ULL, 512ULL, 100000ULL,
                           123456789ULL, 1ULL << 40}) {
            const int i = LatencyHistogram::bucketIndex(v);
            QVERIFY(v >= LatencyHistogram::bucketLow(i));
            QVERIFY(v < LatencyHistogram::bucketLow(i) + LatencyHistogram::bucketWidth(i));
            // The bucket is narrow: ≤ 1/128 of its values.
            QVERIFY(double(LatencyHistogram::bucketWidth(i)) <= std::max(1.0, double(v) / 128.0));
        }
    }

    void uniformLatencies()
    {
        std::mt19937_64 rng(1);
        std::uniform_int_distribution<int64_t> d(50000, 5000000); // 50 µs .. 5 ms
        std::vector<int64_t> data(200000);
        for (int64_t &v : data)
            v = d(rng);
        checkAgainstExact(data);
    }

    void lognormalLatenciesWithALongTail()
    {
        std::mt19937_64 rng(2);
        std::lognormal_distribution<double> d(std::log(200000.0), 1.2); // median 0.2 ms
        std::vector<int64_t> data(300000);
        for (int64_t &v : data)
            v = int64_t(d(rng));
        data[0] = 30LL * 1000 * 1000 * 1000; // one 30 s outlier
        checkAgainstExact(data);
    }

    void bimodalCacheHitsAndMisses()
    {
        std::mt19937_64 rng(3);
        std::normal_distribution<double> hit(120000, 15000), miss(4000000, 600000);
        std::bernoulli_distribution isMiss(0.07);
        std::vector<int64_t> data(100000);
        for (int64_t &v : data)
            v = std::max<int64_t>(1, int64_t(isMiss(rng) ? miss(rng) : hit(rng)));
        checkAgainstExact(data);
    }

    void mergeEqualsRecordingEverything()
    {
        std::mt19937_64 rng(4);
        std::exponential_distribution<double> d(1.0 / 300000);
        LatencyHistogram all, a, b;
        std::vector<int64_t> data;
        for (int i = 0; i < 50000; ++i) {
            const int64_t v = int64_t(d(rng));
            data.push_back(v);
            all.record(v);
            (i % 3 ? a : b).record(v);
        }
        a.merge(b);
        QCOMPARE(a.count(), all.count());
        QCOMPARE(a.min(), all.min());
        QCOMPARE(a.max(), all.max());
        for (double p : {50.0, 90.0, 99.0, 99.9})
            QCOMPARE(a.percentile(p), all.percentile(p));
        QVERIFY(std::fabs(a.mean() - all.mean()) < 1e-6 * all.mean());
    }

    void serializeRoundTrip()
    {
        LatencyHistogram h;
        for (int i = 1; i < 10000; ++i)
            h.record(int64_t(i) * 997);
        LatencyHistogram back;
        QVERIFY(LatencyHistogram::deserialize(h.serialize(), &back));
        QCOMPARE(back.count(), h.count());
        QCOMPARE(back.percentile(99), h.percentile(99));
        QCOMPARE(back.max(), h.max());
        QVERIFY(!LatencyHistogram::deserialize(QByteArray("garbage"), &back));
        QByteArray truncated = h.serialize();
        truncated.chop(5);
        QVERIFY(!LatencyHistogram::deserialize(truncated, &back));
    }

    void negativeAndHugeValuesAreClamped()
    {
        LatencyHistogram h;
        h.record(-5);
        h.record(int64_t(1) << 50);
        QCOMPARE(h.count(), int64_t(2));
        QCOMPARE(h.min(), int64_t(0));
        QCOMPARE(h.percentile(100), int64_t(1) << 50); // clamped to the recorded max
    }
};

QTEST_GUILESS_MAIN(TestLatencyHistogram)
#include "tst_latencyhistogram.moc"
