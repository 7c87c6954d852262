#include "AdvisorReportText.h"

#include "common/DisplayFormat.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sonde::cli {
namespace {

QString percent(double share)
{
    return DisplayFormat::percent(share * 100.0);
}

QString cost(double value)
{
    return DisplayFormat::cost(value);
}

QString shortSql(QString sql, int width = 90)
{
    sql = sql.simplified();
    return sql.size() > width ? sql.left(width - 1) + u'…' : sql;
}

QString duration(double ms)
{
    return DisplayFormat::duration(ms);
}

// ", planned with constants folded" when a statement was not planned as written.
QString route(PlanRoute route)
{
    if (route == PlanRoute::AsIs || route == PlanRoute::None)
        return {};
    return u", "_s + AdvisorReportText::tr("planned: %1").arg(PlanRoutes::text(route));
}

// One line when the advice covers the workload; a block that cannot be missed when not.
QStringList coverage(const AdvisorCoverage &c)
{
    if (c.isEnough())
        return {AdvisorReportText::tr("Coverage: %1.").arg(c.summary())};
    QStringList out;
    out << QString();
    out << AdvisorReportText::tr("!! INCOMPLETE ADVICE: %1.").arg(c.summary());
    out << AdvisorReportText::tr("!! %n statement(s) could not be planned and got no advice, "
                                 "however much time they take:",
                                 "", int(c.unplanned.size()));
    for (const UnplannedStatement &u : c.unplanned) {
        const QString id =
            u.queryId != 0 ? AdvisorReportText::tr(" (queryid %1)").arg(u.queryId) : QString();
        out << u"!!   "_s + u"%1  %2%3"_s.arg(percent(u.share), -8).arg(shortSql(u.sql), id);
        out << u"!!          "_s + u.explanation.simplified();
    }
    out << AdvisorReportText::tr("!! To plan one, give an example of it with real values: "
                                 "sonde-cli advise <uri> --example QUERYID='SELECT …'");
    return out;
}

} // namespace

QString AdvisorReportText::format(const AdvisorResult &r)
{
    QStringList out;
    QString source;
    switch (r.workload.source) {
    case Workload::Source::Statistics:
        source = tr("pg_stat_statements since its last reset");
        break;
    case Workload::Source::Window:
        source = tr("pg_stat_statements over %1")
                     .arg(DisplayFormat::duration(r.workload.windowSeconds * 1000.0));
        break;
    case Workload::Source::Selected:
        source = tr("the statements given");
        break;
    }
    out << tr("Index advice for %1: %n statement(s) on its tables from %2, %3 of statement "
              "time.",
              "", r.statementsAnalyzed)
               .arg(r.database, source, duration(r.workload.totalTimeMs()));
    out << tr("HypoPG tried %1 candidate indexes with %2 plans in %3.")
               .arg(DisplayFormat::count(r.candidatesTried), DisplayFormat::count(r.explains),
                    duration(double(r.elapsedMs)));
    out << coverage(r.coverage);
    out << QString();
    if (r.recommendations.isEmpty())
        out << tr("No index to recommend.");
    for (int i = 0; i < r.recommendations.size(); ++i) {
        const IndexRecommendation &rec = r.recommendations.at(i);
        out << u"%1. "_s.arg(i + 1) + rec.ddl.split(u'\n').join(u";\n   "_s) + u';';
        out << u"   "_s + tr("saves about %1 (%2 of the workload) · size %3 · %4")
                              .arg(duration(rec.savedMs), percent(rec.savedShare),
                                   DisplayFormat::bytes(rec.sizeBytes), rec.reason);
        for (const HelpedStatement &h : rec.statements) {
            out << u"   "_s + tr("%1 of the time, cost %2 → %3 (%4× cheaper%5): %6")
                                  .arg(percent(h.share), cost(h.costBefore), cost(h.costAfter))
                                  .arg(QLocale().toString(h.speedup(), 'f', 1))
                                  .arg(route(h.route))
                                  .arg(shortSql(h.sql, 70));
        }
        out << u"   "_s + tr("write cost: %1").arg(rec.writeCost.summary());
        for (const QString &n : rec.notes)
            out << u"   "_s + tr("note: %1").arg(n);
        out << u"   "_s + tr("revert: %1;").arg(rec.revertDdl);
        out << QString();
    }
    if (!r.unhelped.isEmpty()) {
        out << tr("Statements no index helps:");
        for (const UnhelpedStatement &u : r.unhelped) {
            out << u"   "_s + u"%1  %2"_s.arg(percent(u.share), -8).arg(shortSql(u.sql));
            const QString how = route(u.route);
            out << u"            "_s + u.explanation +
                       (how.isEmpty() ? QString() : u" ("_s + how.mid(2) + u')');
        }
        out << QString();
    }
    if (!r.audit.isEmpty()) {
        out << tr("Existing indexes:");
        for (const IndexFinding &f : r.audit) {
            out << u"   "_s + f.message;
            out << u"      "_s + tr("fix: %1;").arg(f.fixDdl);
        }
        out << QString();
    }
    for (const QString &n : r.notes + r.workload.notes)
        out << tr("Note: %1").arg(n);
    return out.join(u'\n');
}

} // namespace sonde::cli
