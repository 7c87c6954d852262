#pragma once

class QValueAxis;

namespace sonde {

// A Qt Charts value axis from 0 covering `value` with its ticks at round values (1, 2 or
// 5 × 10^n steps, at most `maxSteps` of them): RoundScale for QValueAxis.
void setRoundRange(QValueAxis *axis, double value, int maxSteps = 4);
// Both axes of a chart with a left and a right scale, each round, with the same number of
// steps so the one grid meets the labels of both.
void setRoundRanges(QValueAxis *left, double leftValue, QValueAxis *right, double rightValue);

} // namespace sonde
