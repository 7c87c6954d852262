#pragma once

#include "ChartLine.h"
#include "monitoring/ThresholdSet.h"
#include "monitoring/TimelineEvent.h"

#include <QChartView>
#include <QFontMetrics>
#include <QPolygonF>

class QDateTimeAxis;
class QValueAxis;

namespace sonde {

// The drawing surface of one dashboard chart: a QChartView whose plot area has fixed
// margins (so every chart's time axis lines up with the others). Qt Charts draws only the
// background; the view paints the rest itself, in one set of coordinates: the grid and the
// axes' labels (ChartAxes), the lines (Qt Charts' series stroke wide antialiased pens through
// the generic stroker, which was most of the dashboard's CPU), the thresholds (dashed
// warning, dotted critical, each labelled), the event markers of the time axis (a shape and
// a tooltip per severity, not only a colour) and the shared hover cursor. Mouse moves report
// the instant under the pointer.
class TimeSeriesChartView : public QChartView
{
    Q_OBJECT
public:
    static constexpr int LeftMargin = 56;
    static constexpr int RightMargin = 104;

    explicit TimeSeriesChartView(QChart *chart, QWidget *parent = nullptr);

    // A series attached to the primary axes, used to map values to pixels.
    void setAnchor(QAbstractSeries *series) { m_anchor = series; }
    void setThreshold(const Threshold &threshold, const QString &unit);
    void setCursorMs(qint64 ms); // < 0: no cursor
    void setMarkers(const QList<TimelineEvent> &events);
    void setShowTimeLabels(bool show);
    // editable: the context menu offers "Edit thresholds…" and "Add a note here…"
    // (noteRequested), not over a recording; showTexts: a note's words are written beside
    // its line (on one chart of the dashboard).
    void setNoteOptions(bool editable, bool showTexts);
    // The axes the lines are drawn against (owned by the chart).
    void setAxes(QDateTimeAxis *time, QValueAxis *primary, QValueAxis *secondary);
    // The lines: for each ChartLine, its unbroken runs of (ms, value) points.
    void setLineData(const QList<ChartLine> &lines, const QList<QList<QPolygonF>> &segments);

    qint64 cursorMs() const { return m_cursorMs; }
    const Threshold &threshold() const { return m_threshold; }
    int markerCount() const { return int(m_markers.size()); }
    // The instant under a point of the view (-1 outside the plot area).
    qint64 timeAt(const QPoint &viewPos) const;
    // Events drawn within a few pixels of a point of the view.
    QList<TimelineEvent> markersNear(const QPoint &viewPos) const;

signals:
    void hovered(qint64 ms);
    void hoverEnded();
    void editThresholdsRequested();
    void noteRequested(qint64 ms);

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    void layoutPlotArea();
    void drawThreshold(QPainter *p, double value, bool critical);
    // fm: the markers' font, set on the painter by the caller; a note's words end before
    // textEnd.
    void drawMarker(QPainter *p, const QFontMetrics &fm, const TimelineEvent &e, double textEnd);
    void drawLines(QPainter *p);
    double xFor(qint64 ms) const;

    QAbstractSeries *m_anchor = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_primaryAxis = nullptr;
    QValueAxis *m_secondaryAxis = nullptr;
    QList<ChartLine> m_lines;
    QList<QList<QPolygonF>> m_segments;
    Threshold m_threshold;
    QString m_unit;
    qint64 m_cursorMs = -1;
    QList<TimelineEvent> m_markers;
    bool m_timeLabels = true;
    bool m_editable = true;
    bool m_noteTexts = false;
};

// The colour and shape that tell severities apart (the shape alone is enough).
QColor severityColor(TimelineEvent::Severity severity);
QString severityGlyph(TimelineEvent::Severity severity);
// Notes (TimelineEvent::Kind::Note) stand apart from what the servers did.
QColor noteColor();

} // namespace sonde
