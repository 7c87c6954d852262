#include "StatementSeriesChart.h"

#include "RoundAxis.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace sonde {

StatementSeriesChart::StatementSeriesChart(QWidget *parent)
    // The chart is given at construction: QChartView(parent) would make a default chart
    // that setChart() then releases to no one (a leak LeakSanitizer found).
    : QChartView(new QChart, parent)
    , m_latency(new QLineSeries)
    , m_rate(new QLineSeries)
    , m_time(new QDateTimeAxis)
    , m_latencyAxis(new QValueAxis)
    , m_rateAxis(new QValueAxis)
{
    QChart *chart = this->chart();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_latency->setName(tr("mean latency (ms)"));
    m_rate->setName(tr("calls per second"));
    m_latency->setPen(QPen(QColor(0xc6, 0x28, 0x28), 2));
    m_rate->setPen(QPen(QColor(0x15, 0x65, 0xc0), 1.5));
    m_latency->setPointsVisible(true);
    chart->addSeries(m_latency);
    chart->addSeries(m_rate);
    m_time->setFormat(u"HH:mm:ss"_s);
    m_time->setTickCount(5);
    m_latencyAxis->setLabelFormat(u"%g"_s);
    m_rateAxis->setLabelFormat(u"%g"_s);
    m_rateAxis->setGridLineVisible(false); // one grid, the left axis's
    m_latencyAxis->setTitleText(tr("ms"));
    m_rateAxis->setTitleText(tr("calls/s"));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_latencyAxis, Qt::AlignLeft);
    chart->addAxis(m_rateAxis, Qt::AlignRight);
    m_latency->attachAxis(m_time);
    m_latency->attachAxis(m_latencyAxis);
    m_rate->attachAxis(m_time);
    m_rate->attachAxis(m_rateAxis);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(170);
    setAccessibleName(tr("Statement latency and calls over the window"));
}

void StatementSeriesChart::clear()
{
    setSeries({});
}

int StatementSeriesChart::pointCount() const
{
    return int(m_rate->count());
}

void StatementSeriesChart::setSeries(const QList<StatementPoint> &points)
{
    QList<QPointF> latency;
    QList<QPointF> rate;
    double maxLatency = 0;
    double maxRate = 0;
    for (const StatementPoint &p : points) {
        const double x = double(p.at.toMSecsSinceEpoch());
        rate << QPointF(x, p.callsPerSecond());
        maxRate = std::max(maxRate, p.callsPerSecond());
        if (p.meanMs >= 0) {
            latency << QPointF(x, p.meanMs);
            maxLatency = std::max(maxLatency, p.meanMs);
        }
    }
    m_latency->replace(latency);
    m_rate->replace(rate);
    if (points.isEmpty()) {
        const QDateTime now = QDateTime::currentDateTime();
        m_time->setRange(now.addSecs(-300), now);
    } else {
        m_time->setRange(points.first().at.toLocalTime().addSecs(-qint64(points.first().seconds)),
                         points.last().at.toLocalTime());
    }
    setRoundRanges(m_latencyAxis, std::max(1.0, maxLatency * 1.15), m_rateAxis,
                   std::max(1.0, maxRate * 1.15));
}

} // namespace sonde
