#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace sonde {

class Plan;

// One problem found in a plan, spelled out for a DBA: what happens and what would fix it
// ("Seq Scan on deployments reads 1 000 000 rows to return 20: an index on project_id would
// avoid it").
struct PlanFinding
{
    enum class Kind
    {
        Hotspot,        // one node takes most of the time
        SeqScanFilter,  // a sequential scan throws most rows away
        IndexFilter,    // an index scan reads many rows its filter then discards
        SortSpill,      // a sort went to disk
        HashSpill,      // a hash join's hash table was split into batches
        HashAggSpill,   // a hash aggregate spilled
        Misestimate,    // row estimate off by 10× or more
        LossyBitmap,    // a bitmap went lossy (too little work_mem)
        HeapFetches,    // an index-only scan still visits the table
        WorkersMissing, // fewer parallel workers started than planned
        MemoizeMisses,  // a Memoize cache that rarely hits
        SlowTrigger,    // a trigger (often a foreign key check) takes much of the time
        JitOverhead,    // JIT compilation costs more than it saves
        SlowPlanning,   // planning takes longer than running
    };
    enum class Severity
    {
        Info,
        Warning,
        Critical,
    };

    Kind kind = Kind::Hotspot;
    Severity severity = Severity::Info;
    int nodeId = -1; // -1: about the whole statement
    QString text;

    // Every finding in a plan, the most severe first.
    static QList<PlanFinding> of(const Plan &plan);
};

QString findingKindName(PlanFinding::Kind kind);
QString findingSeverityName(PlanFinding::Severity severity);

} // namespace sonde

Q_DECLARE_METATYPE(sonde::PlanFinding)
