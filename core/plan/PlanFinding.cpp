#include "PlanFinding.h"

#include "Plan.h"
#include "PlanConditions.h"
#include "PlanFormat.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

using F = PlanFinding;
namespace Fmt = PlanFormat;

// work_mem worth suggesting for `kb` spilled: about three times the spill (data on disk is
// denser than in memory), rounded up to a power of two, at least 16MB.
QString suggestedWorkMem(double kb)
{
    const double mb = std::max(16.0, std::ceil(kb * 3.0 / 1024.0));
    const double rounded = std::pow(2.0, std::ceil(std::log2(mb)));
    return QString::number(qint64(std::min(rounded, 65536.0))) + u"MB"_s;
}

// Finds what PlanFinding::of returns; its messages are in the PlanFinding context.
class Finder
{
    Q_DECLARE_TR_FUNCTIONS(PlanFinding)
public:
    explicit Finder(const Plan &plan)
        : m_plan(plan)
    {}

    QList<PlanFinding> run()
    {
        hotspot();
        for (const PlanNode &n : m_plan.nodes) {
            seqScan(n);
            indexFilter(n);
            sortSpill(n);
            hashSpill(n);
            misestimate(n);
            lossyBitmap(n);
            heapFetches(n);
            workers(n);
            memoize(n);
        }
        statementLevel();
        std::stable_sort(m_out.begin(), m_out.end(), [this](const F &a, const F &b) {
            if (a.severity != b.severity)
                return a.severity > b.severity;
            return share(a.nodeId) > share(b.nodeId);
        });
        return m_out;
    }

private:
    double share(int id) const { return id >= 0 ? m_plan.node(id).timeShare : 0; }

    void add(F::Kind kind, F::Severity severity, int nodeId, const QString &text)
    {
        // A node taking half the time of a statement that takes a while turns a warning into a
        // critical finding.
        const bool substantial =
            m_plan.hasTiming() ? m_plan.totalTimeMs() >= 10 : m_plan.totalCost() >= 1000;
        if (nodeId >= 0 && severity == F::Severity::Warning && substantial && share(nodeId) >= 0.5)
            severity = F::Severity::Critical;
        m_out.append({kind, severity, nodeId, text});
    }

    void hotspot()
    {
        if (m_plan.nodes.size() < 2)
            return;
        const int top = m_plan.byExpense().first();
        const PlanNode &n = m_plan.node(top);
        if (n.timeShare < 0.5)
            return;
        const QString what = m_plan.hasTiming() ? tr("Most of the time (%1, %2) goes to %3.")
                                                      .arg(Fmt::percent(n.timeShare),
                                                           Fmt::duration(n.exclusiveMs), n.title())
                                                : tr("Most of the estimated cost (%1) is in %2.")
                                                      .arg(Fmt::percent(n.timeShare), n.title());
        m_out.append({F::Kind::Hotspot, F::Severity::Info, top, what});
    }

    QString indexAdvice(const PlanNode &n) const
    {
        const QStringList columns = conditionColumns(n.filter);
        if (columns.isEmpty())
            return tr("an index matching its filter %1 would avoid it").arg(n.filter);
        return tr("an index on %1 would avoid it").arg(indexColumnsText(columns));
    }

    void seqScan(const PlanNode &n)
    {
        if (n.nodeType != u"Seq Scan"_s || n.filter.isEmpty())
            return;
        const QString scan = u"Seq Scan on "_s + n.relationName;
        if (n.hasActuals && n.rowsRemovedByFilter >= 0) {
            const double loops = std::max(1.0, n.actualLoops);
            const double returned = n.actualRows * loops;
            const double read = (n.actualRows + n.rowsRemovedByFilter) * loops;
            if (read < 1000 || returned > read * 0.1)
                return;
            const QString text =
                n.actualLoops > 1
                    ? tr("%1 runs %2 times and reads %3 rows in all to return %4: %5.")
                          .arg(scan, Fmt::count(n.actualLoops), Fmt::count(read),
                               Fmt::count(returned), indexAdvice(n))
                    : tr("%1 reads %2 rows to return %3: %4.")
                          .arg(scan, Fmt::count(read), Fmt::count(returned), indexAdvice(n));
            add(F::Kind::SeqScanFilter, F::Severity::Warning, n.id, text);
            return;
        }
        // Without ANALYZE: a scan that costs much (about 40 rows per unit of cost) and is
        // expected to keep few of them.
        if (n.hasActuals || n.totalCost < 100 || n.costShare < 0.2 || n.planRows * 10 > n.totalCost)
            return;
        add(F::Kind::SeqScanFilter, F::Severity::Warning, n.id,
            tr("%1 reads the whole table (estimated cost %2) to return about %3 rows: %4.")
                .arg(scan, Fmt::cost(n.totalCost), Fmt::count(n.planRows), indexAdvice(n)));
    }

    void indexFilter(const PlanNode &n)
    {
        if (!n.nodeType.startsWith(u"Index"_s) || n.filter.isEmpty() || !n.hasActuals ||
            n.rowsRemovedByFilter < 0)
            return;
        const double loops = std::max(1.0, n.actualLoops);
        const double removed = n.rowsRemovedByFilter * loops;
        const double returned = n.actualRows * loops;
        if (removed < 1000 || returned > removed * 0.1)
            return;
        const QStringList columns = conditionColumns(n.filter);
        add(F::Kind::IndexFilter, F::Severity::Warning, n.id,
            tr("%1 fetches %2 rows through the index and its filter discards %3 of them: an "
               "index that also covers %4 would avoid it.")
                .arg(n.title(), Fmt::count(removed + returned), Fmt::count(removed),
                     columns.isEmpty() ? n.filter : columns.join(u", "_s)));
    }

    void sortSpill(const PlanNode &n)
    {
        if (!n.nodeType.contains(u"Sort"_s))
            return;
        double kb = n.sortSpaceType == u"Disk"_s ? n.sortSpaceKb : -1;
        int spilledWorkers = 0;
        for (const PlanWorker &w : n.workers) {
            if (w.sortSpaceType == u"Disk"_s) {
                kb = std::max(kb, 0.0) + std::max(0.0, w.sortSpaceKb);
                ++spilledWorkers;
            }
        }
        if (kb < 0)
            return;
        const QString what =
            spilledWorkers > 0
                ? tr("%1 (and %n parallel worker(s))", nullptr, spilledWorkers).arg(n.title())
                : n.title();
        add(F::Kind::SortSpill, F::Severity::Warning, n.id,
            tr("%1 spilled %2 to disk: raise work_mem (for example SET LOCAL work_mem = '%3' "
               "for this statement)%4.")
                .arg(what, Fmt::kilobytes(kb), suggestedWorkMem(kb),
                     n.sortKey.isEmpty() ? QString()
                                         : tr(", or let an index on %1 return the rows in order")
                                               .arg(n.sortKey.join(u", "_s))));
    }

    void hashSpill(const PlanNode &n)
    {
        if (n.nodeType == u"Hash"_s && n.hashBatches > 1) {
            const double kb = std::max(0.0, n.peakMemoryKb) * n.hashBatches;
            add(F::Kind::HashSpill, F::Severity::Warning, n.id,
                tr("Hash split its table into %1 batches (peak memory %2 each) and spilled to "
                   "disk: raise work_mem (for example SET LOCAL work_mem = '%3').")
                    .arg(Fmt::count(n.hashBatches), Fmt::kilobytes(n.peakMemoryKb),
                         suggestedWorkMem(kb / 3.0 * 1.5)));
        }
        if (n.diskUsageKb > 0) {
            add(F::Kind::HashAggSpill, F::Severity::Warning, n.id,
                tr("%1 spilled %2 to disk in %3 batches: raise work_mem or hash_mem_multiplier "
                   "(for example SET LOCAL work_mem = '%4').")
                    .arg(n.title(), Fmt::kilobytes(n.diskUsageKb),
                         Fmt::count(std::max(1.0, n.hashAggBatches)),
                         suggestedWorkMem(n.diskUsageKb)));
        }
    }

    QStringList relationsBelow(int id) const
    {
        QStringList out;
        QList<int> stack{id};
        while (!stack.isEmpty()) {
            const PlanNode &n = m_plan.node(stack.takeLast());
            if (!n.relationName.isEmpty() && !out.contains(n.relationName))
                out << n.relationName;
            stack.append(n.children);
        }
        return out;
    }

    bool isMisestimated(const PlanNode &n) const
    {
        if (!n.misestimateMarked())
            return false;
        const double planned = n.planRows * std::max(1.0, n.actualLoops);
        return std::max(n.totalActualRows(), planned) >= 100;
    }

    void misestimate(const PlanNode &n)
    {
        if (!isMisestimated(n))
            return;
        // Report where the error starts, not every node it propagates to.
        for (int c : n.children) {
            if (isMisestimated(m_plan.node(c)))
                return;
        }
        const QStringList relations = relationsBelow(n.id);
        const QString fix =
            relations.isEmpty()
                ? tr("check the statistics of the tables involved")
                : tr("run ANALYZE on %1, or raise the statistics target / create extended "
                     "statistics for the columns involved")
                      .arg(relations.join(u", "_s));
        const QString direction = n.rowsRatio > 1
                                      ? tr("%1 more").arg(Fmt::factor(n.rowsRatio))
                                      : tr("%1 fewer").arg(Fmt::factor(1 / n.rowsRatio));
        const bool one = Fmt::count(n.actualRows) == Fmt::count(1.0);
        const QString rows =
            n.actualLoops > 1
                ? (one ? tr("%1 returned %2 row per loop where the planner expected %3 (%4)")
                       : tr("%1 returned %2 rows per loop where the planner expected %3 (%4)"))
                : (one ? tr("%1 returned %2 row where the planner expected %3 (%4)")
                       : tr("%1 returned %2 rows where the planner expected %3 (%4)"));
        const QString consequence =
            n.parent >= 0 ? tr(": the plan above it rests on a wrong count; %1.") : tr(": %1.");
        add(F::Kind::Misestimate, F::Severity::Warning, n.id,
            rows.arg(n.title(), Fmt::count(n.actualRows), Fmt::count(n.planRows), direction) +
                consequence.arg(fix));
    }

    void lossyBitmap(const PlanNode &n)
    {
        if (n.lossyHeapBlocks <= 0)
            return;
        add(F::Kind::LossyBitmap, F::Severity::Warning, n.id,
            tr("%1 went lossy on %2 blocks and rechecked every row on them%3: raise work_mem so "
               "the bitmap stays exact.")
                .arg(n.title(), Fmt::count(n.lossyHeapBlocks),
                     n.rowsRemovedByIndexRecheck > 0
                         ? tr(" (%1 rows discarded)").arg(Fmt::count(n.rowsRemovedByIndexRecheck))
                         : QString()));
    }

    void heapFetches(const PlanNode &n)
    {
        if (n.nodeType != u"Index Only Scan"_s || n.heapFetches < 100)
            return;
        if (n.heapFetches < 0.1 * std::max(1.0, n.totalActualRows()))
            return;
        add(F::Kind::HeapFetches, F::Severity::Warning, n.id,
            tr("%1 still read %2 rows from the table (heap fetches): VACUUM %3 so its visibility "
               "map lets the index answer alone.")
                .arg(n.title(), Fmt::count(n.heapFetches), n.relationName));
    }

    void workers(const PlanNode &n)
    {
        if (n.workersLaunched < 0 || n.workersPlanned <= 0 || n.workersLaunched >= n.workersPlanned)
            return;
        const QString started = n.workersLaunched == 0
                                    ? tr("none started")
                                    : tr("only %1 started").arg(n.workersLaunched);
        add(F::Kind::WorkersMissing, F::Severity::Warning, n.id,
            tr("%1 planned %2 parallel workers but %3: max_parallel_workers or "
               "max_worker_processes is exhausted, so it ran slower than planned.")
                .arg(n.title())
                .arg(n.workersPlanned)
                .arg(started));
    }

    void memoize(const PlanNode &n)
    {
        if (n.nodeType != u"Memoize"_s || n.cacheMisses < 100)
            return;
        const double lookups = std::max(0.0, n.cacheHits) + n.cacheMisses;
        const double hitRate = lookups > 0 ? std::max(0.0, n.cacheHits) / lookups : 0;
        if (hitRate >= 0.3)
            return;
        add(F::Kind::MemoizeMisses, F::Severity::Info, n.id,
            tr("Memoize found only %1 of its lookups in its cache (%2 evictions): it costs more "
               "than it saves%3.")
                .arg(Fmt::percent(hitRate), Fmt::count(std::max(0.0, n.cacheEvictions)),
                     n.cacheEvictions > 0 ? tr("; more work_mem would keep more entries")
                                          : QString()));
    }

    void statementLevel()
    {
        const double exec = m_plan.executionMs;
        for (const PlanTrigger &t : m_plan.triggers) {
            if (exec <= 0 || t.timeMs < 10 || t.timeMs < 0.1 * exec)
                continue;
            const bool foreignKey = t.name.startsWith(u"RI_ConstraintTrigger"_s);
            add(F::Kind::SlowTrigger, F::Severity::Warning, -1,
                tr("Trigger %1 on %2 took %3 over %4 calls (%5 of the run)%6.")
                    .arg(t.name, t.relation, Fmt::duration(t.timeMs), Fmt::count(t.calls),
                         Fmt::percent(t.timeMs / exec),
                         foreignKey ? tr(": it checks a foreign key; an index on the referencing "
                                         "column(s) would make each check fast")
                                    : QString()));
        }
        if (m_plan.jitTotalMs > 100 && exec > 0 && m_plan.jitTotalMs > 0.1 * exec) {
            add(F::Kind::JitOverhead, F::Severity::Warning, -1,
                tr("JIT compilation took %1 of a %2 run: raise jit_above_cost, or SET jit = off "
                   "for this statement.")
                    .arg(Fmt::duration(m_plan.jitTotalMs), Fmt::duration(exec)));
        }
        if (m_plan.planningMs > 10 && exec >= 0 && m_plan.planningMs > exec) {
            add(F::Kind::SlowPlanning, F::Severity::Info, -1,
                tr("Planning took %1, longer than running the statement (%2): a prepared "
                   "statement would plan it once.")
                    .arg(Fmt::duration(m_plan.planningMs), Fmt::duration(exec)));
        }
    }

    const Plan &m_plan;
    QList<PlanFinding> m_out;
};

} // namespace

QList<PlanFinding> PlanFinding::of(const Plan &plan)
{
    if (plan.isEmpty())
        return {};
    return Finder(plan).run();
}

QString findingKindName(PlanFinding::Kind kind)
{
    switch (kind) {
    case F::Kind::Hotspot:
        return u"hotspot"_s;
    case F::Kind::SeqScanFilter:
        return u"seq_scan_filter"_s;
    case F::Kind::IndexFilter:
        return u"index_filter"_s;
    case F::Kind::SortSpill:
        return u"sort_spill"_s;
    case F::Kind::HashSpill:
        return u"hash_spill"_s;
    case F::Kind::HashAggSpill:
        return u"hashagg_spill"_s;
    case F::Kind::Misestimate:
        return u"misestimate"_s;
    case F::Kind::LossyBitmap:
        return u"lossy_bitmap"_s;
    case F::Kind::HeapFetches:
        return u"heap_fetches"_s;
    case F::Kind::WorkersMissing:
        return u"workers_missing"_s;
    case F::Kind::MemoizeMisses:
        return u"memoize_misses"_s;
    case F::Kind::SlowTrigger:
        return u"slow_trigger"_s;
    case F::Kind::JitOverhead:
        return u"jit_overhead"_s;
    case F::Kind::SlowPlanning:
        return u"slow_planning"_s;
    }
    return QString();
}

QString findingSeverityName(PlanFinding::Severity severity)
{
    switch (severity) {
    case F::Severity::Info:
        return u"info"_s;
    case F::Severity::Warning:
        return u"warning"_s;
    case F::Severity::Critical:
        return u"critical"_s;
    }
    return QString();
}

} // namespace sonde
