// The confidence of a throughput comparison from the runs' per-interval throughput.
#include "bench/ComparisonConfidence.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

// A run whose measured seconds ran at these rates, after `warmup` seconds at 1 tx/s.
BenchmarkResult run(qint64 id, const QList<double> &rates, int warmup = 0)
{
    BenchmarkResult r;
    r.id = id;
    double second = 0;
    for (int i = 0; i < warmup; ++i) {
        BenchmarkProgress p;
        p.second = ++second;
        p.warmup = true;
        p.throughput = 1;
        r.progress << p;
    }
    for (double rate : rates) {
        BenchmarkProgress p;
        p.second = ++second;
        p.throughput = rate;
        r.progress << p;
    }
    return r;
}

// n seconds alternating mean − swing and mean + swing.
QList<double> alternating(int n, double mean, double swing)
{
    QList<double> out;
    for (int i = 0; i < n; ++i)
        out << (i % 2 ? mean + swing : mean - swing);
    return out;
}

} // namespace

class TestComparisonConfidence : public QObject
{
    Q_OBJECT
private slots:
    void variationOfARun()
    {
        // Warm-up seconds are not measured.
        const RunVariation v = RunVariation::of(run(7, {90, 110, 90, 110}, 3));
        QCOMPARE(v.runId, qint64(7));
        QCOMPARE(v.intervals, 4);
        QCOMPARE(v.meanThroughput, 100.0);
        QCOMPARE(v.stddev, std::sqrt(400.0 / 3)); // sample standard deviation
        QVERIFY(std::fabs(v.cvPct() - std::sqrt(400.0 / 3)) < 1e-9);
        QCOMPARE(v.standardError(), std::sqrt(400.0 / 3) / 2);
        QCOMPARE(RunVariation::of(run(1, {})).intervals, 0);
        QCOMPARE(RunVariation::of(run(1, {50})).cvPct(), 0.0);
    }

    void steadyLongRunsWithADifferenceAreClear()
    {
        const ComparisonConfidence c = ComparisonConfidence::of(run(1, alternating(60, 1000, 10)),
                                                                run(2, alternating(60, 1500, 15)));
        QCOMPARE(c.differencePct, 50.0);
        QVERIFY(c.noisePct < 2);
        QVERIFY(!c.tooFewSamples());
        QVERIFY(!c.withinNoise());
        QVERIFY(!c.unsteady());
        QVERIFY(c.clear());
        QVERIFY(c.warnings().isEmpty());
        QVERIFY2(c.verdict().contains(u"larger than the runs' noise"_s), qPrintable(c.verdict()));
    }

    void aDifferenceWithinTheNoiseSaysSo()
    {
        // ±50 % from second to second: a 4 % difference over 60 s each is chance.
        const ComparisonConfidence c = ComparisonConfidence::of(run(3, alternating(60, 1000, 500)),
                                                                run(4, alternating(60, 1040, 520)));
        QVERIFY(!c.tooFewSamples());
        QVERIFY(c.withinNoise());
        QVERIFY(c.unsteady());
        QVERIFY(!c.clear());
        QVERIFY2(c.verdict().contains(u"within the runs' noise"_s), qPrintable(c.verdict()));
        const QString all = c.warnings().join(u'\n');
        QVERIFY2(all.contains(u"Run #3 was not steady"_s), qPrintable(all));
        QVERIFY2(all.contains(u"repeat each run"_s), qPrintable(all));
    }

    void tenSecondRunsAreTooFew()
    {
        // Two 10 s runs that differ 2.3×, as identical replay runs did: steady within each
        // run, so only the number of intervals can warn.
        const ComparisonConfidence c = ComparisonConfidence::of(run(5, alternating(10, 100, 2)),
                                                                run(6, alternating(10, 230, 4)));
        QVERIFY(!c.withinNoise());
        QVERIFY(c.tooFewSamples());
        QVERIFY(!c.clear());
        const QStringList w = c.warnings();
        QVERIFY2(
            w.join(u'\n').contains(u"Run #5 has only 10 measured interval(s), fewer than 30"_s),
            qPrintable(w.join(u'\n')));
        QVERIFY(w.join(u'\n').contains(u"Run #6 has only 10"_s));
        QVERIFY(w.last().contains(u"repeat each run"_s));
        const QJsonObject json = c.toJson();
        QCOMPARE(json.value(u"too_few_samples"_s).toBool(), true);
        QCOMPARE(json.value(u"before"_s).toObject().value(u"intervals"_s).toInt(), 10);
        QCOMPARE(json.value(u"warnings"_s).toArray().size(), w.size());
    }
};

QTEST_GUILESS_MAIN(TestComparisonConfidence)
#include "tst_comparisonconfidence.moc"
