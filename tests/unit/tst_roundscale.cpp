// Round axis scales: every tick at 1, 2 or 5 × 10^n.
#include "common/RoundScale.h"

#include <QtTest>

#include <cmath>

using namespace sonde;

namespace {

// 1, 2 or 5 × 10^n.
bool isRound(double v)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(v) + 1e-12));
    const double m = v / magnitude;
    return std::fabs(m - 1) < 1e-9 || std::fabs(m - 2) < 1e-9 || std::fabs(m - 5) < 1e-9;
}

} // namespace

class TestRoundScale : public QObject
{
    Q_OBJECT
private slots:
    void stepsAreOneTwoOrFive_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("intervals");
        QTest::addColumn<double>("step");
        QTest::newRow("latency 661.6 ms") << 661.6 << 4 << 200.0;
        QTest::newRow("3.4 calls/s") << 3.4 << 4 << 1.0;
        QTest::newRow("exact") << 400.0 << 4 << 100.0;
        QTest::newRow("0.3 in 3 steps") << 0.3 << 3 << 0.1;
        QTest::newRow("small") << 0.0123 << 4 << 0.005;
        QTest::newRow("nothing") << 0.0 << 4 << 1.0;
    }
    void stepsAreOneTwoOrFive()
    {
        QFETCH(double, value);
        QFETCH(int, intervals);
        QFETCH(double, step);
        QCOMPARE(RoundScale::step(value, intervals), step);
    }

    void axisTicksAreRound()
    {
        // The values behind "165.4 / 330.8 / 496.2 ms" and "1.1 / 2.2 / 3.4 calls/s".
        for (double value : {661.6, 3.4, 57.0, 0.87, 12345.0, 1.0, 1357.4}) {
            const RoundScale::Axis a = RoundScale::axis(value, 4);
            QVERIFY2(a.top >= value, qPrintable(QString::number(value)));
            QVERIFY(a.ticks >= 2 && a.ticks <= 5);
            QVERIFY2(isRound(a.top / (a.ticks - 1)), qPrintable(QString::number(a.top)));
            // As tight as the step allows: one step less would not cover the value.
            QVERIFY(a.top - a.top / (a.ticks - 1) < value);
        }
        QCOMPARE(RoundScale::axis(661.6).top, 800.0);
        QCOMPARE(RoundScale::axis(661.6).ticks, 5);
        QCOMPARE(RoundScale::axis(3.4).top, 4.0);
        QCOMPARE(RoundScale::axis(1357.4).top, 1500.0);
        QCOMPARE(RoundScale::axis(1357.4).ticks, 4);
        QCOMPARE(RoundScale::axis(0).top, 1.0);
    }

    void ticksCoverTheRange()
    {
        QCOMPARE(RoundScale::ticks(0, 661.6), (QList<double>{0, 200, 400, 600, 800}));
        QCOMPARE(RoundScale::ticks(0, 10), (QList<double>{0, 2, 4, 6, 8, 10}));
        const QList<double> t = RoundScale::ticks(3.2, 17.9);
        QCOMPARE(t.first(), 0.0);
        QCOMPARE(t.last(), 20.0);
        for (double v : t)
            QCOMPARE(std::fmod(v, 5.0), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestRoundScale)
#include "tst_roundscale.moc"
