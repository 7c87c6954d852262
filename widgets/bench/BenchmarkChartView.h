#pragma once

#include "BenchmarkChartPainter.h"

#include <QWidget>

namespace sonde {

// Shows a BenchmarkChartPainter chart (the same picture as in the exported report).
class BenchmarkChartView : public QWidget
{
    Q_OBJECT
public:
    explicit BenchmarkChartView(QWidget *parent = nullptr);
    void setChart(const BenchmarkChartPainter::Chart &chart);
    const BenchmarkChartPainter::Chart &chart() const { return m_chart; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    BenchmarkChartPainter::Chart m_chart;
};

} // namespace sonde
