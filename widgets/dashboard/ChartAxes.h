#pragma once

#include <QRectF>
#include <QString>

class QDateTimeAxis;
class QPainter;
class QValueAxis;

namespace sonde::ChartAxes {

// The grid, axis lines and tick labels of a dashboard chart, drawn by the chart's view in the
// same coordinates as its lines, thresholds and markers. (Qt Charts lays its own grid out
// around the labels it must fit, which moved it a few pixels off a fixed plot area: the 500
// ms threshold sat on the 1 000 grid line.) The axes' ranges, tick counts, label format and
// colours (ChartPalette) still come from the Qt Charts axes, which draw nothing themselves
// (hide()).

// Qt Charts draws no grid, line or label of the axis.
void hide(QValueAxis *axis);
void hide(QDateTimeAxis *axis);

// The pixel row of `value` on `axis` in `plot`.
double yFor(const QRectF &plot, const QValueAxis *axis, double value);
// A tick's label: as many decimals as the value needs, the locale's separators.
QString tickLabel(double value);

// (Qt 6.4's axis colour getters are not const.)
// Horizontal grid lines (when `grid`) and the labels of a value axis, on the plot's left or
// right side.
void drawValueAxis(QPainter *p, const QRectF &plot, QValueAxis *axis, bool right, bool grid);
// Vertical grid lines, the axis line along the bottom and (when `labels`) the times under it.
void drawTimeAxis(QPainter *p, const QRectF &plot, QDateTimeAxis *axis, bool labels);

} // namespace sonde::ChartAxes
