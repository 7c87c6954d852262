// DisplayFormat: one way to show numbers, durations and dates, in English and French.
#include "common/DisplayFormat.h"

#include <QtTest>

using namespace sonde;
using namespace Qt::StringLiterals;

namespace {

const QLocale En(QLocale::English, QLocale::UnitedStates);
const QLocale Fr(QLocale::French, QLocale::France);
const QString Nb = QString(DisplayFormat::UnitSpace);
// The French group separator as Qt's locale data has it (a narrow no-break space).
const QString FrGroup = Fr.groupSeparator();

} // namespace

class TestDisplayFormat : public QObject
{
    Q_OBJECT
private slots:
    void numbersHaveThreeSignificantDigits()
    {
        QCOMPARE(DisplayFormat::number(1001.87, 3, En), u"1,002"_s);
        QCOMPARE(DisplayFormat::number(44316, 3, En), u"44,316"_s);
        QCOMPARE(DisplayFormat::number(44316, 3, Fr), u"44"_s + FrGroup + u"316"_s);
        QCOMPARE(DisplayFormat::number(12.345, 3, En), u"12.3"_s);
        QCOMPARE(DisplayFormat::number(12.345, 3, Fr), u"12,3"_s);
        QCOMPARE(DisplayFormat::number(0.41234, 3, En), u"0.412"_s);
        QCOMPARE(DisplayFormat::number(9.996, 3, En), u"10.0"_s);
        QCOMPARE(DisplayFormat::number(0, 3, En), u"0"_s);
        QCOMPARE(DisplayFormat::number(0.003, 3, En), u"0.003"_s);
        QCOMPARE(DisplayFormat::number(0.5, 3, Fr), u"0,5"_s);
        QCOMPARE(DisplayFormat::number(qQNaN(), 3, En), u"–"_s);
        QCOMPARE(DisplayFormat::cost(1001.87, En), DisplayFormat::number(1001.87, 3, En));
    }

    void countsAreGroupedByTheLocale()
    {
        QCOMPARE(DisplayFormat::count(2397, En), u"2,397"_s);
        QCOMPARE(DisplayFormat::count(2397, Fr), u"2"_s + FrGroup + u"397"_s);
        QCOMPARE(DisplayFormat::count(12, Fr), u"12"_s);
    }

    void durationsTakeTheUnitTheirSizeCallsFor()
    {
        QCOMPARE(DisplayFormat::duration(0.41234, En), u"0.412"_s + Nb + u"ms"_s);
        QCOMPARE(DisplayFormat::duration(404.5, En), u"405"_s + Nb + u"ms"_s);
        QCOMPARE(DisplayFormat::duration(1967.129, En), u"1.97"_s + Nb + u"s"_s);
        QCOMPARE(DisplayFormat::duration(1967.129, Fr), u"1,97"_s + Nb + u"s"_s);
        QCOMPARE(DisplayFormat::duration(2042.626, En), u"2.04"_s + Nb + u"s"_s);
        // The same saving reads the same wherever it is shown: 226 023.9 ms.
        QCOMPARE(DisplayFormat::duration(226023.9, En),
                 u"3"_s + Nb + u"min"_s + Nb + u"46"_s + Nb + u"s"_s);
        QCOMPARE(DisplayFormat::duration(2 * 3600e3 + 5 * 60e3, En),
                 u"2"_s + Nb + u"h"_s + Nb + u"05"_s + Nb + u"min"_s);
        QCOMPARE(DisplayFormat::duration(999.7, En), u"1.00"_s + Nb + u"s"_s);
        QVERIFY(!DisplayFormat::duration(2042.626, En).contains(u' '));
    }

    void percentAndBytes()
    {
        QCOMPARE(DisplayFormat::percent(23.34, En), u"23.3"_s + Nb + u"%"_s);
        QCOMPARE(DisplayFormat::percent(23.34, Fr), u"23,3"_s + Nb + u"%"_s);
        QCOMPARE(DisplayFormat::percent(100, En), u"100"_s + Nb + u"%"_s);
        QCOMPARE(DisplayFormat::bytes(1'500'000, En), u"1.5"_s + Nb + u"MB"_s);
        QVERIFY(!DisplayFormat::bytes(1'500'000, Fr).contains(u' '));
    }

    void changesBeyondTwiceAreFactors()
    {
        QCOMPARE(DisplayFormat::change(100, 112.3, En), u"+12"_s + Nb + u"%"_s);
        QCOMPARE(DisplayFormat::change(100, 104.04, Fr), u"+4,0"_s + Nb + u"%"_s);
        QCOMPARE(DisplayFormat::change(100, 96, En), u"−4.0"_s + Nb + u"%"_s);
        QCOMPARE(DisplayFormat::change(100, 100, En), u"±0"_s + Nb + u"%"_s);
        QCOMPARE(DisplayFormat::change(10, 159, En), u"15.9× higher"_s);
        QCOMPARE(DisplayFormat::change(159, 10, En), u"15.9× lower"_s);
        QCOMPARE(DisplayFormat::change(0, 10, En), u"—"_s);
    }

    void speedChangesSayFasterOrSlower()
    {
        // Latency 1.0 → 15.86 ms: was "−1486 %".
        QCOMPARE(DisplayFormat::speedChange(1.0, 15.86, false, En), u"15.9× slower"_s);
        // Throughput 10 → 527.4 tx/s: was "+5174 %".
        QCOMPARE(DisplayFormat::speedChange(10, 527.4, true, En), u"52.7× faster"_s);
        QCOMPARE(DisplayFormat::speedChange(10, 527.4, true, Fr), u"52,7× faster"_s);
        // Small changes stay in percent, in the good direction.
        QCOMPARE(DisplayFormat::speedChange(100, 90, false, En), u"+10"_s + Nb + u"%"_s);
        QCOMPARE(DisplayFormat::speedChange(100, 150, true, En), u"+50"_s + Nb + u"%"_s);
        QCOMPARE(DisplayFormat::speedChange(100, 150, false, Fr), u"−50"_s + Nb + u"%"_s);
    }

    void spreadsBeyondTheMeanAreFactors()
    {
        QCOMPARE(DisplayFormat::spread(12.34, En), u"±12.3"_s + Nb + u"%"_s);
        QCOMPARE(DisplayFormat::spread(1142, En), u"±11.4×"_s);
        QCOMPARE(DisplayFormat::spread(1142, Fr), u"±11,4×"_s);
    }

    void datesAreUnambiguousInEveryLanguage()
    {
        const QDateTime at(QDate(2026, 12, 4), QTime(9, 41, 7), Qt::LocalTime);
        QCOMPARE(DisplayFormat::dateTime(at), u"2026-12-04 09:41:07"_s);
        QCOMPARE(DisplayFormat::dateTime(QDateTime()), QString());
    }
};

QTEST_GUILESS_MAIN(TestDisplayFormat)
#include "tst_displayformat.moc"
