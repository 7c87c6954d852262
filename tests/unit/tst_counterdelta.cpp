// Delta, rate and reset arithmetic on cumulative counters: a reset gives nothing (a gap),
// never a negative number or a spike; rates do not depend on the sampling interval.
#include "monitoring/CounterDelta.h"

#include <QtTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace sonde;

class TestCounterDelta : public QObject
{
    Q_OBJECT
private slots:
    void deltaOfGrowingCounter()
    {
        QCOMPARE(counterDelta(100, 250).value(), 150.0);
        QCOMPARE(counterDelta(7, 7).value(), 0.0);
    }

    void resetGivesNothing()
    {
        QVERIFY(!counterDelta(1000, 3)); // restart: counter back near zero
        QVERIFY(!ratePerSecond(1000, 3, 1.0));
        QVERIFY(!counterDelta(std::nan(""), 3));
    }

    void rateDividesByTheRealInterval()
    {
        // 50 events per second, sampled at 1 s, 2.5 s and 10 s: the same rate.
        QCOMPARE(ratePerSecond(0, 50, 1.0).value(), 50.0);
        QCOMPARE(ratePerSecond(0, 125, 2.5).value(), 50.0);
        QCOMPARE(ratePerSecond(1000, 1500, 10.0).value(), 50.0);
        QVERIFY(!ratePerSecond(0, 50, 0.0));
        QVERIFY(!ratePerSecond(0, 50, -1.0));
    }

    void shareOfDeltas()
    {
        QCOMPARE(sharePercent(90, 10).value(), 90.0);
        QCOMPARE(sharePercent(0, 10).value(), 0.0);
        QVERIFY(!sharePercent(0, 0)); // no lookups: no hit rate, not 0 % and not 100 %
        QVERIFY(!sharePercent(-1, 10));
    }

    void meanPerEventNeedsEvents()
    {
        QCOMPARE(meanPerEvent(300, 3).value(), 100.0);
        QVERIFY(!meanPerEvent(300, 0));
    }

    void counterSetDeltas()
    {
        const Counters before{{u"hits"_s, 900}, {u"misses"_s, 100}, {u"calls"_s, 10}};
        const Counters after{{u"hits"_s, 1890}, {u"misses"_s, 110}, {u"calls"_s, 30}};
        const CounterDeltas d(before, after, 2.0);
        QVERIFY(!d.anyWentBackwards());
        QCOMPARE(d.delta(u"hits"_s).value(), 990.0);
        QCOMPARE(d.rate(u"calls"_s).value(), 10.0);
        QCOMPARE(d.share(u"hits"_s, u"misses"_s).value(), 99.0);
        QVERIFY(!d.delta(u"unknown"_s));
    }

    void counterSetReset()
    {
        const Counters before{{u"hits"_s, 900}, {u"misses"_s, 100}};
        const Counters after{{u"hits"_s, 12}, {u"misses"_s, 130}};
        const CounterDeltas d(before, after, 1.0);
        QVERIFY(d.anyWentBackwards());
        QVERIFY(!d.share(u"hits"_s, u"misses"_s));
        QCOMPARE(d.delta(u"misses"_s).value(), 30.0);
    }
};

QTEST_GUILESS_MAIN(TestCounterDelta)
#include "tst_counterdelta.moc"
