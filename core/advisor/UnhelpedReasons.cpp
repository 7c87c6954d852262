#include "UnhelpedReasons.h"

#include "IndexAdvisor.h"
#include "IndexSelector.h"
#include "common/DisplayFormat.h"
#include "sql/SchemaCatalog.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', share < 0.01 ? 2 : 1) + u" %"_s;
}

QString tableList(const StatementAnalysis &a)
{
    QStringList names;
    for (const TableRef &t : a.tables)
        names << t.display();
    return names.join(u", "_s);
}

} // namespace

UnhelpedReasons::UnhelpedReasons(const IndexSelector &selector,
                                 const QList<IndexCandidate> &candidates,
                                 const AdvisorRequest &request, double workloadMs)
    : m_selector(selector)
    , m_candidates(candidates)
    , m_request(request)
    , m_workloadMs(workloadMs)
{}

QStringList UnhelpedReasons::unknownTables(const StatementAnalysis &a, const SchemaCatalog &catalog)
{
    QStringList out;
    for (const TableRef &t : a.tables) {
        // Extensions' views (pg_stat_statements, hypopg_list_indexes) may live in any schema.
        const bool system = t.schema == u"pg_catalog"_s || t.schema == u"information_schema"_s ||
                            t.name.startsWith(u"pg_"_s) || t.name.startsWith(u"hypopg"_s);
        if (!system && !catalog.table(t) && !out.contains(t.display()))
            out << t.display();
    }
    return out;
}

UnhelpedStatement UnhelpedReasons::notAnalyzed(const StatementAnalysis &a,
                                               const WorkloadStatement &s,
                                               const QStringList &unknownTables)
{
    UnhelpedStatement u;
    u.queryId = s.queryId;
    u.sql = s.sql;
    if (!a.parsed) {
        u.reason = UnhelpedStatement::Reason::NotParseable;
        u.explanation = tr("Not parseable: %1").arg(a.error);
    } else if (!unknownTables.isEmpty() && a.kind != StatementAnalysis::Kind::Utility) {
        u.reason = UnhelpedStatement::Reason::UnknownTable;
        u.explanation = tr("Reads %1, which this database's catalog does not hold (a temporary "
                           "table, or one dropped since): it cannot be planned here.")
                            .arg(unknownTables.join(u", "_s));
    } else {
        u.reason = UnhelpedStatement::Reason::NotAQuery;
        u.explanation = a.kind == StatementAnalysis::Kind::Utility
                            ? tr("Not a query: a utility statement has no plan to improve.")
                            : tr("Reads no table of this database's schemas (system catalogs, "
                                 "functions or an unknown table).");
    }
    return u;
}

UnhelpedStatement UnhelpedReasons::explain(int index, const StatementAnalysis &a,
                                           const WorkloadStatement &s) const
{
    using R = UnhelpedStatement::Reason;
    UnhelpedStatement u;
    u.queryId = s.queryId;
    u.sql = s.sql;
    u.share = s.totalTimeMs / m_workloadMs;
    const PlanEstimate &base = m_selector.baselinePlan(index);
    u.cost = base.cost;
    if (!base.ok) {
        u.reason = R::CouldNotPlan;
        u.explanation = tr("Could not be planned as it is, with its constants folded, nor from "
                           "a sample: %1")
                            .arg(base.error);
        return u;
    }
    bool hasCandidate = false;
    for (const IndexCandidate &c : m_candidates)
        hasCandidate = hasCandidate || c.statements.contains(index);
    const QString existing = base.indexesUsed.join(u", "_s);
    if (!hasCandidate) {
        if (a.kind == StatementAnalysis::Kind::Insert && a.predicates.isEmpty()) {
            u.reason = R::NothingToIndex;
            u.explanation = tr("An INSERT: every index only adds work to it.");
        } else if (!existing.isEmpty()) {
            u.reason = R::AlreadyIndexed;
            u.explanation = tr("Already indexed: the plan uses %1.").arg(existing);
        } else {
            u.reason = R::NothingToIndex;
            u.explanation = tr("Reads every row of %1: no condition, join or sort an index "
                               "could serve.")
                                .arg(tableList(a));
        }
        return u;
    }
    const double best = m_selector.bestImprovement(index);
    const int bestCandidate = m_selector.bestCandidate(index);
    if (m_selector.bestQualifies(index) && bestCandidate >= 0) {
        u.reason = R::TooLittleTime;
        u.explanation = tr("An index %1 would make it %2× cheaper, but the statement takes only "
                           "%3 of the workload's time: not worth its upkeep.")
                            .arg(m_candidates.at(bestCandidate).definition.display())
                            .arg(DisplayFormat::number(1.0 / std::max(1e-9, 1.0 - best)))
                            .arg(percent(u.share));
        return u;
    }
    if (!existing.isEmpty()) {
        u.reason = R::AlreadyIndexed;
        u.explanation = tr("Already indexed: the plan uses %1, and no other index would make it "
                           "at least %2 cheaper.")
                            .arg(existing, percent(m_request.selection.minImprovement));
        return u;
    }
    if (base.cost < m_request.tooCheapCost) {
        u.reason = R::TooCheap;
        u.explanation = tr("Too cheap to need an index: the whole plan costs %1 (a few pages).")
                            .arg(DisplayFormat::cost(base.cost));
        return u;
    }
    if (best >= m_request.selection.minImprovement && bestCandidate >= 0) {
        u.reason = R::LowSelectivity;
        u.explanation =
            tr("Not enough: the best index tried (%1) would make it %2× cheaper, less than the "
               "%3× a covering index or a second index for the same statement must give.")
                .arg(m_candidates.at(bestCandidate).definition.display())
                .arg(DisplayFormat::number(1.0 / std::max(1e-9, 1.0 - best)))
                .arg(DisplayFormat::number(m_request.selection.widerFactor));
        return u;
    }
    u.reason = R::LowSelectivity;
    QString tried;
    for (const IndexCandidate &c : m_candidates) {
        if (c.statements.contains(index)) {
            tried = c.definition.display();
            break;
        }
    }
    u.explanation =
        best > 0 ? tr("Low selectivity: its conditions match too many rows; the best "
                      "index tried (%1) saves only %2 of its cost.")
                       .arg(m_candidates.at(bestCandidate).definition.display(), percent(best))
                 : tr("Low selectivity: its conditions match too many rows of %1; even "
                      "with an index such as %2 the planner keeps scanning the table.")
                       .arg(tableList(a), tried);
    return u;
}

} // namespace sonde
