#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace sonde {

struct BenchmarkProgress;

// The benchmark page's live chart: throughput per second (left axis) and latency p50 / p99
// per second (right axis, ms), growing as the run reports, warm-up shaded in the title.
class LiveBenchmarkChart : public QWidget
{
    Q_OBJECT
public:
    explicit LiveBenchmarkChart(QWidget *parent = nullptr);

    void clear();
    void add(const BenchmarkProgress &progress);
    int pointCount() const;

private:
    QChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_throughput;
    QLineSeries *m_p50;
    QLineSeries *m_p99;
    QValueAxis *m_x;
    QValueAxis *m_yTps;
    QValueAxis *m_yMs;
    double m_maxTps = 0;
    double m_maxMs = 0;
};

} // namespace sonde
