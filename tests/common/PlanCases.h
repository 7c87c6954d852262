#pragma once

#include "plan/Plan.h"
#include "plan/PlanFinding.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace sonde::test {

// Statements whose plans cover every kind of plan node the parser must read, run against
// tests/data/plan_schema.sql. tst_plan_capture runs them on the sandbox server (and, with
// SONDE_CAPTURE_PLANS_DIR set, saves the JSON as fixtures in tests/data/plans/);
// tst_planparser checks the saved fixtures with the same expectations.
struct PlanCase
{
    enum class Mode
    {
        Analyze,         // EXPLAIN (ANALYZE, BUFFERS, VERBOSE, SETTINGS, FORMAT JSON)
        AnalyzeNoTiming, // … with TIMING OFF
        Estimate,        // EXPLAIN (VERBOSE, FORMAT JSON)
        Generic,         // explainGenericPlan() of a statement with $n parameters
    };
    QString name;
    QString settings; // SET LOCAL …; statements run first in the same transaction
    QString sql;
    Mode mode = Mode::Analyze;
    // Each must be contained in the title of some node (PlanNode::title()).
    QStringList titles;
    // Findings that must be present.
    QList<PlanFinding::Kind> findings;
    // Further checks (QVERIFY inside; the caller checks QTest::currentTestFailed()).
    std::function<void(const Plan &, const QList<PlanFinding> &)> check;
};

QList<PlanCase> planCases();
const PlanCase *planCase(const QString &name);

// Checks a parsed plan against its case: titles, findings, invariants of the derived
// numbers (shares within 0..1, exclusive ≤ inclusive, ids in pre-order), then `check`.
void verifyPlanCase(const PlanCase &c, const Plan &plan);

} // namespace sonde::test
