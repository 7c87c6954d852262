// The value axes of the Qt Charts charts, offscreen, without servers: ticks at round values
// for the figures that used to give 165.4 / 330.8 / 496.2 ms and 1.1 / 2.2 / 3.4 calls/s.
#include "TestMain.h"
#include "bench/BenchmarkResult.h"
#include "bench/LiveBenchmarkChart.h"
#include "statements/StatementSeriesChart.h"
#include "statements/StatementWindow.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QValueAxis>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

// Every tick of the axis ("0, 200, 400 …").
QList<double> ticksOf(const QValueAxis *axis)
{
    QList<double> out;
    for (int i = 0; i < axis->tickCount(); ++i)
        out << axis->min() + (axis->max() - axis->min()) * i / (axis->tickCount() - 1);
    return out;
}

QList<double> verticalTicks(QChart *chart, Qt::Alignment side)
{
    for (QAbstractAxis *a : chart->axes(Qt::Vertical)) {
        if (a->alignment() == side)
            return ticksOf(static_cast<QValueAxis *>(a));
    }
    return {};
}

} // namespace

class TestRoundAxes : public QObject
{
    Q_OBJECT
private slots:
    void statementChartTicksAreRound()
    {
        StatementSeriesChart chart;
        const QDateTime start = QDateTime::currentDateTime();
        QList<StatementPoint> points;
        for (int i = 1; i <= 5; ++i) {
            StatementPoint p;
            p.at = start.addSecs(10 * i);
            p.seconds = 10;
            p.calls = i == 3 ? 29.6 : 10; // 2.96 calls/s at most
            p.meanMs = i == 2 ? 575.3 : 100;
            points << p;
        }
        chart.setSeries(points);
        QCOMPARE(verticalTicks(chart.chart(), Qt::AlignLeft),
                 (QList<double>{0, 200, 400, 600, 800}));
        QCOMPARE(verticalTicks(chart.chart(), Qt::AlignRight), (QList<double>{0, 1, 2, 3, 4}));
    }

    void benchmarkChartTicksAreRound()
    {
        LiveBenchmarkChart live;
        live.clear(10);
        for (int s = 1; s <= 5; ++s) {
            BenchmarkProgress p;
            p.second = s;
            p.throughput = s == 4 ? 1234 : 900;
            p.transactions = qint64(p.throughput);
            p.p50Ms = 1;
            p.p90Ms = 3;
            p.p99Ms = s == 2 ? 17.3 : 4;
            p.maxMs = 20;
            live.add(p);
        }
        QChart *chart = live.findChild<QChartView *>()->chart();
        // 1 234 tx/s × 1.1 → steps of 500; 17.3 ms × 1.1 → 0 … 20 in four steps of 5: both
        // axes get four steps, so the grid lines meet the labels of both.
        QCOMPARE(verticalTicks(chart, Qt::AlignLeft), (QList<double>{0, 500, 1000, 1500, 2000}));
        QCOMPARE(verticalTicks(chart, Qt::AlignRight), (QList<double>{0, 5, 10, 15, 20}));
    }
};

SONDE_TEST_GUI_MAIN(TestRoundAxes)
#include "tst_roundaxes.moc"
