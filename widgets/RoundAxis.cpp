#include "RoundAxis.h"

#include "common/RoundScale.h"

#include <QValueAxis>

namespace sonde {

void setRoundRange(QValueAxis *axis, double value, int maxSteps)
{
    const RoundScale::Axis round = RoundScale::axis(value, maxSteps);
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setRange(0, round.top);
    axis->setTickCount(round.ticks);
}

} // namespace sonde
