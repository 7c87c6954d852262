#include "RoundAxis.h"

#include "common/RoundScale.h"

#include <QValueAxis>

#include <algorithm>

namespace sonde {

namespace {

void apply(QValueAxis *axis, double top, int ticks)
{
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setRange(0, top);
    axis->setTickCount(ticks);
}

} // namespace

void setRoundRange(QValueAxis *axis, double value, int maxSteps)
{
    const RoundScale::Axis round = RoundScale::axis(value, maxSteps);
    apply(axis, round.top, round.ticks);
}

void setRoundRanges(QValueAxis *left, double leftValue, QValueAxis *right, double rightValue)
{
    const RoundScale::Axis l = RoundScale::axis(leftValue);
    const RoundScale::Axis r = RoundScale::axis(rightValue);
    const int ticks = std::max(l.ticks, r.ticks);
    apply(left, l.top / (l.ticks - 1) * (ticks - 1), ticks);
    apply(right, r.top / (r.ticks - 1) * (ticks - 1), ticks);
}

} // namespace sonde
