#include "PlanNode.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// EXPLAIN's text format spells joins as "Hash Left Join", "Nested Loop Anti Join".
QString joinTitle(const QString &nodeType, const QString &joinType)
{
    if (joinType.isEmpty() || joinType == u"Inner"_s)
        return nodeType;
    if (nodeType == u"Nested Loop"_s)
        return nodeType + u' ' + joinType + u" Join"_s;
    QString base = nodeType;
    if (base.endsWith(u" Join"_s))
        base.chop(5);
    return base + u' ' + joinType + u" Join"_s;
}

QString aggregateTitle(const QString &strategy)
{
    if (strategy == u"Hashed"_s)
        return u"HashAggregate"_s;
    if (strategy == u"Sorted"_s)
        return u"GroupAggregate"_s;
    if (strategy == u"Mixed"_s)
        return u"MixedAggregate"_s;
    return u"Aggregate"_s;
}

} // namespace

QString PlanNode::title() const
{
    QString t = nodeType;
    if (nodeType == u"Aggregate"_s)
        t = aggregateTitle(strategy);
    else if (isJoin())
        t = joinTitle(nodeType, joinType);
    else if (nodeType == u"ModifyTable"_s && !operation.isEmpty())
        t = operation;
    else if (nodeType == u"SetOp"_s)
        t = (strategy == u"Hashed"_s ? u"HashSetOp"_s : u"SetOp"_s) +
            (command.isEmpty() ? QString() : u" "_s + command);
    if (!partialMode.isEmpty() && partialMode != u"Simple"_s)
        t = partialMode + u' ' + t;
    if (parallelAware)
        t = u"Parallel "_s + t;

    const QString rel = relationName;
    const QString named = !relationName.isEmpty() ? relationName
                          : !cteName.isEmpty()    ? cteName
                                                  : functionName;
    const QString aliasPart = (!alias.isEmpty() && alias != named) ? u" "_s + alias : QString();
    if (!indexName.isEmpty() && nodeType == u"Bitmap Index Scan"_s)
        return t + u" on "_s + indexName;
    if (!indexName.isEmpty())
        return t + u" using "_s + indexName + (rel.isEmpty() ? QString() : u" on "_s + rel) +
               aliasPart;
    if (!rel.isEmpty())
        return t + u" on "_s + rel + aliasPart;
    if (!cteName.isEmpty())
        return t + u" on "_s + cteName + aliasPart;
    if (!functionName.isEmpty())
        return t + u" on "_s + functionName + aliasPart;
    if (nodeType == u"Subquery Scan"_s && !alias.isEmpty())
        return t + u" on "_s + alias;
    return t;
}

double PlanNode::totalActualRows() const
{
    if (!hasActuals || actualRows < 0 || actualLoops < 0)
        return -1;
    return actualRows * actualLoops;
}

double PlanNode::misestimateFactor() const
{
    if (rowsRatio <= 0)
        return 0;
    return rowsRatio >= 1 ? rowsRatio : 1.0 / rowsRatio;
}

bool PlanNode::isScan() const
{
    return nodeType.endsWith(u" Scan"_s) || nodeType == u"Seq Scan"_s;
}

bool PlanNode::isJoin() const
{
    return nodeType == u"Nested Loop"_s || nodeType == u"Hash Join"_s ||
           nodeType == u"Merge Join"_s;
}

} // namespace sonde
