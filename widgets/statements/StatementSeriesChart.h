#pragma once

#include "statements/StatementWindow.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace sonde {

// One statement over the window: its mean latency per sampling interval (left axis, ms)
// and its calls per second (right axis).
class StatementSeriesChart : public QChartView
{
    Q_OBJECT
public:
    explicit StatementSeriesChart(QWidget *parent = nullptr);

    void setSeries(const QList<StatementPoint> &points);
    void clear();
    int pointCount() const;

private:
    QLineSeries *m_latency;
    QLineSeries *m_rate;
    QDateTimeAxis *m_time;
    QValueAxis *m_latencyAxis;
    QValueAxis *m_rateAxis;
};

} // namespace sonde
