#include "IndexRecommendation.h"

#include "common/DisplayFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

QString rate(double perSecond)
{
    return DisplayFormat::rate(perSecond);
}

} // namespace

QJsonObject HelpedStatement::toJson() const
{
    QJsonObject o{{u"sql"_s, sql},
                  {u"calls"_s, calls},
                  {u"total_time_ms"_s, totalTimeMs},
                  {u"share"_s, share},
                  {u"cost_before"_s, costBefore},
                  {u"cost_after"_s, costAfter},
                  {u"route"_s, PlanRoutes::name(route)}};
    if (queryId != 0)
        o[u"queryid"_s] = QString::number(queryId);
    if (route != PlanRoute::AsIs)
        o[u"planned_sql"_s] = explainSql;
    return o;
}

QString WriteCost::summary() const
{
    QString s = tr("%1 inserts/s, %2 updates/s, %3 deletes/s on a table with %n index(es)", "",
                   existingIndexes)
                    .arg(rate(insertsPerSecond), rate(updatesPerSecond), rate(deletesPerSecond));
    if (!hotBreakingColumns.isEmpty()) {
        s += u"; "_s + tr("updates of %1 (%2/s) could no longer be HOT")
                           .arg(hotBreakingColumns.join(u", "_s), rate(hotBreakingPerSecond));
    } else if (hotShare >= 0) {
        s += u"; "_s + tr("HOT updates (%1 today) stay HOT: the workload's updates change no "
                          "column of the index")
                           .arg(DisplayFormat::percent(hotShare * 100.0));
    }
    return s;
}

QJsonObject WriteCost::toJson() const
{
    QJsonObject o{{u"inserts_per_second"_s, insertsPerSecond},
                  {u"updates_per_second"_s, updatesPerSecond},
                  {u"deletes_per_second"_s, deletesPerSecond},
                  {u"existing_indexes"_s, existingIndexes},
                  {u"hot_breaking_columns"_s, QJsonArray::fromStringList(hotBreakingColumns)},
                  {u"hot_breaking_per_second"_s, hotBreakingPerSecond}};
    if (hotShare >= 0)
        o[u"hot_share"_s] = hotShare;
    return o;
}

double IndexRecommendation::costBefore() const
{
    double sum = 0;
    for (const HelpedStatement &s : statements)
        sum += s.costBefore;
    return sum;
}

double IndexRecommendation::costAfter() const
{
    double sum = 0;
    for (const HelpedStatement &s : statements)
        sum += s.costAfter;
    return sum;
}

QString IndexRecommendation::statementsJson() const
{
    QJsonArray out;
    for (const HelpedStatement &h : statements) {
        out.append(QJsonObject{{u"sql"_s, h.sql},
                               {u"explain_sql"_s, h.explainSql.isEmpty() ? h.sql : h.explainSql},
                               {u"cost_before"_s, h.costBefore},
                               {u"cost_after_estimated"_s, h.costAfter},
                               {u"plan_before"_s, h.planBefore}});
    }
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

QJsonObject IndexRecommendation::toJson() const
{
    QJsonArray helped;
    for (const HelpedStatement &s : statements)
        helped.append(s.toJson());
    QJsonObject o{{u"ddl"_s, ddl},
                  {u"revert"_s, revertDdl},
                  {u"name"_s, name},
                  {u"table"_s, definition.table.quoted()},
                  {u"index"_s, definition.toJson()},
                  {u"reason"_s, reason},
                  {u"statements"_s, helped},
                  {u"cost_before"_s, costBefore()},
                  {u"cost_after"_s, costAfter()},
                  {u"size_bytes"_s, sizeBytes},
                  {u"saved_ms"_s, savedMs},
                  {u"saved_share"_s, savedShare},
                  {u"write_cost"_s, writeCost.toJson()}};
    if (partitioned)
        o[u"partitioned"_s] = true;
    if (!notes.isEmpty())
        o[u"notes"_s] = QJsonArray::fromStringList(notes);
    return o;
}

} // namespace sonde
