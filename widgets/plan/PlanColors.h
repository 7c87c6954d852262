#pragma once

#include "plan/Plan.h"
#include "plan/PlanDiff.h"
#include "plan/PlanFinding.h"

#include <QColor>

namespace sonde::PlanColors {

// The plan views' colours, in one place: expense marks (> 10 / 50 / 90 % of the time),
// misestimates, comparison changes, finding severities.
QColor expense(PlanExpense level);       // row tint; invalid for None
QColor expenseStrong(PlanExpense level); // bars and marks
QColor misestimate(double factor);       // invalid below 10×
QColor diff(PlanDiffRow::Change change); // invalid for Same
QColor severity(PlanFinding::Severity severity);
// Heat of a node in the graph: 0 → pale, 1 → deep red.
QColor heat(double share);

} // namespace sonde::PlanColors
