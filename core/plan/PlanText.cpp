#include "PlanText.h"

#include "PlanFormat.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde::PlanText {
namespace {

namespace Fmt = PlanFormat;

// Translation context for the messages of this file (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PlanText)
};

QString expenseMark(const PlanNode &n)
{
    switch (expenseOf(n)) {
    case PlanExpense::Critical:
        return u"!!!"_s;
    case PlanExpense::Major:
        return u"!! "_s;
    case PlanExpense::Notable:
        return u"!  "_s;
    case PlanExpense::None:
        break;
    }
    return u"   "_s;
}

QString nodeLine(const Plan &plan, const PlanNode &n)
{
    QStringList parts;
    const QString name = n.subplanName.isEmpty() ? n.title() : n.subplanName + u": "_s + n.title();
    parts << name;
    if (n.hasActuals) {
        QString rows =
            Text::tr("rows %1 (est. %2)").arg(Fmt::count(n.actualRows), Fmt::count(n.planRows));
        if (n.misestimateMarked())
            rows += u" ×"_s + Fmt::count(std::round(n.misestimateFactor())) +
                    (n.rowsRatio > 1 ? u"↑"_s : u"↓"_s);
        parts << rows;
        if (n.actualLoops != 1)
            parts << Text::tr("loops %1").arg(Fmt::count(n.actualLoops));
    } else {
        parts << Text::tr("est. rows %1").arg(Fmt::count(n.planRows));
    }
    if (n.inclusiveMs >= 0)
        parts << Text::tr("time %1 (self %2)")
                     .arg(Fmt::duration(n.inclusiveMs), Fmt::duration(n.exclusiveMs));
    parts << Text::tr("cost %1 (self %2)").arg(Fmt::cost(n.totalCost), Fmt::cost(n.exclusiveCost));
    if (plan.hasTiming() || !plan.isAnalyzed())
        parts << Fmt::percent(n.timeShare);
    if (n.buffers.present)
        parts << Text::tr("buffers hit %1 read %2")
                     .arg(Fmt::count(double(n.buffers.sharedHit)),
                          Fmt::count(double(n.buffers.sharedRead)));
    return parts.join(u"  "_s);
}

QJsonValue num(double v)
{
    return v < 0 ? QJsonValue() : QJsonValue(v);
}

} // namespace

QString render(const Plan &plan, const QList<PlanFinding> &findings)
{
    if (plan.isEmpty())
        return QString();
    QStringList lines;
    QString head = Text::tr("Total cost %1").arg(Fmt::cost(plan.totalCost()));
    if (plan.executionMs >= 0)
        head += Text::tr(", execution %1").arg(Fmt::duration(plan.executionMs));
    if (plan.planningMs >= 0)
        head += Text::tr(", planning %1").arg(Fmt::duration(plan.planningMs));
    lines << head;
    for (const PlanNode &n : plan.nodes) {
        const QString indent =
            n.depth == 0 ? QString() : QString(2 * (n.depth - 1), u' ') + u"-> "_s;
        lines << expenseMark(n) + u' ' + indent + nodeLine(plan, n);
    }
    if (!findings.isEmpty()) {
        lines << QString() << Text::tr("Findings:");
        for (const PlanFinding &f : findings)
            lines << u"  [%1] %2"_s.arg(findingSeverityName(f.severity), f.text);
    }
    return lines.join(u'\n');
}

QJsonObject toJson(const Plan &plan, const QList<PlanFinding> &findings)
{
    QJsonArray nodes;
    for (const PlanNode &n : plan.nodes) {
        QJsonObject o{{u"id"_s, n.id},
                      {u"parent"_s, n.parent},
                      {u"depth"_s, n.depth},
                      {u"node_type"_s, n.nodeType},
                      {u"title"_s, n.title()},
                      {u"estimated_rows"_s, n.planRows},
                      {u"actual_rows"_s, num(n.actualRows)},
                      {u"loops"_s, num(n.actualLoops)},
                      {u"inclusive_ms"_s, num(n.inclusiveMs)},
                      {u"exclusive_ms"_s, num(n.exclusiveMs)},
                      {u"total_cost"_s, n.totalCost},
                      {u"exclusive_cost"_s, n.exclusiveCost},
                      {u"share"_s, n.timeShare},
                      {u"misestimate"_s, n.misestimateFactor()}};
        if (!n.relationName.isEmpty())
            o.insert(u"relation"_s, n.relationName);
        if (!n.indexName.isEmpty())
            o.insert(u"index"_s, n.indexName);
        if (n.buffers.present) {
            o.insert(u"shared_hit_blocks"_s, double(n.buffers.sharedHit));
            o.insert(u"shared_read_blocks"_s, double(n.buffers.sharedRead));
            o.insert(u"temp_written_blocks"_s, double(n.buffers.tempWritten));
        }
        nodes.append(o);
    }
    QJsonArray found;
    for (const PlanFinding &f : findings) {
        found.append(QJsonObject{{u"kind"_s, findingKindName(f.kind)},
                                 {u"severity"_s, findingSeverityName(f.severity)},
                                 {u"node"_s, f.nodeId},
                                 {u"text"_s, f.text}});
    }
    return QJsonObject{{u"total_cost"_s, plan.totalCost()},
                       {u"execution_ms"_s, num(plan.executionMs)},
                       {u"planning_ms"_s, num(plan.planningMs)},
                       {u"analyzed"_s, plan.isAnalyzed()},
                       {u"nodes"_s, nodes},
                       {u"findings"_s, found}};
}

} // namespace sonde::PlanText
