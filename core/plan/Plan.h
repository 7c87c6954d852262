#pragma once

#include "PlanNode.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace sonde {

// A trigger's share of an EXPLAIN ANALYZE run (foreign keys are checked by triggers).
struct PlanTrigger
{
    QString name;
    QString relation;
    double timeMs = 0;
    double calls = 0;
};

// One EXPLAIN (FORMAT JSON) plan as a tree of nodes (stored flat, in pre-order: node 0 is
// the root). Self-contained: depends on Qt Core only, so the CLI, the fuzzer and other
// features (index advice's before/after) can use it. Build it with PlanParser.
class Plan
{
public:
    QList<PlanNode> nodes;
    // EXPLAIN ANALYZE: "Planning Time" / "Execution Time" in ms (-1 when absent).
    double planningMs = -1;
    double executionMs = -1;
    QList<PlanTrigger> triggers;
    // JIT: number of functions and total time (ms), -1 when the plan used no JIT.
    double jitFunctions = -1;
    double jitTotalMs = -1;
    // "Settings" (EXPLAIN (SETTINGS)): non-default planner settings as name=value.
    QList<QPair<QString, QString>> settings;
    // How many statements the EXPLAIN output held (a rule can make more); only the first
    // is kept.
    int statementCount = 1;

    bool isEmpty() const { return nodes.isEmpty(); }
    const PlanNode &root() const { return nodes.first(); }
    const PlanNode &node(int id) const { return nodes.at(id); }
    // EXPLAIN ANALYZE (actual rows and loops present).
    bool isAnalyzed() const;
    // EXPLAIN ANALYZE with TIMING (per-node times present).
    bool hasTiming() const;
    bool hasBuffers() const;
    double totalCost() const { return nodes.isEmpty() ? 0 : nodes.first().totalCost; }
    // The statement's run time (Execution Time, else the root's time); -1 without timing.
    double totalTimeMs() const;
    // Node ids ordered by exclusive time (or cost without timing), most expensive first.
    QList<int> byExpense() const;
    // Depth of the deepest node.
    int maxDepth() const;

    // Fills the derived fields of every node (parallel flags, inclusive/exclusive time and
    // cost, shares, row ratios). PlanParser calls it; call it again after editing nodes.
    void analyze();

private:
    void markParallel(int id, bool inWorkers, int processes);
    QList<int> effectiveChildren(int id) const;
};

// How expensive a node is for the plan view: its share of time (or of cost when the plan
// has no timing) above 90 / 50 / 10 %.
enum class PlanExpense
{
    None,
    Notable,  // > 10 %
    Major,    // > 50 %
    Critical, // > 90 %
};

PlanExpense expenseOf(const PlanNode &node);

} // namespace sonde

Q_DECLARE_METATYPE(sonde::Plan)
