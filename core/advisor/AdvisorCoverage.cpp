#include "AdvisorCoverage.h"

#include "Workload.h"
#include "common/DisplayFormat.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde {

void AdvisorCoverage::addPlanned(const WorkloadStatement &s)
{
    ++planned;
    plannedMs += s.totalTimeMs;
    countedMs += s.totalTimeMs;
    routes[s.planRoute] += 1;
}

void AdvisorCoverage::addUnplanned(const WorkloadStatement &s, const QString &reason,
                                   const QString &explanation)
{
    UnplannedStatement u;
    u.queryId = s.queryId;
    u.sql = s.sql;
    u.timeMs = s.totalTimeMs;
    u.reason = reason;
    u.explanation = explanation;
    unplanned << u;
    countedMs += s.totalTimeMs;
}

void AdvisorCoverage::finish()
{
    plannedShare = countedMs > 0 ? plannedMs / countedMs : (unplanned.isEmpty() ? 1.0 : 0.0);
    for (UnplannedStatement &u : unplanned)
        u.share = countedMs > 0 ? u.timeMs / countedMs : 1.0 / double(unplanned.size());
    std::stable_sort(
        unplanned.begin(), unplanned.end(),
        [](const UnplannedStatement &a, const UnplannedStatement &b) { return a.share > b.share; });
}

QString AdvisorCoverage::summary() const
{
    if (counted() == 0)
        return tr("no statement of the workload reads this database's tables");
    QStringList parts;
    if (const int n = routes.value(PlanRoute::AsIs))
        parts << tr("%n statement(s) as written", "", n);
    if (const int n = routes.value(PlanRoute::Folded))
        parts << tr("%n with constants folded", "", n);
    if (const int n = routes.value(PlanRoute::UserExample))
        parts << tr("%n from your example", "", n);
    if (const int n = routes.value(PlanRoute::SampleActivity))
        parts << tr("%n from a text seen in pg_stat_activity", "", n);
    if (const int n = routes.value(PlanRoute::SampleQualstats))
        parts << tr("%n with values pg_qualstats saw", "", n);
    if (!unplanned.isEmpty())
        parts << tr("%n not planned", "", int(unplanned.size()));
    // Floor, not round: 98.96 % must not read as 99 %.
    const double percent = std::floor(plannedShare * 1000.0) / 10.0;
    return tr("%1 of the workload's time planned (%2)")
        .arg(DisplayFormat::percent(percent), parts.join(u", "_s));
}

QJsonObject AdvisorCoverage::toJson() const
{
    QJsonObject byRoute;
    for (auto it = routes.begin(); it != routes.end(); ++it)
        byRoute[PlanRoutes::name(it.key())] = it.value();
    QJsonArray list;
    for (const UnplannedStatement &u : unplanned) {
        QJsonObject o{{u"share"_s, u.share},
                      {u"reason"_s, u.reason},
                      {u"explanation"_s, u.explanation},
                      {u"sql"_s, u.sql}};
        if (u.queryId != 0)
            o[u"queryid"_s] = QString::number(u.queryId);
        list.append(o);
    }
    return {{u"planned_share"_s, plannedShare},
            {u"planned_statements"_s, planned},
            {u"counted_statements"_s, counted()},
            {u"planned_ms"_s, plannedMs},
            {u"counted_ms"_s, countedMs},
            {u"routes"_s, byRoute},
            {u"unplanned"_s, list}};
}

} // namespace sonde
