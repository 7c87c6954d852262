#pragma once

#include "ChartLine.h"
#include "monitoring/MetricCatalog.h"
#include "monitoring/ThresholdSet.h"
#include "monitoring/TimelineEvent.h"

#include <QColor>
#include <QPolygonF>
#include <QWidget>

class QChart;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace sonde {

class MetricStore;
class TimeSeriesChartView;

// One chart of the dashboard (latency, throughput, hit rates, pool use): a header naming
// every line with its value — the latest one, or the one at the hovered instant — above
// the plot. Reads its points from the MetricStore for the time range the dashboard sets
// (shared by every chart), downsampled to the plot's width; a gap in a series breaks the
// line.
class TimeSeriesChart : public QWidget
{
    Q_OBJECT
public:
    TimeSeriesChart(ChartGroup group, const MetricStore *store, QWidget *parent = nullptr);

    ChartGroup group() const { return m_group; }
    void setLines(const QList<ChartLine> &lines);
    const QList<ChartLine> &lines() const { return m_lines; }
    // The shared time range; re-reads the points.
    void setTimeRange(qint64 fromMs, qint64 toMs);
    void refresh();
    // Only the header's values (the latest readings), without re-reading the lines.
    void refreshHeader();
    // The plot area's width in pixels (at least 1).
    int plotWidth() const;
    void setThreshold(const Threshold &threshold);
    // The hovered instant (< 0: none): the header shows every line's value at it.
    void setCursorMs(qint64 ms);
    void setEvents(const QList<TimelineEvent> &events);
    void setShowTimeLabels(bool show);
    // See TimeSeriesChartView::setNoteOptions.
    void setNoteOptions(bool editable, bool showTexts);

    TimeSeriesChartView *view() const { return m_view; }
    QString headerText() const;
    // Points currently drawn for a line (all its segments), for tests and diagnostics.
    int drawnPoints(int line) const;
    int drawnSegments(int line) const;
    double axisMax() const;
    qint64 fromMs() const { return m_fromMs; }
    qint64 toMs() const { return m_toMs; }

signals:
    void hovered(qint64 ms);
    void hoverEnded();
    void editThresholdsRequested();
    void noteRequested(qint64 ms);

private:
    void rebuild();
    void updateHeader();
    double valueFor(const ChartLine &line) const;

    ChartGroup m_group;
    const MetricStore *m_store;
    QLabel *m_header;
    QChart *m_chart;
    TimeSeriesChartView *m_view;
    QDateTimeAxis *m_time;
    QValueAxis *m_values;
    QValueAxis *m_secondary;
    QLineSeries *m_anchor;
    QList<ChartLine> m_lines;
    // Per line, its unbroken runs of (ms, value) points, as drawn.
    QList<QList<QPolygonF>> m_segments;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    qint64 m_cursorMs = -1;
    Threshold m_threshold;
};

} // namespace sonde
