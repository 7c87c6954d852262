#include "BenchmarkChartView.h"

#include <QPainter>

namespace sonde {

BenchmarkChartView::BenchmarkChartView(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(320, 220);
}

void BenchmarkChartView::setChart(const BenchmarkChartPainter::Chart &chart)
{
    m_chart = chart;
    update();
}

void BenchmarkChartView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    BenchmarkChartPainter::paint(p, QRectF(rect()), m_chart);
}

} // namespace sonde
