#include "PlanFuzzCheck.h"

#include "plan/PlanDiff.h"
#include "plan/PlanParser.h"
#include "plan/PlanText.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde::fuzz {
namespace {

QString checkPlan(const Plan &plan)
{
    if (plan.isEmpty())
        return u"a plan parsed without error has no node"_s;
    double shares = 0;
    for (const PlanNode &n : plan.nodes) {
        if (n.nodeType.isEmpty())
            return u"node without a type"_s;
        if (n.parent >= n.id || (n.id > 0 && n.parent < 0))
            return u"node ids are not in pre-order"_s;
        if (!std::isfinite(n.timeShare) || n.timeShare < 0 || n.timeShare > 1.0 + 1e-9)
            return u"time share out of 0..1: %1"_s.arg(n.timeShare);
        if (!std::isfinite(n.exclusiveCost) || n.exclusiveCost < 0)
            return u"negative exclusive cost"_s;
        if (n.inclusiveMs >= 0 && n.exclusiveMs > n.inclusiveMs + 1e-6)
            return u"exclusive time above inclusive time"_s;
        if (!std::isfinite(n.misestimateFactor()))
            return u"misestimate factor not finite"_s;
        for (int c : n.children) {
            if (c <= n.id || c >= plan.nodes.size() || plan.node(c).parent != n.id)
                return u"child link broken"_s;
        }
        shares += n.timeShare;
        (void)n.title();
    }
    if (shares > 1.0 + 1e-6)
        return u"shares add up to %1"_s.arg(shares);
    const QList<PlanFinding> findings = PlanFinding::of(plan);
    for (const PlanFinding &f : findings) {
        if (f.text.isEmpty() || f.nodeId >= plan.nodes.size())
            return u"finding without text or with a wrong node"_s;
    }
    if (PlanText::render(plan, findings).isEmpty())
        return u"empty rendering"_s;
    (void)PlanText::toJson(plan, findings);
    const PlanDiff self = PlanDiff::compare(plan, plan);
    if (self.changedCount() != 0 || self.rows.size() != plan.nodes.size())
        return u"a plan differs from itself"_s;
    return QString();
}

QString checkOne(const QByteArray &input, Plan *out)
{
    const PlanParseResult r = PlanParser::parse(input);
    if (!r.ok()) {
        if (!r.plan.isEmpty())
            return u"an error came with a plan"_s;
        return QString();
    }
    if (r.error.isEmpty() && r.plan.isEmpty())
        return u"neither a plan nor an error"_s;
    *out = r.plan;
    return checkPlan(r.plan);
}

} // namespace

QString checkPlanInput(const QByteArray &input)
{
    const qsizetype split = input.indexOf("\n---\n");
    Plan before;
    Plan after;
    if (split < 0)
        return checkOne(input, &before);
    QString error = checkOne(input.left(split), &before);
    if (error.isEmpty())
        error = checkOne(input.mid(split + 5), &after);
    if (!error.isEmpty())
        return error;
    const PlanDiff d = PlanDiff::compare(before, after);
    if (d.rowOfBefore.size() != before.nodes.size() || d.rowOfAfter.size() != after.nodes.size())
        return u"a diff lost nodes"_s;
    (void)d.summary();
    return QString();
}

} // namespace sonde::fuzz
