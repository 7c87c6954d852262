#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QLineSeries;
class QTabWidget;
class QValueAxis;

namespace sonde {

class BenchmarkProgressModel;
class DataTableView;
struct BenchmarkProgress;
struct BenchmarkResult;

// The benchmark page's live chart: throughput per second (left axis) and latency p50 / p90 /
// p99 per second (right axis, ms), growing as the run reports, warm-up named in the title.
// A "Numbers" tab shows the same seconds as a table (screen readers, exact figures, export).
class LiveBenchmarkChart : public QWidget
{
    Q_OBJECT
public:
    explicit LiveBenchmarkChart(QWidget *parent = nullptr);

    // Empties the chart. `plannedSeconds` (warm-up + duration; 0 when the run is a
    // transaction count) sets the time axis so the run is seen filling it.
    void clear(double plannedSeconds = 0);
    void add(const BenchmarkProgress &progress);
    // A stored run's seconds, titled with its number and name.
    void showRun(const BenchmarkResult &run);
    int pointCount() const;
    BenchmarkProgressModel *numbers() const { return m_numbers; }

private:
    void updateAxes(double lastSecond);

    QTabWidget *m_tabs;
    QChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_throughput;
    QLineSeries *m_p50;
    QLineSeries *m_p90;
    QLineSeries *m_p99;
    QValueAxis *m_x;
    QValueAxis *m_yTps;
    QValueAxis *m_yMs;
    BenchmarkProgressModel *m_numbers;
    DataTableView *m_table;
    double m_plannedSeconds = 0;
    double m_maxTps = 0;
    double m_maxMs = 0;
};

} // namespace sonde
