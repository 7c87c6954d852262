#include "Plan.h"

#include <QHash>

#include <tuple>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

bool isCteInitPlan(const PlanNode &n)
{
    return n.parentRelationship == u"InitPlan"_s && n.subplanName.startsWith(u"CTE "_s);
}

bool isGather(const PlanNode &n)
{
    return n.nodeType == u"Gather"_s || n.nodeType == u"Gather Merge"_s;
}

} // namespace

bool Plan::isAnalyzed() const
{
    return std::any_of(nodes.cbegin(), nodes.cend(),
                       [](const PlanNode &n) { return n.hasActuals; });
}

bool Plan::hasTiming() const
{
    return std::any_of(nodes.cbegin(), nodes.cend(), [](const PlanNode &n) { return n.hasTiming; });
}

bool Plan::hasBuffers() const
{
    return std::any_of(nodes.cbegin(), nodes.cend(),
                       [](const PlanNode &n) { return n.buffers.present; });
}

double Plan::totalTimeMs() const
{
    if (executionMs >= 0)
        return executionMs;
    if (!nodes.isEmpty() && nodes.first().inclusiveMs >= 0)
        return nodes.first().inclusiveMs;
    return -1;
}

QList<int> Plan::byExpense() const
{
    QList<int> ids(nodes.size());
    std::iota(ids.begin(), ids.end(), 0);
    const bool timed = hasTiming();
    std::stable_sort(ids.begin(), ids.end(), [&](int a, int b) {
        const PlanNode &x = nodes.at(a);
        const PlanNode &y = nodes.at(b);
        return timed ? x.exclusiveMs > y.exclusiveMs : x.exclusiveCost > y.exclusiveCost;
    });
    return ids;
}

int Plan::maxDepth() const
{
    int d = 0;
    for (const PlanNode &n : nodes)
        d = std::max(d, n.depth);
    return d;
}

void Plan::markParallel(int id, bool inWorkers, int processes)
{
    // Iterative (plans from the fuzzer or a pathological query can be deep).
    QList<std::tuple<int, bool, int>> stack{{id, inWorkers, processes}};
    while (!stack.isEmpty()) {
        auto [current, workers, procs] = stack.takeLast();
        PlanNode &n = nodes[current];
        n.inParallelWorkers = workers;
        bool childWorkers = workers;
        int childProcs = procs;
        if (isGather(n)) {
            childWorkers = true;
            childProcs = std::max(1, n.workersLaunched >= 0 ? n.workersLaunched + 1
                                                            : std::max(1, n.workersPlanned + 1));
        }
        for (int c : n.children)
            stack.append({c, childWorkers, childProcs});
        // Remember the process count on the node's own loops below (inclusive time).
        if (workers && n.hasTiming && n.actualLoops > 0) {
            const double perProcess = std::max(1.0, n.actualLoops / procs);
            n.inclusiveMs = n.actualTotalMs * perProcess;
        }
    }
}

QList<int> Plan::effectiveChildren(int id) const
{
    QList<int> out;
    for (int c : nodes.at(id).children) {
        if (!isCteInitPlan(nodes.at(c)))
            out.append(c);
    }
    return out;
}

void Plan::analyze()
{
    if (nodes.isEmpty())
        return;
    // Inclusive time: per-loop time × loops (per process when parallel workers share them).
    for (PlanNode &n : nodes) {
        n.inclusiveMs = -1;
        if (n.hasTiming && n.actualTotalMs >= 0 && n.actualLoops >= 0)
            n.inclusiveMs = n.actualLoops == 0 ? 0.0 : n.actualTotalMs * n.actualLoops;
        n.rowsRatio = 0;
        if (n.hasActuals && n.actualLoops > 0 && n.actualRows >= 0)
            n.rowsRatio = std::max(n.actualRows, 1.0) / std::max(n.planRows, 1.0);
    }
    markParallel(0, false, 1);
    for (PlanNode &n : nodes) {
        // Pre-order: the parent's flag is already set.
        n.belowLimit = n.parent >= 0 && (nodes.at(n.parent).belowLimit ||
                                          nodes.at(n.parent).nodeType == u"Limit"_s);
    }

    // CTE bodies run when their CTE Scans pull rows: their time belongs to those scans.
    QHash<QString, QList<int>> cteScans;
    for (const PlanNode &n : nodes) {
        if (n.nodeType == u"CTE Scan"_s && !n.cteName.isEmpty())
            cteScans[n.cteName].append(n.id);
    }
    QHash<int, double> cteTimeOf; // CTE Scan id → time of the CTE body it accounts for
    for (const PlanNode &n : nodes) {
        if (!isCteInitPlan(n) || n.inclusiveMs < 0)
            continue;
        const QList<int> scans = cteScans.value(n.subplanName.mid(4));
        double weight = 0;
        for (int s : scans)
            weight += std::max(0.0, nodes.at(s).inclusiveMs);
        for (int s : scans) {
            const double share = weight > 0 ? std::max(0.0, nodes.at(s).inclusiveMs) / weight
                                            : 1.0 / double(scans.size());
            cteTimeOf[s] += n.inclusiveMs * share;
        }
    }

    double timeSum = 0;
    double costSum = 0;
    for (PlanNode &n : nodes) {
        double childTime = cteTimeOf.value(n.id);
        double childCost = 0;
        for (int c : effectiveChildren(n.id)) {
            childTime += std::max(0.0, nodes.at(c).inclusiveMs);
            childCost += nodes.at(c).totalCost;
        }
        n.exclusiveMs = n.inclusiveMs < 0 ? -1 : std::max(0.0, n.inclusiveMs - childTime);
        n.exclusiveCost = std::max(0.0, n.totalCost - childCost);
        timeSum += std::max(0.0, n.exclusiveMs);
        costSum += n.exclusiveCost;
    }
    const double timeBase = std::max(timeSum, executionMs > 0 ? executionMs : 0.0);
    const bool timed = hasTiming();
    for (PlanNode &n : nodes) {
        n.costShare = costSum > 0 ? n.exclusiveCost / costSum : 0;
        if (timed)
            n.timeShare = timeBase > 0 ? std::max(0.0, n.exclusiveMs) / timeBase : 0;
        else
            n.timeShare = n.costShare;
    }
}

PlanExpense expenseOf(const PlanNode &node)
{
    if (node.timeShare > 0.9)
        return PlanExpense::Critical;
    if (node.timeShare > 0.5)
        return PlanExpense::Major;
    if (node.timeShare > 0.1)
        return PlanExpense::Notable;
    return PlanExpense::None;
}

} // namespace sonde
