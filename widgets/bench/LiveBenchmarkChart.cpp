#include "LiveBenchmarkChart.h"

#include "bench/BenchmarkResult.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace sonde {

LiveBenchmarkChart::LiveBenchmarkChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_throughput(new QLineSeries)
    , m_p50(new QLineSeries)
    , m_p99(new QLineSeries)
    , m_x(new QValueAxis)
    , m_yTps(new QValueAxis)
    , m_yMs(new QValueAxis)
{
    m_throughput->setName(tr("Throughput (tx/s)"));
    m_p50->setName(tr("Latency p50 (ms)"));
    m_p99->setName(tr("Latency p99 (ms)"));
    m_throughput->setPen(QPen(QColor(0x1f, 0x6f, 0xeb), 3));
    m_p50->setPen(QPen(QColor(0x1a, 0x7f, 0x37), 2));
    m_p99->setPen(QPen(QColor(0xcf, 0x22, 0x2e), 2));
    for (QLineSeries *s : {m_throughput, m_p50, m_p99})
        m_chart->addSeries(s);
    m_x->setTitleText(tr("seconds"));
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_yTps->setTitleText(tr("transactions/s"));
    m_yTps->setLabelFormat(QStringLiteral("%.0f"));
    m_yMs->setTitleText(tr("latency (ms)"));
    m_yMs->setLabelFormat(QStringLiteral("%.2f"));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_yTps, Qt::AlignLeft);
    m_chart->addAxis(m_yMs, Qt::AlignRight);
    m_throughput->attachAxis(m_x);
    m_throughput->attachAxis(m_yTps);
    for (QLineSeries *s : {m_p50, m_p99}) {
        s->attachAxis(m_x);
        s->attachAxis(m_yMs);
    }
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    m_view->setAccessibleName(tr("Throughput and latency of the run"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    clear();
}

void LiveBenchmarkChart::clear()
{
    m_throughput->clear();
    m_p50->clear();
    m_p99->clear();
    m_maxTps = 0;
    m_maxMs = 0;
    m_x->setRange(0, 10);
    m_yTps->setRange(0, 100);
    m_yMs->setRange(0, 1);
    m_chart->setTitle(QString());
}

int LiveBenchmarkChart::pointCount() const
{
    return int(m_throughput->count());
}

void LiveBenchmarkChart::add(const BenchmarkProgress &p)
{
    m_throughput->append(p.second, p.throughput);
    m_p50->append(p.second, p.p50Ms);
    m_p99->append(p.second, p.p99Ms);
    m_maxTps = std::max(m_maxTps, p.throughput);
    m_maxMs = std::max(m_maxMs, p.p99Ms);
    m_x->setRange(0, std::max(10.0, std::ceil(p.second)));
    m_yTps->setRange(0, std::max(100.0, m_maxTps * 1.15));
    m_yMs->setRange(0, std::max(0.1, m_maxMs * 1.15));
    m_chart->setTitle(p.warmup ? tr("Warming up — not counted") : QString());
}

} // namespace sonde
