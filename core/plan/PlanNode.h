#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sonde {

// Block counts of one node (EXPLAIN (BUFFERS)); `present` is false when the plan has none.
struct PlanBuffers
{
    bool present = false;
    qint64 sharedHit = 0;
    qint64 sharedRead = 0;
    qint64 sharedDirtied = 0;
    qint64 sharedWritten = 0;
    qint64 localHit = 0;
    qint64 localRead = 0;
    qint64 localDirtied = 0;
    qint64 localWritten = 0;
    qint64 tempRead = 0;
    qint64 tempWritten = 0;
    // With track_io_timing: time spent reading / writing blocks (ms); -1 when absent.
    double ioReadMs = -1;
    double ioWriteMs = -1;

    qint64 sharedTotal() const { return sharedHit + sharedRead; }
};

// What one parallel worker did for a node ("Workers" in EXPLAIN ANALYZE VERBOSE).
struct PlanWorker
{
    int number = -1;
    double actualStartupMs = -1;
    double actualTotalMs = -1;
    double actualRows = -1;
    double actualLoops = -1;
    QString sortMethod;
    QString sortSpaceType;
    double sortSpaceKb = -1;
};

// One node of an EXPLAIN plan tree. Numbers the plan did not carry are -1. Times are in
// milliseconds; "per loop" values are as EXPLAIN prints them (averaged over loops).
struct PlanNode
{
    // Position in Plan::nodes (pre-order), parent and children as indexes into it.
    int id = -1;
    int parent = -1;
    int depth = 0;
    QList<int> children;

    QString nodeType;           // "Seq Scan", "Hash Join", "Aggregate"…
    QString parentRelationship; // "Outer", "Inner", "InitPlan", "SubPlan", "Member"…
    QString subplanName;        // "SubPlan 1", "CTE recent"…
    QString relationName;
    QString schema;
    QString alias;
    QString indexName;
    QString cteName;
    QString functionName;
    QString joinType;  // Inner, Left, Full, Right, Semi, Anti
    QString strategy;  // Aggregate: Plain, Sorted, Hashed, Mixed
    QString operation; // ModifyTable: Insert, Update, Delete, Merge
    QString command;   // SetOp: Intersect, Except…
    QString partialMode;
    QString scanDirection;
    QString filter;
    QString indexCond;
    QString recheckCond;
    QString hashCond;
    QString mergeCond;
    QString joinFilter;
    QString oneTimeFilter;
    QStringList sortKey;
    QStringList groupKey;
    QStringList presortedKey;
    QStringList output;
    QString sortMethod;
    QString sortSpaceType; // Memory or Disk
    double sortSpaceKb = -1;
    bool parallelAware = false;

    double startupCost = 0;
    double totalCost = 0;
    double planRows = 0;
    double planWidth = 0;

    // EXPLAIN ANALYZE: hasActuals; with TIMING (the default) also hasTiming.
    bool hasActuals = false;
    bool hasTiming = false;
    double actualStartupMs = -1;
    double actualTotalMs = -1;
    double actualRows = -1;
    double actualLoops = -1;

    double rowsRemovedByFilter = -1;
    double rowsRemovedByJoinFilter = -1;
    double rowsRemovedByIndexRecheck = -1;
    double heapFetches = -1;
    double exactHeapBlocks = -1;
    double lossyHeapBlocks = -1;
    double hashBatches = -1;
    double originalHashBatches = -1;
    double hashBuckets = -1;
    double peakMemoryKb = -1;
    double diskUsageKb = -1; // HashAggregate spill
    double hashAggBatches = -1;
    double cacheHits = -1; // Memoize
    double cacheMisses = -1;
    double cacheEvictions = -1;
    double cacheOverflows = -1;
    QString cacheKey;
    double subplansRemoved = -1; // Append / MergeAppend partition pruning
    int workersPlanned = -1;
    int workersLaunched = -1;
    QList<PlanWorker> workers;
    PlanBuffers buffers;

    // Every property of the node as EXPLAIN gave it (name, value as text), in order, for a
    // details pane: nothing the server said is lost even when Sonde does not know it.
    QList<QPair<QString, QString>> properties;

    // ---- Derived by Plan::analyze() ----
    // True when parallel workers run this node (it sits below a Gather / Gather Merge).
    bool inParallelWorkers = false;
    // Wall-clock time of the node with its children, and without them (ms); -1 without timing.
    double inclusiveMs = -1;
    double exclusiveMs = -1;
    double exclusiveCost = 0;
    // Share of the whole statement (0..1) of exclusive time, or of exclusive cost when the
    // plan has no timing.
    double timeShare = 0;
    double costShare = 0;
    // actual / estimated rows per loop (> 1: underestimated); 0 when not measurable.
    double rowsRatio = 0;
    // A Limit above it (it may stop early and return fewer rows than planned).
    bool belowLimit = false;

    // "Seq Scan on deployments d", "Index Scan using users_pkey on users",
    // "Hash Join", "CTE Scan on recent"…
    QString title() const;
    // Rows actually produced over all loops (-1 without ANALYZE).
    double totalActualRows() const;
    bool neverExecuted() const { return hasActuals && actualLoops == 0; }
    // Misestimate factor ≥ 1 (10 = off by ten times either way); 0 when not measurable.
    double misestimateFactor() const;
    // A misestimate of 10× or more worth marking: not "fewer rows than planned" under a Limit
    // that stopped the node early.
    bool misestimateMarked() const
    {
        return misestimateFactor() >= 10 && !(rowsRatio < 1 && belowLimit);
    }
    bool isScan() const;
    bool isJoin() const;
};

} // namespace sonde
