#include "AdvisorJobs.h"

#include "advisor/SchemaCatalogLoader.h"
#include "advisor/WhatIfSession.h"
#include "common/CancelWatch.h"
#include "connection/PgSession.h"
#include "indexes/BuildRecovery.h"
#include "indexes/ChangeLog.h"
#include "postgres/GenericPlan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sonde::AdvisorJobs {
namespace {

// Translation context for the messages of this file (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AdvisorJobs)
};

DbError openLog(ChangeLog &log)
{
    QString error;
    return log.open(&error) ? DbError() : DbError::make(DbError::Kind::Configuration, error);
}

IndexBuilder::Progress progressTo(JobContext &ctx, const QString &prefix)
{
    return [&ctx, prefix](const IndexBuildProgress &p) {
        ctx.reportProgress(prefix + p.text(), p.percent());
    };
}

} // namespace

AdviseJobResult advise(const QString &uri, const AdvisorRequest &request, JobContext &ctx)
{
    AdviseJobResult out;
    PgSession session;
    PgSessionOptions options;
    options.applicationName = u"sonde advisor"_s;
    ctx.reportProgress(Text::tr("Connecting…"));
    if ((out.error = session.open(uri, options)))
        return out;
    out.error = IndexAdvisor::run(
        session, request, &out.result, ctx.cancelFlag(),
        [&ctx](const QString &text, int percent) { ctx.reportProgress(text, percent); });
    return out;
}

BuildJobResult build(const QString &uri, const QList<IndexRecommendation> &recommendations,
                     int lockTimeoutMs, JobContext &ctx)
{
    BuildJobResult out;
    if ((out.error = IndexBuilder::checkDirect(uri)))
        return out;
    SchemaCatalog catalog;
    if ((out.error = SchemaCatalogLoader::load(uri, &catalog)))
        return out;
    ChangeLog log;
    if ((out.error = openLog(log)))
        return out;
    IndexBuildOptions options;
    options.lockTimeoutMs = lockTimeoutMs;
    IndexBuilder builder(uri, &log, options);
    for (int i = 0; i < recommendations.size(); ++i) {
        const IndexRecommendation &r = recommendations.at(i);
        const IndexBuildPlan plan = IndexBuildPlan::make(r.definition, r.name, catalog);
        if (ctx.isCanceled()) {
            out.failed << Text::tr("%1: canceled before it started").arg(plan.qualifiedName());
            continue;
        }
        const QString prefix =
            recommendations.size() > 1
                ? Text::tr("Index %1 of %2 · ").arg(i + 1).arg(recommendations.size())
                : QString();
        const IndexBuildOutcome o =
            builder.build(plan, r.statementsJson(), ctx.cancelFlag(), progressTo(ctx, prefix));
        if (o.applied()) {
            out.built << plan.qualifiedName();
            if (!o.note.isEmpty())
                out.notes << o.note;
        } else
            out.failed << plan.qualifiedName() + u": "_s + o.error.message +
                              (o.cleanup.isEmpty() ? QString() : u" "_s + o.cleanup);
    }
    return out;
}

BuildJobResult revert(const QString &uri, qint64 changeId, int lockTimeoutMs, JobContext &ctx)
{
    BuildJobResult out;
    if ((out.error = IndexBuilder::checkDirect(uri)))
        return out;
    ChangeLog log;
    if ((out.error = openLog(log)))
        return out;
    IndexBuildOptions options;
    options.lockTimeoutMs = lockTimeoutMs;
    IndexBuilder builder(uri, &log, options);
    const IndexBuildOutcome o =
        builder.revert(changeId, ctx.cancelFlag(), progressTo(ctx, QString()));
    if (o.applied())
        out.built << Text::tr("change #%1").arg(changeId);
    else
        out.error = o.error;
    return out;
}

RecheckJobResult recheck(const QString &uri, const QString &statementsJson, JobContext &ctx)
{
    RecheckJobResult out;
    PgSession session;
    if ((out.error = session.open(uri)))
        return out;
    CancelWatch watch(ctx.cancelFlag(), [&session]() { session.cancel(); });
    WhatIfSession planner(session);
    for (const QJsonValue &v : QJsonDocument::fromJson(statementsJson.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        RecheckRow row;
        row.sql = o.value(u"explain_sql"_s).toString(o.value(u"sql"_s).toString());
        row.costBefore = o.value(u"cost_before"_s).toDouble(-1);
        row.planBefore = o.value(u"plan_before"_s).toString();
        ctx.reportProgress(Text::tr("Planning %1").arg(row.sql.left(60)));
        const PlanEstimate now = planner.explain(row.sql);
        row.costNow = now.cost;
        row.planNow = now.planJson;
        row.error = now.error;
        out.rows << row;
        if (ctx.isCanceled())
            break;
    }
    return out;
}

RecoverJobResult recover(const QString &uri, JobContext &ctx)
{
    Q_UNUSED(ctx);
    RecoverJobResult out;
    ChangeLog log;
    if ((out.error = openLog(log)))
        return out;
    out.error = BuildRecovery::recover(uri, log, &out.messages);
    return out;
}

} // namespace sonde::AdvisorJobs
