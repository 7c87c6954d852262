#pragma once

class QChart;
class QPalette;

namespace sonde {

// Gives a chart the colours of a widget palette (background, plot area, axes, grid, labels,
// legend), so charts stay readable in a dark palette. Series keep their own colours.
namespace ChartPalette {

void apply(QChart *chart, const QPalette &palette);
// True when the palette is a dark one (light text on a dark window).
bool isDark(const QPalette &palette);

} // namespace ChartPalette

} // namespace sonde
