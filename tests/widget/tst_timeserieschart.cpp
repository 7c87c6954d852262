// A dashboard chart alone, offscreen, over an empty store: what its header tells a reader.
#include "TestMain.h"
#include "dashboard/TimeSeriesChart.h"
#include "monitoring/MetricCatalog.h"
#include "monitoring/MetricStore.h"
#include "postgres/PostgresMetrics.h"

#include "dashboard/TimeSeriesChartView.h"

#include <QApplication>
#include <QChart>
#include <QLabel>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

// The chart's viewport as the user sees it.
QImage render(TimeSeriesChartView *view)
{
    return view->viewport()->grab().toImage();
}

// The plot area in viewport pixels.
QRect plotRect(TimeSeriesChartView *view)
{
    return view->mapFromScene(view->chart()->plotArea()).boundingRect();
}

// The centres of the runs of rows, inside the plot, where column x is not the plot's
// background (the most frequent colour of the column): the horizontal grid lines.
QList<double> gridRows(const QImage &image, int x, const QRect &plot)
{
    QHash<QRgb, int> frequency;
    for (int y = plot.top() + 2; y < plot.bottom() - 1; ++y)
        ++frequency[image.pixel(x, y)];
    QRgb background = 0;
    for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
        if (it.value() > frequency.value(background))
            background = it.key();
    }
    QList<double> centres;
    int runStart = -1;
    for (int y = plot.top() - 2; y <= plot.bottom() + 2; ++y) {
        const bool line = image.pixel(x, y) != background;
        if (line && runStart < 0)
            runStart = y;
        if (!line && runStart >= 0) {
            centres << (runStart + y - 1) / 2.0;
            runStart = -1;
        }
    }
    return centres;
}

// The centre of the rows where two renders differ between columns x0 and x1 (-1: none).
double changedRow(const QImage &a, const QImage &b, int x0, int x1)
{
    int first = -1;
    int last = -1;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = x0; x < x1; ++x) {
            if (a.pixel(x, y) != b.pixel(x, y)) {
                first = first < 0 ? y : first;
                last = y;
                break;
            }
        }
    }
    return first < 0 ? -1 : (first + last) / 2.0;
}

QString describe(const QList<double> &rows)
{
    QStringList out;
    for (double v : rows)
        out << QString::number(v, 'f', 1);
    return out.join(u", "_s);
}

// The warning threshold at 50 % is drawn on the middle grid line (0, 25, 50, 75, 100 %).
bool thresholdOnItsGridLine(TimeSeriesChart *chart, QString *why)
{
    TimeSeriesChartView *view = chart->view();
    QCoreApplication::processEvents();
    chart->setThreshold(Threshold());
    const QImage without = render(view);
    Threshold t;
    t.warning = 50;
    t.below = true;
    chart->setThreshold(t);
    const QImage with = render(view);
    const QRect plot = plotRect(view);
    // Between the first two vertical grid lines (the time axis has seven ticks).
    const int column = plot.left() + plot.width() / 12;
    const QList<double> grid = gridRows(without, column, plot);
    const double threshold = changedRow(without, with, plot.left() + 2, plot.right() - 2);
    *why = u"grid rows %1, threshold row %2, plot %3–%4"_s.arg(describe(grid))
               .arg(threshold)
               .arg(plot.top())
               .arg(plot.bottom());
    // Top edge, 75, 50, 25, bottom edge (the axis line) — the 100 % line is the top edge.
    if (grid.size() < 5)
        return false;
    double nearest = 1e9;
    for (double row : grid)
        nearest = qMin(nearest, qAbs(row - threshold));
    const double middle = (plot.top() + plot.bottom()) / 2.0;
    return threshold > 0 && nearest <= 1.0 && qAbs(threshold - middle) <= 1.5;
}

} // namespace

class TestTimeSeriesChart : public QObject
{
    Q_OBJECT
private slots:
    void headerExplainsTransactionsAndStatements()
    {
        MetricStore store;
        TimeSeriesChart chart(ChartGroup::Throughput, &store);
        ChartLine statements;
        statements.targetId = u"pg"_s;
        statements.metric = metric::PgCallsPerSec;
        statements.label = u"PostgreSQL statements"_s;
        ChartLine transactions = statements;
        transactions.metric = metric::PgXactPerSec;
        transactions.label = u"PostgreSQL transactions"_s;
        chart.setLines({statements, transactions});
        auto *header = chart.findChild<QLabel *>(u"chartHeader"_s);
        QVERIFY(header);
        const QString tip = header->toolTip();
        QVERIFY2(tip.contains(u"<b>PostgreSQL statements</b>"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"<b>PostgreSQL transactions</b>"_s), qPrintable(tip));
        // The two rates differ, and the tooltip says why.
        QVERIFY2(tip.contains(u"a transaction of its own"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"More transactions than statements"_s), qPrintable(tip));
    }

    // The grid Sonde draws and its lines and thresholds use one scale, also after the time
    // labels are turned on or off and after a resize. (Qt Charts' own grid, laid out around
    // its labels, sat a few pixels off the fixed plot area: the dashboard screenshot showed
    // the 500 ms threshold on the 1 000 grid line.)
    void thresholdSitsOnItsGridLine()
    {
        MetricStore store;
        TimeSeriesChart chart(ChartGroup::HitRate, &store);
        chart.resize(900, 220);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QString why;
        QVERIFY2(thresholdOnItsGridLine(&chart, &why), qPrintable(why));
        chart.setShowTimeLabels(false);
        QVERIFY2(thresholdOnItsGridLine(&chart, &why), qPrintable(why));
        chart.resize(900, 160);
        QVERIFY2(thresholdOnItsGridLine(&chart, &why), qPrintable(why));
        chart.setShowTimeLabels(true);
        QVERIFY2(thresholdOnItsGridLine(&chart, &why), qPrintable(why));
    }
};

SONDE_TEST_GUI_MAIN(TestTimeSeriesChart)
#include "tst_timeserieschart.moc"
