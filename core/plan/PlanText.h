#pragma once

#include "Plan.h"
#include "PlanFinding.h"

#include <QJsonObject>
#include <QString>

namespace sonde {

// A plan as text (for the terminal and the clipboard) and as JSON (sonde-cli --json):
// the tree with each node's numbers and marks, then the findings.
namespace PlanText {

// Marks: "!!!" > 90 %, "!!" > 50 %, "!" > 10 % of the time (of the cost without ANALYZE);
// "rows ×12↑" for a misestimate of 10× or more.
QString render(const Plan &plan, const QList<PlanFinding> &findings);
QJsonObject toJson(const Plan &plan, const QList<PlanFinding> &findings);

} // namespace PlanText

} // namespace sonde
