#include "ChartAxes.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QValueAxis>

namespace sonde::ChartAxes {

namespace {

template<typename Axis>
void hideParts(Axis *axis)
{
    axis->setGridLineVisible(false);
    axis->setMinorGridLineVisible(false);
    axis->setLabelsVisible(false);
    axis->setLineVisible(false);
}

// The i-th of `count` evenly spaced ticks from `from` to `to`.
double tickAt(double from, double to, int i, int count)
{
    return count > 1 ? from + (to - from) * i / (count - 1) : from;
}

} // namespace

void hide(QValueAxis *axis)
{
    hideParts(axis);
}

void hide(QDateTimeAxis *axis)
{
    hideParts(axis);
}

double yFor(const QRectF &plot, const QValueAxis *axis, double value)
{
    const double span = axis->max() - axis->min();
    if (span <= 0)
        return plot.bottom();
    return plot.bottom() - (value - axis->min()) * plot.height() / span;
}

QString tickLabel(double value)
{
    const QLocale locale;
    QString text = locale.toString(value, 'f', 6);
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(locale.zeroDigit()))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text == u"-0" ? locale.toString(0) : text;
}

void drawValueAxis(QPainter *p, const QRectF &plot, QValueAxis *axis, bool right, bool grid)
{
    const int count = axis->tickCount();
    const QFontMetrics fm(axis->labelsFont());
    p->setFont(axis->labelsFont());
    for (int i = 0; i < count; ++i) {
        const double value = tickAt(axis->min(), axis->max(), i, count);
        const double y = yFor(plot, axis, value);
        if (grid) {
            p->setPen(QPen(axis->gridLineColor(), 1));
            p->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        }
        const QString text = tickLabel(value);
        const double width = fm.horizontalAdvance(text);
        const double x = right ? plot.right() + 6 : plot.left() - 6 - width;
        p->setPen(axis->labelsColor());
        p->drawText(QPointF(x, y + (fm.ascent() - fm.descent()) / 2.0), text);
    }
    p->setPen(QPen(axis->linePenColor(), 1));
    const double x = right ? plot.right() : plot.left();
    p->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
}

void drawTimeAxis(QPainter *p, const QRectF &plot, QDateTimeAxis *axis, bool labels)
{
    const int count = axis->tickCount();
    const double from = double(axis->min().toMSecsSinceEpoch());
    const double to = double(axis->max().toMSecsSinceEpoch());
    const QFontMetrics fm(axis->labelsFont());
    p->setFont(axis->labelsFont());
    for (int i = 0; i < count; ++i) {
        const double x = tickAt(plot.left(), plot.right(), i, count);
        p->setPen(QPen(axis->gridLineColor(), 1));
        p->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        if (!labels)
            continue;
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(tickAt(from, to, i, count)));
        const QString text = at.toString(axis->format());
        p->setPen(axis->labelsColor());
        p->drawText(QPointF(x - fm.horizontalAdvance(text) / 2.0, plot.bottom() + 4 + fm.ascent()),
                    text);
    }
    p->setPen(QPen(axis->linePenColor(), 1));
    p->drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()));
}

} // namespace sonde::ChartAxes
