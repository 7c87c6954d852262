#include "RoundScale.h"

#include <algorithm>
#include <cmath>

namespace sonde::RoundScale {

double step(double value, int intervals)
{
    const double raw = value / std::max(1, intervals);
    if (!(raw > 0) || !std::isfinite(raw))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0}) {
        // A little tolerance: 3 × 0.1 is 0.30000000000000004.
        if (m * magnitude >= raw * (1 - 1e-9))
            return m * magnitude;
    }
    return 10 * magnitude;
}

Axis axis(double value, int maxSteps)
{
    if (!(value > 0) || !std::isfinite(value))
        return {};
    const double s = step(value, maxSteps);
    const int steps = std::max(1, int(std::ceil(value / s - 1e-9)));
    return {steps * s, steps + 1};
}

QList<double> ticks(double lo, double hi, int intervals)
{
    if (!(hi > lo))
        hi = lo + 1;
    const double s = step(hi - lo, intervals);
    QList<double> out;
    const double first = std::floor(lo / s + 1e-9) * s;
    const double last = std::ceil(hi / s - 1e-9) * s;
    for (int i = 0; first + i * s <= last + s * 1e-9; ++i)
        out << first + i * s;
    return out;
}

} // namespace sonde::RoundScale
