#pragma once

#include <QList>

namespace sonde {

// Axis scales a reader can read: ticks at 1, 2 or 5 × 10^n (0, 50, 100, 150 rather than
// 0, 165.4, 330.8, 496.2). Shared by every chart, drawn by Qt Charts or by QPainter.
namespace RoundScale {

// The smallest round step (1, 2, 5 × 10^n) such that `intervals` steps reach `value`.
double step(double value, int intervals);
// A value axis from 0 to `top` with `ticks` ticks (0 included), each at a multiple of a
// round step: what a Qt Charts QValueAxis needs (it divides its range evenly).
struct Axis
{
    double top = 1;
    int ticks = 2;
};
// The axis covering 0 … value in at most `maxSteps` round steps, as tight as they allow
// (1 357 → 0, 500, 1 000, 1 500).
Axis axis(double value, int maxSteps = 4);
// Ticks at a round step covering lo … hi with about `intervals` steps (the first at or
// below lo, the last at or above hi).
QList<double> ticks(double lo, double hi, int intervals = 5);

} // namespace RoundScale
} // namespace sonde
