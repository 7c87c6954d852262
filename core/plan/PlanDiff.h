#pragma once

#include "Plan.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sonde {

// One line of a plan comparison: a node of the plan before, of the plan after, or both.
struct PlanDiffRow
{
    enum class Change
    {
        Same,    // the same operation on the same relation (numbers may differ)
        Changed, // the same place in the tree, done differently (scan method, index, join…)
        Removed, // only in the plan before
        Added,   // only in the plan after
    };

    Change change = Change::Same;
    int before = -1; // node id in the plan before (-1 when added)
    int after = -1;  // node id in the plan after (-1 when removed)
    int depth = 0;   // depth in the merged tree
    QString titleBefore;
    QString titleAfter;
    // Inclusive cost and time (time -1 when that plan has no timing; cost -1 when absent).
    double costBefore = -1;
    double costAfter = -1;
    double timeBefore = -1;
    double timeAfter = -1;
    // What differs in words: "Seq Scan → Index Scan using deployments_project_id_idx".
    QStringList differences;
};

// Two plans of the same statement side by side (for example before and after an index):
// nodes paired by their place in the tree and what they do, with cost and time differences.
// Self-contained (Qt Core only); the plan diff view and index advice use it.
class PlanDiff
{
    Q_DECLARE_TR_FUNCTIONS(PlanDiff)
public:
    static PlanDiff compare(const Plan &before, const Plan &after);

    QList<PlanDiffRow> rows;
    // Each side's node id → its row in `rows`.
    QHash<int, int> rowOfBefore;
    QHash<int, int> rowOfAfter;
    double totalCostBefore = 0;
    double totalCostAfter = 0;
    double totalTimeBefore = -1;
    double totalTimeAfter = -1;

    PlanDiffRow::Change changeOfBefore(int nodeId) const;
    PlanDiffRow::Change changeOfAfter(int nodeId) const;
    // Rows that are not Same.
    int changedCount() const;
    // "Cost 18 334 → 77.4 (237× lower); time 120 ms → 0.412 ms (291× faster); 3 nodes changed"
    QString summary() const;
};

QString diffChangeName(PlanDiffRow::Change change);

} // namespace sonde

Q_DECLARE_METATYPE(sonde::PlanDiff)
