#include "IndexAdvisor.h"

#include "CandidateGenerator.h"
#include "PlanRouteFinder.h"
#include "SchemaCatalogLoader.h"
#include "StatementAnalyzer.h"
#include "UnhelpedReasons.h"
#include "WhatIfSession.h"
#include "WorkloadReader.h"
#include "common/CancelWatch.h"
#include "connection/OwnReadTransaction.h"
#include "connection/PgErrors.h"
#include "connection/PgSession.h"
#include "indexes/IndexBuildPlan.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// Relation names of a schema (tables, indexes, sequences, views …): an index name must
// differ from all of them.
QStringList relationNames(pqxx::connection &c, const QString &schema)
{
    QStringList out;
    try {
        OwnReadTransaction tx(c);
        const pqxx::result r = tx.exec_params("/* sonde */ SELECT c.relname FROM pg_class c JOIN "
                                              "pg_namespace n ON n.oid = c.relnamespace "
                                              "WHERE n.nspname = $1",
                                              schema.toStdString());
        for (const pqxx::row &row : r)
            out << QString::fromUtf8(row[0].c_str());
    } catch (const std::exception &) {
        // Names then come from the catalog only; the build checks again.
    }
    return out;
}

WriteCost writeCost(const IndexDefinition &d, const SchemaCatalog &catalog, const Workload &w,
                    const QList<StatementAnalysis> &analyses)
{
    WriteCost cost;
    const CatalogTable *t = catalog.table(d.table);
    if (!t)
        return cost;
    qint64 inserts = t->inserts, updates = t->updates, hot = t->hotUpdates, deletes = t->deletes;
    for (const CatalogTable &p : catalog.tables) {
        if (p.partitionOf == d.table) {
            inserts += p.inserts;
            updates += p.updates;
            hot += p.hotUpdates;
            deletes += p.deletes;
        }
    }
    cost.statsSeconds = catalog.statsSeconds;
    if (catalog.statsSeconds > 0) {
        cost.insertsPerSecond = double(inserts) / catalog.statsSeconds;
        cost.updatesPerSecond = double(updates) / catalog.statsSeconds;
        cost.deletesPerSecond = double(deletes) / catalog.statsSeconds;
    }
    cost.hotShare = updates > 0 ? double(hot) / double(updates) : -1;
    cost.existingIndexes = int(catalog.indexesOn(d.table).size());
    const QStringList used = d.columnsUsed();
    const double seconds = w.source == Workload::Source::Window ? w.windowSeconds : w.statsSeconds;
    for (int i = 0; i < analyses.size(); ++i) {
        const StatementAnalysis &a = analyses.at(i);
        if (a.kind != StatementAnalysis::Kind::Update || a.target != d.table)
            continue;
        bool breaks = false;
        for (const ColumnUse &c : a.writtenColumns) {
            if (c.table == d.table && used.contains(c.column)) {
                breaks = true;
                if (!cost.hotBreakingColumns.contains(c.column))
                    cost.hotBreakingColumns << c.column;
            }
        }
        if (!breaks)
            continue;
        cost.hotBreakingStatements << w.statements.at(i).sql;
        if (seconds > 0)
            cost.hotBreakingPerSecond += double(w.statements.at(i).calls) / seconds;
    }
    return cost;
}

// One line for the report on how a statement got planned, when not as it is.
QString routeNote(const PlannedStatement &p)
{
    const QString sql = p.sql.simplified();
    const QString shortSql = sql.size() > 100 ? sql.left(99) + u'…' : sql;
    switch (p.route) {
    case PlanRoute::Folded:
        return IndexAdvisor::tr("planned with its constants folded: %1").arg(p.notes.join(u"; "_s));
    case PlanRoute::UserExample:
        return IndexAdvisor::tr("planned with your example: %1").arg(shortSql);
    case PlanRoute::SampleActivity:
        return IndexAdvisor::tr("planned with a text of it seen in pg_stat_activity: %1")
            .arg(shortSql);
    case PlanRoute::SampleQualstats:
        return IndexAdvisor::tr("planned with values pg_qualstats saw: %1")
            .arg(p.notes.join(u"; "_s));
    case PlanRoute::AsIs:
    case PlanRoute::None:
        break;
    }
    return {};
}

// Finds a text of every statement the server can plan (PlanRouteFinder) and returns their
// plans as they run today, one per statement of `relevant`.
DbError planStatements(WhatIfSession &whatIf, const SchemaCatalog &catalog,
                       const AdvisorRequest &request, const QList<int> &relevant, Workload *w,
                       const std::atomic<bool> *cancel, const IndexAdvisor::Progress &progress,
                       QList<PlanEstimate> *plans, int *explains)
{
    PlanRouteFinder finder(whatIf, catalog);
    for (int rq = 0; rq < relevant.size(); ++rq) {
        if (cancel && cancel->load())
            return DbError::make(DbError::Kind::Canceled, IndexAdvisor::tr("Canceled."));
        if (progress) {
            progress(IndexAdvisor::tr("Planning statement %1 of %2 as it runs today")
                         .arg(rq + 1)
                         .arg(relevant.size()),
                     -1);
        }
        WorkloadStatement &s = w->statements[relevant.at(rq)];
        const PlannedStatement p = finder.find(s, *w, request.examples.value(s.queryId));
        if (cancel && cancel->load())
            return DbError::make(DbError::Kind::Canceled, IndexAdvisor::tr("Canceled."));
        if (p.plan.connectionLost)
            return DbError::make(DbError::Kind::ConnectionLost, p.plan.error);
        s.planRoute = p.route;
        if (p.route != PlanRoute::None)
            s.explainSql = p.sql;
        if (const QString note = routeNote(p); !note.isEmpty())
            s.planNotes << note;
        *plans << p.plan;
    }
    *explains = finder.explainCount();
    for (auto it = request.examples.begin(); it != request.examples.end(); ++it) {
        bool found = false;
        for (const WorkloadStatement &s : std::as_const(w->statements))
            found = found || s.queryId == it.key();
        if (!found) {
            w->notes << IndexAdvisor::tr("The example for queryid %1 was not used: no statement "
                                         "of the workload has that queryid.")
                            .arg(it.key());
        }
    }
    return {};
}

} // namespace

DbError IndexAdvisor::run(PgSession &session, const AdvisorRequest &request, AdvisorResult *out,
                          const std::atomic<bool> *cancel, const Progress &progress)
{
    const DbError err = advise(session, request, out, cancel, progress);
    // The advisor uses the connection directly: a cut-off connection surfaces as "lost".
    if (err && session.missedDeadline())
        return session.missedDeadline();
    return err;
}

DbError IndexAdvisor::advise(PgSession &session, const AdvisorRequest &request, AdvisorResult *out,
                             const std::atomic<bool> *cancel, const Progress &progress)
{
    QElapsedTimer clock;
    clock.start();
    if (!session.isOpen())
        return DbError::make(DbError::Kind::ConnectionLost, tr("Not connected."));
    pqxx::connection &c = session.connection();
    // Statement after statement on the connection: a request without an answer is a stall.
    const PgSession::Talking talking(session);
    CancelWatch watch(cancel, [&session]() { session.cancel(); });
    auto say = [&](const QString &text, int percent) {
        if (progress)
            progress(text, percent);
    };

    AdvisorResult r;
    Workload &w = r.workload;
    if (!request.statements.isEmpty()) {
        w = Workload::fromStatements(request.statements);
    } else {
        say(tr("Reading pg_stat_statements…"), -1);
        if (DbError err =
                WorkloadReader::read(session, request.windowSeconds, &w, cancel, progress))
            return err;
    }
    say(tr("Reading the schema…"), -1);
    SchemaCatalog catalog;
    if (DbError err = SchemaCatalogLoader::load(c, &catalog))
        return err;
    r.database = catalog.database;
    if (w.source != Workload::Source::Selected) {
        WorkloadReader::addQualstats(c, &w, &catalog);
        WorkloadReader::addObservedLimits(&w);
        WorkloadReader::applyKnownParameters(&w);
    }

    // Analyze; keep the statements on the database's own tables.
    const StatementAnalyzer analyzer(&catalog);
    QList<int> relevant;
    QList<StatementAnalysis> relevantAnalyses;
    QList<SelectorStatement> selectorStatements;
    int leftOut = 0;
    for (int i = 0; i < w.statements.size(); ++i) {
        const WorkloadStatement &s = w.statements.at(i);
        const StatementAnalysis a = analyzer.analyze(s.explainSql);
        r.analyses << a;
        bool known = false;
        for (const TableRef &t : a.tables)
            known = known || catalog.table(t);
        if (a.parsed && a.kind != StatementAnalysis::Kind::Utility && known) {
            relevant << i;
            relevantAnalyses << a;
            selectorStatements << SelectorStatement{s.explainSql, std::max(s.totalTimeMs, 1e-6),
                                                    a.hasLimit, a.tables};
            continue;
        }
        const QStringList unknown = a.parsed && a.kind != StatementAnalysis::Kind::Utility
                                        ? UnhelpedReasons::unknownTables(a, catalog)
                                        : QStringList();
        if (w.source != Workload::Source::Selected && a.parsed && unknown.isEmpty()) {
            ++leftOut;
            continue;
        }
        UnhelpedStatement u = UnhelpedReasons::notAnalyzed(a, s, unknown);
        u.statement = i;
        r.unhelped << u;
        if (!a.parsed || !unknown.isEmpty())
            r.coverage.addUnplanned(s, unhelpedReasonName(u.reason), u.explanation);
    }
    r.statementsAnalyzed = int(relevant.size());
    if (leftOut > 0) {
        r.notes << tr("%n statement(s) left out: utility statements or queries on system "
                      "catalogs only.",
                      "", leftOut);
    }

    // The what-if phase: one transaction, ended (hypothetical indexes removed) on every path.
    WhatIfSession whatIf(session);
    if (DbError err = whatIf.begin())
        return err;

    QList<PlanEstimate> baseline;
    int routeExplains = 0;
    if (DbError err = planStatements(whatIf, catalog, request, relevant, &w, cancel, progress,
                                     &baseline, &routeExplains))
        return err;
    for (int rq = 0; rq < relevant.size(); ++rq)
        selectorStatements[rq].sql = w.statements.at(relevant.at(rq)).explainSql;

    const QList<IndexCandidate> candidates = CandidateGenerator(catalog).generate(relevantAnalyses);
    r.candidatesTried = int(candidates.size());
    IndexSelector selector(whatIf, selectorStatements, candidates, catalog, request.selection);
    selector.setCancelFlag(cancel);
    selector.setProgress(progress);
    if (DbError err = selector.baseline(baseline))
        return err;
    say(tr("Trying %n candidate index(es) with HypoPG…", "", int(candidates.size())), 0);
    if (DbError err = selector.select())
        return err;
    if (DbError err = whatIf.end())
        return err;
    r.notes << selector.notes();

    // Recommendations, with the statements each one helps in the final plans.
    const double total = std::max(1e-9, w.totalTimeMs());
    QHash<QString, QStringList> taken;
    QList<int> helpedStatements;
    for (int candidate : selector.chosen()) {
        const IndexCandidate &cand = candidates.at(candidate);
        IndexRecommendation rec;
        rec.definition = cand.definition;
        rec.reason = cand.reason;
        rec.sizeBytes = selector.sizeOf(candidate);
        const QString hypo = selector.hypotheticalName(candidate);
        for (int rq = 0; rq < relevant.size(); ++rq) {
            const PlanEstimate &before = selector.baselinePlan(rq);
            const PlanEstimate &after = selector.finalPlan(rq);
            if (!before.ok || !after.uses(hypo) ||
                after.cost > before.cost * (1.0 - request.selection.minImprovement))
                continue;
            const WorkloadStatement &s = w.statements.at(relevant.at(rq));
            HelpedStatement h;
            h.statement = relevant.at(rq);
            h.queryId = s.queryId;
            h.sql = s.sql;
            h.explainSql = s.explainSql;
            h.route = s.planRoute;
            h.calls = s.calls;
            h.totalTimeMs = s.totalTimeMs;
            h.share = s.totalTimeMs / total;
            h.costBefore = before.cost;
            h.costAfter = after.cost;
            h.planBefore = before.planJson;
            h.planAfter = after.planJson;
            int sharing = 0;
            for (int other : selector.chosen())
                sharing += after.uses(selector.hypotheticalName(other)) ? 1 : 0;
            rec.savedMs += s.totalTimeMs * (1.0 - after.cost / before.cost) / std::max(1, sharing);
            rec.statements << h;
            if (!helpedStatements.contains(h.statement))
                helpedStatements << h.statement;
            for (const QString &note : s.constantsRestored + s.planNotes) {
                if (!rec.notes.contains(note))
                    rec.notes << note;
            }
        }
        if (rec.statements.isEmpty())
            continue;
        rec.savedShare = rec.savedMs / total;
        const QString schema = rec.definition.table.schema;
        if (!taken.contains(schema))
            taken.insert(schema, relationNames(c, schema));
        rec.name = IndexBuildPlan::freeName(rec.definition.suggestedName(), taken.value(schema));
        const IndexBuildPlan plan =
            IndexBuildPlan::make(rec.definition, rec.name, catalog, taken.value(schema));
        for (const IndexBuildStep &step : plan.steps)
            taken[schema] << step.indexName;
        rec.partitioned = plan.partitioned;
        rec.ddl = plan.partitioned ? plan.script() : plan.steps.first().sql;
        rec.revertDdl = plan.revertSql;
        rec.plan = plan;
        if (plan.partitioned) {
            rec.notes << tr("Partitioned table: PostgreSQL has no CREATE INDEX CONCURRENTLY "
                            "for it, so Sonde creates the index ON ONLY the parent, builds "
                            "each partition's index concurrently and attaches it.");
        }
        rec.writeCost = writeCost(rec.definition, catalog, w, r.analyses);
        r.recommendations << rec;
    }
    std::sort(r.recommendations.begin(), r.recommendations.end(),
              [](const IndexRecommendation &a, const IndexRecommendation &b) {
                  return a.savedMs > b.savedMs;
              });

    const UnhelpedReasons reasons(selector, candidates, request, total);
    for (int rq = 0; rq < relevant.size(); ++rq) {
        if (helpedStatements.contains(relevant.at(rq)))
            continue;
        UnhelpedStatement u =
            reasons.explain(rq, relevantAnalyses.at(rq), w.statements.at(relevant.at(rq)));
        u.statement = relevant.at(rq);
        u.route = w.statements.at(relevant.at(rq)).planRoute;
        if (u.route != PlanRoute::AsIs && u.route != PlanRoute::None)
            u.plannedSql = w.statements.at(relevant.at(rq)).explainSql;
        r.unhelped << u;
        if (!selector.baselinePlan(rq).ok)
            r.coverage.addUnplanned(w.statements.at(relevant.at(rq)), unhelpedReasonName(u.reason),
                                    u.explanation);
    }
    for (int rq = 0; rq < relevant.size(); ++rq) {
        if (selector.baselinePlan(rq).ok)
            r.coverage.addPlanned(w.statements.at(relevant.at(rq)));
    }
    r.coverage.finish();
    if (request.audit)
        r.audit = IndexAudit::run(catalog);
    r.explains = selector.explainCount() + routeExplains;
    r.elapsedMs = clock.elapsed();
    say(tr("Done."), 100);
    *out = r;
    return {};
}

} // namespace sonde
