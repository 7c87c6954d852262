#include "LiveBenchmarkChart.h"

#include "DataTableView.h"
#include "RoundAxis.h"
#include "bench/BenchmarkProgressModel.h"
#include "bench/BenchmarkResult.h"

#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLineSeries>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde {
LiveBenchmarkChart::LiveBenchmarkChart(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_throughput(new QLineSeries)
    , m_p50(new QLineSeries)
    , m_p90(new QLineSeries)
    , m_p99(new QLineSeries)
    , m_x(new QValueAxis)
    , m_yTps(new QValueAxis)
    , m_yMs(new QValueAxis)
    , m_numbers(new BenchmarkProgressModel(this))
    , m_table(new DataTableView(this))
{
    m_throughput->setName(tr("Throughput (tx/s)"));
    m_p50->setName(tr("Latency p50 (ms)"));
    m_p90->setName(tr("Latency p90 (ms)"));
    m_p99->setName(tr("Latency p99 (ms)"));
    m_throughput->setPen(QPen(QColor(0x1f, 0x6f, 0xeb), 3));
    m_p50->setPen(QPen(QColor(0x1a, 0x7f, 0x37), 2));
    m_p90->setPen(QPen(QColor(0xbf, 0x87, 0x00), 2, Qt::DashLine));
    m_p99->setPen(QPen(QColor(0xcf, 0x22, 0x2e), 2));
    for (QLineSeries *s : {m_throughput, m_p50, m_p90, m_p99})
        m_chart->addSeries(s);
    m_x->setTitleText(tr("seconds"));
    m_x->setLabelFormat(u"%.0f"_s);
    m_x->setTickType(QValueAxis::TicksDynamic);
    m_x->setTickAnchor(0);
    m_yTps->setTitleText(tr("transactions/s"));
    m_yTps->setLabelFormat(u"%.0f"_s);
    m_yMs->setLabelFormat(u"%g"_s);
    m_yMs->setTitleText(tr("latency (ms)"));
    m_yMs->setGridLineVisible(false); // one grid, the left axis's
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_yTps, Qt::AlignLeft);
    m_chart->addAxis(m_yMs, Qt::AlignRight);
    m_throughput->attachAxis(m_x);
    m_throughput->attachAxis(m_yTps);
    for (QLineSeries *s : {m_p50, m_p90, m_p99}) {
        s->attachAxis(m_x);
        s->attachAxis(m_yMs);
    }
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    m_view->setAccessibleName(tr("Throughput and latency of the run"));

    m_table->setModel(m_numbers);
    m_table->setSortingEnabled(false); // in time order, as the run reports
    m_table->setExportName(u"benchmark-seconds"_s);
    m_table->setAccessibleName(tr("Throughput and latency of the run, second by second"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_numbers, &QAbstractItemModel::rowsInserted, m_table,
            [this]() { m_table->scrollToBottom(); });

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_view, tr("Chart"));
    m_tabs->addTab(m_table, tr("Numbers"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    clear();
}

void LiveBenchmarkChart::clear(double plannedSeconds)
{
    for (QLineSeries *s : {m_throughput, m_p50, m_p90, m_p99})
        s->clear();
    m_numbers->clear();
    m_plannedSeconds = std::max(0.0, plannedSeconds);
    m_maxTps = 0;
    m_maxMs = 0;
    updateAxes(0);
    m_chart->setTitle(QString());
}

int LiveBenchmarkChart::pointCount() const
{
    return int(m_throughput->count());
}

void LiveBenchmarkChart::add(const BenchmarkProgress &p)
{
    m_throughput->append(p.second, p.throughput);
    // A second in which nothing completed has no latency: no point, rather than a zero.
    if (p.hasLatency()) {
        m_p50->append(p.second, p.p50Ms);
        m_p90->append(p.second, p.p90Ms);
        m_p99->append(p.second, p.p99Ms);
        m_maxMs = std::max(m_maxMs, p.p99Ms);
    }
    m_numbers->append(p);
    m_maxTps = std::max(m_maxTps, p.throughput);
    updateAxes(p.second);
    m_chart->setTitle(p.warmup ? tr("Warming up — not counted") : QString());
}

void LiveBenchmarkChart::showRun(const BenchmarkResult &run)
{
    const BenchmarkConfig &c = run.config;
    clear(c.transactions > 0 ? 0 : c.warmupSeconds + c.durationSeconds);
    for (const BenchmarkProgress &p : run.progress)
        add(p);
    m_chart->setTitle(c.name.isEmpty() ? tr("Run #%1").arg(run.id)
                                       : tr("Run #%1 — %2").arg(run.id).arg(c.name));
}

void LiveBenchmarkChart::updateAxes(double lastSecond)
{
    // The planned length of the run when it is known, so the line is seen filling it; else
    // (a transaction count) whatever has run, at least 10 s.
    const double span =
        std::max(m_plannedSeconds > 0 ? std::ceil(m_plannedSeconds) : 10.0, std::ceil(lastSecond));
    m_x->setRange(0, span);
    // Whole seconds at a step of 1, 2, 5, 10, 15, 30, 60 … so about 5–10 labels show.
    double step = 1;
    for (double s :
         {1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 60.0, 120.0, 300.0, 600.0, 900.0, 1800.0, 3600.0}) {
        step = s;
        if (span / s <= 10)
            break;
    }
    m_x->setTickInterval(step);
    // Round figures on both value axes (0, 100, 200 … rather than 0, 106, 212 …).
    setRoundRanges(m_yTps, std::max(100.0, m_maxTps * 1.1), m_yMs, std::max(0.1, m_maxMs * 1.1));
}

} // namespace sonde
