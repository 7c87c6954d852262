#include "AdvisorResult.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sonde {

QJsonObject UnhelpedStatement::toJson() const
{
    QJsonObject o{{u"sql"_s, sql},
                  {u"share"_s, share},
                  {u"reason"_s, unhelpedReasonName(reason)},
                  {u"explanation"_s, explanation}};
    if (cost >= 0)
        o[u"cost"_s] = cost;
    if (queryId != 0)
        o[u"queryid"_s] = QString::number(queryId);
    if (route != PlanRoute::None)
        o[u"route"_s] = PlanRoutes::name(route);
    if (!plannedSql.isEmpty())
        o[u"planned_sql"_s] = plannedSql;
    return o;
}

QString unhelpedReasonName(UnhelpedStatement::Reason reason)
{
    using R = UnhelpedStatement::Reason;
    switch (reason) {
    case R::NotParseable:
        return u"not_parseable"_s;
    case R::NotAQuery:
        return u"not_a_query"_s;
    case R::CouldNotPlan:
        return u"could_not_plan"_s;
    case R::UnknownTable:
        return u"unknown_table"_s;
    case R::NothingToIndex:
        return u"nothing_to_index"_s;
    case R::AlreadyIndexed:
        return u"already_indexed"_s;
    case R::TooCheap:
        return u"too_cheap"_s;
    case R::LowSelectivity:
        return u"low_selectivity"_s;
    case R::TooLittleTime:
        return u"too_little_time"_s;
    }
    return {};
}

namespace {

QJsonValue planValue(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).array();
}

} // namespace

QJsonObject AdvisorResult::toJson(bool withPlans) const
{
    QJsonArray recs;
    for (const IndexRecommendation &r : recommendations) {
        QJsonObject o = r.toJson();
        if (withPlans) {
            QJsonArray statements = o.value(u"statements"_s).toArray();
            for (int i = 0; i < statements.size() && i < r.statements.size(); ++i) {
                QJsonObject s = statements.at(i).toObject();
                s[u"plan_before"_s] = planValue(r.statements.at(i).planBefore);
                s[u"plan_after"_s] = planValue(r.statements.at(i).planAfter);
                statements[i] = s;
            }
            o[u"statements"_s] = statements;
        }
        recs.append(o);
    }
    QJsonArray unhelpedArray;
    for (const UnhelpedStatement &u : unhelped)
        unhelpedArray.append(u.toJson());
    QJsonArray auditArray;
    for (const IndexFinding &f : audit)
        auditArray.append(f.toJson());
    QString source = u"pg_stat_statements"_s;
    if (workload.source == Workload::Source::Window)
        source = u"pg_stat_statements window"_s;
    else if (workload.source == Workload::Source::Selected)
        source = u"selected statements"_s;
    return {{u"database"_s, database},
            {u"source"_s, source},
            {u"window_seconds"_s, workload.windowSeconds},
            {u"statements"_s, int(workload.statements.size())},
            {u"statements_analyzed"_s, statementsAnalyzed},
            {u"workload_time_ms"_s, workload.totalTimeMs()},
            {u"qualstats"_s, workload.qualstatsUsed},
            {u"recommendations"_s, recs},
            {u"unhelped"_s, unhelpedArray},
            {u"audit"_s, auditArray},
            {u"coverage"_s, coverage.toJson()},
            {u"candidates_tried"_s, candidatesTried},
            {u"explains"_s, explains},
            {u"elapsed_ms"_s, elapsedMs},
            {u"notes"_s, QJsonArray::fromStringList(notes + workload.notes)}};
}

} // namespace sonde
