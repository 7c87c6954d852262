#include "AdviceService.h"

#include "WhatIfSession.h"
#include "common/CancelWatch.h"
#include "connection/PgSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sonde {

AdviceOutcome AdviceService::advise(const QString &uri, const AdvisorRequest &request,
                                    const std::atomic<bool> *cancel, const Progress &progress)
{
    AdviceOutcome out;
    PgSession session;
    PgSessionOptions options;
    options.applicationName = u"sonde advisor"_s;
    if (progress)
        progress(tr("Connecting…"), -1);
    if ((out.error = session.open(uri, options)))
        return out;
    out.error = IndexAdvisor::run(session, request, &out.result, cancel, progress);
    return out;
}

RecheckOutcome AdviceService::recheck(const QString &uri, const QString &statementsJson,
                                      const std::atomic<bool> *cancel, const Progress &progress)
{
    RecheckOutcome out;
    PgSession session;
    if ((out.error = session.open(uri)))
        return out;
    CancelWatch watch(cancel, [&session]() { session.cancel(); });
    WhatIfSession planner(session);
    for (const QJsonValue &v : QJsonDocument::fromJson(statementsJson.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        RecheckRow row;
        row.sql = o.value(u"explain_sql"_s).toString(o.value(u"sql"_s).toString());
        row.costBefore = o.value(u"cost_before"_s).toDouble(-1);
        row.planBefore = o.value(u"plan_before"_s).toString();
        if (progress)
            progress(tr("Planning %1").arg(row.sql.left(60)), -1);
        const PlanEstimate now = planner.explain(row.sql);
        row.costNow = now.cost;
        row.planNow = now.planJson;
        row.error = now.error;
        out.rows << row;
        if (cancel && cancel->load())
            break;
    }
    return out;
}

QList<IndexBuildPlan> AdviceService::plans(const QList<IndexRecommendation> &recommendations,
                                           QStringList *statementsJson)
{
    QList<IndexBuildPlan> out;
    for (const IndexRecommendation &r : recommendations) {
        out << r.plan;
        if (statementsJson)
            *statementsJson << r.statementsJson();
    }
    return out;
}

} // namespace sonde
