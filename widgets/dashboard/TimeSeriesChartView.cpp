#include "TimeSeriesChartView.h"

#include "ChartAxes.h"
#include "monitoring/MetricCatalog.h"

#include <QAbstractAxis>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHelpEvent>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde {

QColor severityColor(TimelineEvent::Severity severity)
{
    switch (severity) {
    case TimelineEvent::Severity::Critical:
        return QColor(0xc6, 0x28, 0x28);
    case TimelineEvent::Severity::Warning:
        return QColor(0xd9, 0x77, 0x06);
    case TimelineEvent::Severity::Info:
        break;
    }
    return QColor(0x55, 0x65, 0x7a);
}

QColor noteColor()
{
    return QColor(0x6a, 0x3d, 0xc2);
}

QString severityGlyph(TimelineEvent::Severity severity)
{
    switch (severity) {
    case TimelineEvent::Severity::Critical:
        return u"◆"_s;
    case TimelineEvent::Severity::Warning:
        return u"▲"_s;
    case TimelineEvent::Severity::Info:
        break;
    }
    return u"●"_s;
}

TimeSeriesChartView::TimeSeriesChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setMinimumHeight(120);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setBackgroundRoundness(0);
    chart->legend()->hide();
}

void TimeSeriesChartView::setThreshold(const Threshold &threshold, const QString &unit)
{
    m_threshold = threshold;
    m_unit = unit;
    viewport()->update();
}

void TimeSeriesChartView::setCursorMs(qint64 ms)
{
    if (ms == m_cursorMs)
        return;
    m_cursorMs = ms;
    viewport()->update();
}

void TimeSeriesChartView::setMarkers(const QList<TimelineEvent> &events)
{
    m_markers = events;
    viewport()->update();
}

void TimeSeriesChartView::setAxes(QDateTimeAxis *time, QValueAxis *primary, QValueAxis *secondary)
{
    m_timeAxis = time;
    m_primaryAxis = primary;
    m_secondaryAxis = secondary;
    ChartAxes::hide(time);
    ChartAxes::hide(primary);
    if (secondary)
        ChartAxes::hide(secondary);
}

void TimeSeriesChartView::setLineData(const QList<ChartLine> &lines,
                                      const QList<QList<QPolygonF>> &segments)
{
    m_lines = lines;
    m_segments = segments;
    viewport()->update();
}

void TimeSeriesChartView::setNoteOptions(bool editable, bool showTexts)
{
    m_editable = editable;
    m_noteTexts = showTexts;
    viewport()->update();
}

void TimeSeriesChartView::setShowTimeLabels(bool show)
{
    m_timeLabels = show;
    layoutPlotArea();
}

void TimeSeriesChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    layoutPlotArea();
}

void TimeSeriesChartView::layoutPlotArea()
{
    const int bottom = m_timeLabels ? 30 : 10;
    const QRectF r(LeftMargin, 10, qMax(10, width() - LeftMargin - RightMargin),
                   qMax(10, height() - 10 - bottom));
    chart()->setPlotArea(r);
}

double TimeSeriesChartView::xFor(qint64 ms) const
{
    if (!m_anchor)
        return -1;
    return chart()->mapToPosition(QPointF(double(ms), 0), m_anchor).x();
}

qint64 TimeSeriesChartView::timeAt(const QPoint &viewPos) const
{
    if (!m_anchor)
        return -1;
    const QPointF scene = mapToScene(viewPos);
    const QRectF plot = chart()->plotArea();
    if (scene.x() < plot.left() || scene.x() > plot.right())
        return -1;
    return qint64(chart()->mapToValue(scene, m_anchor).x());
}

QList<TimelineEvent> TimeSeriesChartView::markersNear(const QPoint &viewPos) const
{
    QList<TimelineEvent> near;
    const double x = mapToScene(viewPos).x();
    for (const TimelineEvent &e : m_markers) {
        if (std::abs(xFor(e.at.toMSecsSinceEpoch()) - x) <= 5)
            near << e;
    }
    return near;
}

void TimeSeriesChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (!m_anchor)
        return;
    painter->save();
    const QRectF plot = chart()->plotArea();
    if (m_timeAxis && m_primaryAxis) {
        // Crisp 1 px grid lines on whole pixels.
        painter->setRenderHint(QPainter::Antialiasing, false);
        ChartAxes::drawTimeAxis(painter, plot, m_timeAxis, m_timeLabels);
        ChartAxes::drawValueAxis(painter, plot, m_primaryAxis, false, true);
        if (m_secondaryAxis && m_secondaryAxis->isVisible())
            ChartAxes::drawValueAxis(painter, plot, m_secondaryAxis, true, false);
    }
    painter->setRenderHint(QPainter::Antialiasing);
    drawLines(painter);
    if (!std::isnan(m_threshold.warning))
        drawThreshold(painter, m_threshold.warning, false);
    if (!std::isnan(m_threshold.critical))
        drawThreshold(painter, m_threshold.critical, true);
    if (!m_markers.isEmpty()) {
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 0.8);
        painter->setFont(f);
        const QFontMetrics fm(f);
        // A note's words stop before the next note (markers come sorted by time).
        for (qsizetype i = 0; i < m_markers.size(); ++i) {
            const TimelineEvent &e = m_markers.at(i);
            double textEnd = plot.right();
            for (qsizetype j = i + 1; e.kind == TimelineEvent::Kind::Note && j < m_markers.size();
                 ++j) {
                if (m_markers.at(j).kind == TimelineEvent::Kind::Note) {
                    textEnd = qMin(textEnd, xFor(m_markers.at(j).at.toMSecsSinceEpoch()) - 6);
                    break;
                }
            }
            drawMarker(painter, fm, e, textEnd);
        }
    }
    if (m_cursorMs >= 0) {
        const double x = xFor(m_cursorMs);
        if (x >= plot.left() && x <= plot.right()) {
            painter->setPen(QPen(palette().color(QPalette::WindowText), 1));
            painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        }
    }
    painter->restore();
}

namespace {

// A 1 px cosmetic pen with the dash pattern a 2 px pen of the line's style has.
QPen linePen(const ChartLine &line)
{
    QPen pen(line.color, 1, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin);
    pen.setCosmetic(true);
    switch (line.style) {
    case Qt::DashLine:
        pen.setDashPattern({8, 4});
        break;
    case Qt::DotLine:
        pen.setDashPattern({2, 4});
        break;
    case Qt::DashDotLine:
        pen.setDashPattern({8, 4, 2, 4});
        break;
    case Qt::DashDotDotLine:
        pen.setDashPattern({8, 4, 2, 4, 2, 4});
        break;
    default:
        break;
    }
    return pen;
}

} // namespace

void TimeSeriesChartView::drawLines(QPainter *p)
{
    if (!m_timeAxis || !m_primaryAxis || m_segments.isEmpty())
        return;
    const QRectF plot = chart()->plotArea();
    const double from = double(m_timeAxis->min().toMSecsSinceEpoch());
    const double to = double(m_timeAxis->max().toMSecsSinceEpoch());
    if (to <= from)
        return;
    const double sx = plot.width() / (to - from);
    p->save();
    // A line along zero or the top of the scale stays whole.
    p->setClipRect(plot.adjusted(0, -2, 0, 2));
    QPolygonF pixels;
    for (qsizetype i = 0; i < m_lines.size() && i < m_segments.size(); ++i) {
        const ChartLine &line = m_lines.at(i);
        const QValueAxis *axis =
            line.secondaryAxis && m_secondaryAxis ? m_secondaryAxis : m_primaryAxis;
        const double lo = axis->min();
        const double hi = axis->max();
        if (hi <= lo)
            continue;
        const QPen pen = linePen(line);
        for (const QPolygonF &segment : m_segments.at(i)) {
            pixels.resize(segment.size());
            for (qsizetype k = 0; k < segment.size(); ++k)
                pixels[k] = QPointF(plot.left() + (segment.at(k).x() - from) * sx,
                                    ChartAxes::yFor(plot, axis, segment.at(k).y()));
            if (pixels.size() == 1) {
                // A lone reading between two gaps is a dot, not an invisible line.
                if (pixels.first().x() < plot.left() || pixels.first().x() > plot.right())
                    continue;
                p->setPen(Qt::NoPen);
                p->setBrush(line.color);
                p->drawEllipse(pixels.first(), 3, 3);
                continue;
            }
            // A 2 px line as three 1 px strokes a pixel apart: 1 px pens take the raster
            // engine's cosmetic stroker (antialiased, dashed), several times faster than the
            // generic stroker a 2 px pen goes through; the three copies cover every slope.
            p->setPen(pen);
            p->setBrush(Qt::NoBrush);
            for (const QPointF &offset : {QPointF(0, 0), QPointF(1, 0), QPointF(0, 1)}) {
                p->translate(offset);
                p->drawPolyline(pixels);
                p->translate(-offset);
            }
        }
    }
    p->restore();
}

void TimeSeriesChartView::drawThreshold(QPainter *p, double value, bool critical)
{
    const QRectF plot = chart()->plotArea();
    const QValueAxis *axis = m_primaryAxis;
    if (!axis)
        return;
    const QColor color = critical ? severityColor(TimelineEvent::Severity::Critical)
                                  : severityColor(TimelineEvent::Severity::Warning);
    const QString label = u"%1 %2 %3%4"_s.arg(
        critical ? tr("critical") : tr("warning"), m_threshold.below ? u"<"_s : u">"_s,
        QLocale().toString(value, 'g', 4), m_unit.isEmpty() ? QString() : u" "_s + m_unit);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    p->setFont(f);
    const QFontMetrics fm(f);
    if (value > axis->max() || value < axis->min()) {
        // Off the scale: say so at the edge instead of squashing the data.
        const bool above = value > axis->max();
        const QString text = label + (above ? u" ↑"_s : u" ↓"_s);
        const double y = above ? plot.top() + fm.ascent() + (critical ? fm.height() : 0)
                               : plot.bottom() - 4 - (critical ? fm.height() : 0);
        p->setPen(color);
        p->drawText(QPointF(plot.right() - fm.horizontalAdvance(text) - 4, y), text);
        return;
    }
    const double y = ChartAxes::yFor(plot, axis, value);
    QPen pen(color, 1.5, critical ? Qt::DotLine : Qt::DashLine);
    p->setPen(pen);
    p->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    const QRectF box(plot.right() + 2, y - fm.height() / 2.0, RightMargin - 4, fm.height());
    p->setPen(color);
    p->drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(label, Qt::ElideRight, int(box.width())));
}

void TimeSeriesChartView::drawMarker(QPainter *p, const QFontMetrics &fm, const TimelineEvent &e,
                                     double textEnd)
{
    // A glyph on a short tick along the top edge: many events must not hide the lines. The
    // tooltip (and the events table) tell what happened.
    const QRectF plot = chart()->plotArea();
    const double x = xFor(e.at.toMSecsSinceEpoch());
    if (x < plot.left() || x > plot.right())
        return;
    if (e.kind == TimelineEvent::Kind::Note) {
        // A person's note: a line through the plot, a flag and (on one chart) its words.
        const QColor color = noteColor();
        p->setPen(QPen(color, 1, Qt::DashLine));
        p->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        const QString flag = u"⚑"_s;
        p->setPen(color);
        p->drawText(QPointF(x + 2, plot.top() + fm.ascent()), flag);
        if (m_noteTexts) {
            const double left = x + 4 + fm.horizontalAdvance(flag);
            const int room = int(qMin(textEnd - left, 260.0));
            if (room > 20) {
                p->drawText(QPointF(left, plot.top() + fm.ascent()),
                            fm.elidedText(e.text, Qt::ElideRight, room));
            }
        }
        return;
    }
    const QColor color = severityColor(e.severity);
    const QString glyph = severityGlyph(e.severity);
    p->setPen(QPen(color, 1));
    p->drawLine(QPointF(x, plot.top() + fm.height() - 4), QPointF(x, plot.top() + fm.height() + 4));
    p->drawText(QPointF(x - fm.horizontalAdvance(glyph) / 2.0, plot.top() + fm.ascent() - 3),
                glyph);
}

void TimeSeriesChartView::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    const qint64 ms = timeAt(event->position().toPoint());
    if (ms >= 0)
        emit hovered(ms);
    else
        emit hoverEnded();
}

void TimeSeriesChartView::leaveEvent(QEvent *event)
{
    QChartView::leaveEvent(event);
    emit hoverEnded();
}

void TimeSeriesChartView::contextMenuEvent(QContextMenuEvent *event)
{
    if (!m_editable)
        return; // a recording: nothing to change
    QMenu menu(this);
    QAction *edit = menu.addAction(tr("Edit thresholds…"));
    connect(edit, &QAction::triggered, this, &TimeSeriesChartView::editThresholdsRequested);
    const qint64 at = timeAt(event->pos());
    if (at >= 0) {
        QAction *note = menu.addAction(tr("Add a note here…"));
        connect(note, &QAction::triggered, this, [this, at]() { emit noteRequested(at); });
    }
    menu.exec(event->globalPos());
}

bool TimeSeriesChartView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QList<TimelineEvent> near = markersNear(help->pos());
        if (near.isEmpty()) {
            QToolTip::hideText();
        } else {
            QStringList lines;
            for (const TimelineEvent &e : near)
                lines << u"%1 %2 %3 — %4"_s.arg(severityGlyph(e.severity),
                                                e.at.toLocalTime().toString(u"HH:mm:ss"_s),
                                                severityName(e.severity), e.text);
            QToolTip::showText(help->globalPos(), lines.join(u'\n'), this);
        }
        return true;
    }
    return QChartView::event(event);
}

} // namespace sonde
