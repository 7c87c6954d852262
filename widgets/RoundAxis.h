#pragma once

class QValueAxis;

namespace sonde {

// A Qt Charts value axis from 0 covering `value` with its ticks at round values (1, 2 or
// 5 × 10^n steps, at most `maxSteps` of them): RoundScale for QValueAxis.
void setRoundRange(QValueAxis *axis, double value, int maxSteps = 4);

} // namespace sonde
