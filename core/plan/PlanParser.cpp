#include "PlanParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

QString howToGetOne()
{
    return PlanParser::tr(
        "Run EXPLAIN (FORMAT JSON) — or EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) — and "
        "paste its whole output.");
}

double number(const QJsonValue &v, double fallback = -1)
{
    double d = fallback;
    if (v.isDouble()) {
        d = v.toDouble();
    } else if (v.isString()) {
        bool ok = false;
        d = v.toString().toDouble(&ok);
        if (!ok)
            d = fallback;
    }
    return std::isfinite(d) ? d : fallback;
}

QString text(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::isfinite(d) && std::fabs(d) < 1e15 && d == std::floor(d))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 12);
    }
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : v.toArray())
            parts << text(item);
        return parts.join(u", "_s);
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return QString();
    }
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            out << text(item);
    } else if (!v.isUndefined() && !v.isNull()) {
        out << text(v);
    }
    return out;
}

PlanBuffers readBuffers(const QJsonObject &o)
{
    PlanBuffers b;
    auto count = [&](const char *key, qint64 *field) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        b.present = true;
        *field = qint64(std::max(0.0, std::min(number(v, 0), 9.0e15)));
    };
    count("Shared Hit Blocks", &b.sharedHit);
    count("Shared Read Blocks", &b.sharedRead);
    count("Shared Dirtied Blocks", &b.sharedDirtied);
    count("Shared Written Blocks", &b.sharedWritten);
    count("Local Hit Blocks", &b.localHit);
    count("Local Read Blocks", &b.localRead);
    count("Local Dirtied Blocks", &b.localDirtied);
    count("Local Written Blocks", &b.localWritten);
    count("Temp Read Blocks", &b.tempRead);
    count("Temp Written Blocks", &b.tempWritten);
    b.ioReadMs = number(o.value(u"I/O Read Time"_s), number(o.value(u"Shared I/O Read Time"_s)));
    b.ioWriteMs = number(o.value(u"I/O Write Time"_s), number(o.value(u"Shared I/O Write Time"_s)));
    return b;
}

QList<PlanWorker> readWorkers(const QJsonValue &v)
{
    QList<PlanWorker> out;
    for (const QJsonValue &item : v.toArray()) {
        const QJsonObject w = item.toObject();
        PlanWorker pw;
        pw.number = int(number(w.value(u"Worker Number"_s), -1));
        pw.actualStartupMs = number(w.value(u"Actual Startup Time"_s));
        pw.actualTotalMs = number(w.value(u"Actual Total Time"_s));
        pw.actualRows = number(w.value(u"Actual Rows"_s));
        pw.actualLoops = number(w.value(u"Actual Loops"_s));
        pw.sortMethod = w.value(u"Sort Method"_s).toString();
        pw.sortSpaceType = w.value(u"Sort Space Type"_s).toString();
        pw.sortSpaceKb = number(w.value(u"Sort Space Used"_s));
        out << pw;
    }
    return out;
}

// Fills the node's fields from its JSON object (children are handled by the caller).
void readNode(const QJsonObject &o, PlanNode *n)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key() != u"Plans"_s && it.key() != u"Workers"_s)
            n->properties.append({it.key(), text(it.value())});
    }
    auto str = [&](const QString &key) {
        return o.value(key).toString();
    };
    n->nodeType = str(u"Node Type"_s);
    n->parentRelationship = str(u"Parent Relationship"_s);
    n->subplanName = str(u"Subplan Name"_s);
    n->relationName = str(u"Relation Name"_s);
    n->schema = str(u"Schema"_s);
    n->alias = str(u"Alias"_s);
    n->indexName = str(u"Index Name"_s);
    n->cteName = str(u"CTE Name"_s);
    n->functionName = str(u"Function Name"_s);
    n->joinType = str(u"Join Type"_s);
    n->strategy = str(u"Strategy"_s);
    n->operation = str(u"Operation"_s);
    n->command = str(u"Command"_s);
    n->partialMode = str(u"Partial Mode"_s);
    n->scanDirection = str(u"Scan Direction"_s);
    n->filter = str(u"Filter"_s);
    n->indexCond = str(u"Index Cond"_s);
    n->recheckCond = str(u"Recheck Cond"_s);
    n->hashCond = str(u"Hash Cond"_s);
    n->mergeCond = str(u"Merge Cond"_s);
    n->joinFilter = str(u"Join Filter"_s);
    n->oneTimeFilter = str(u"One-Time Filter"_s);
    n->sortKey = strings(o.value(u"Sort Key"_s));
    n->groupKey = strings(o.value(u"Group Key"_s));
    n->presortedKey = strings(o.value(u"Presorted Key"_s));
    n->output = strings(o.value(u"Output"_s));
    n->sortMethod = str(u"Sort Method"_s);
    n->sortSpaceType = str(u"Sort Space Type"_s);
    n->sortSpaceKb = number(o.value(u"Sort Space Used"_s));
    // Incremental Sort reports its groups' sorts separately.
    for (const char *groups : {"Full-sort Groups", "Pre-sorted Groups"}) {
        const QJsonObject g = o.value(QLatin1String(groups)).toObject();
        const QJsonObject disk = g.value(u"Sort Space Disk"_s).toObject();
        if (!disk.isEmpty()) {
            n->sortSpaceType = u"Disk"_s;
            n->sortSpaceKb =
                std::max(n->sortSpaceKb, number(disk.value(u"Peak Sort Space Used"_s)));
        }
    }
    n->parallelAware = o.value(u"Parallel Aware"_s).toBool();
    n->startupCost = number(o.value(u"Startup Cost"_s), 0);
    n->totalCost = number(o.value(u"Total Cost"_s), 0);
    n->planRows = number(o.value(u"Plan Rows"_s), 0);
    n->planWidth = number(o.value(u"Plan Width"_s), 0);
    n->hasActuals = o.contains(u"Actual Rows"_s) && o.contains(u"Actual Loops"_s);
    n->hasTiming = n->hasActuals && o.contains(u"Actual Total Time"_s);
    n->actualStartupMs = number(o.value(u"Actual Startup Time"_s));
    n->actualTotalMs = number(o.value(u"Actual Total Time"_s));
    n->actualRows = number(o.value(u"Actual Rows"_s));
    n->actualLoops = number(o.value(u"Actual Loops"_s));
    if (n->hasActuals && (n->actualRows < 0 || n->actualLoops < 0))
        n->hasActuals = n->hasTiming = false;
    if (n->hasTiming && n->actualTotalMs < 0)
        n->hasTiming = false;
    n->rowsRemovedByFilter = number(o.value(u"Rows Removed by Filter"_s));
    n->rowsRemovedByJoinFilter = number(o.value(u"Rows Removed by Join Filter"_s));
    n->rowsRemovedByIndexRecheck = number(o.value(u"Rows Removed by Index Recheck"_s));
    n->heapFetches = number(o.value(u"Heap Fetches"_s));
    n->exactHeapBlocks = number(o.value(u"Exact Heap Blocks"_s));
    n->lossyHeapBlocks = number(o.value(u"Lossy Heap Blocks"_s));
    n->hashBatches = number(o.value(u"Hash Batches"_s));
    n->originalHashBatches = number(o.value(u"Original Hash Batches"_s));
    n->hashBuckets = number(o.value(u"Hash Buckets"_s));
    n->peakMemoryKb = number(o.value(u"Peak Memory Usage"_s));
    n->diskUsageKb = number(o.value(u"Disk Usage"_s));
    n->hashAggBatches = number(o.value(u"HashAgg Batches"_s));
    n->cacheKey = str(u"Cache Key"_s);
    n->cacheHits = number(o.value(u"Cache Hits"_s));
    n->cacheMisses = number(o.value(u"Cache Misses"_s));
    n->cacheEvictions = number(o.value(u"Cache Evictions"_s));
    n->cacheOverflows = number(o.value(u"Cache Overflows"_s));
    n->subplansRemoved = number(o.value(u"Subplans Removed"_s));
    n->workersPlanned = int(std::min(number(o.value(u"Workers Planned"_s)), 1.0e6));
    n->workersLaunched = int(std::min(number(o.value(u"Workers Launched"_s)), 1.0e6));
    n->workers = readWorkers(o.value(u"Workers"_s));
    n->buffers = readBuffers(o);
}

// psql prints a JSON plan as a one-column result: a "QUERY PLAN" header, a dashed line,
// each line ending in " +", and "(1 row)". Returns the JSON inside, or the input as is.
QByteArray unwrapPsqlOutput(const QByteArray &input)
{
    const QList<QByteArray> lines = input.split('\n');
    QByteArray out;
    bool changed = false;
    for (QByteArray line : lines) {
        const QByteArray t = line.trimmed();
        if (t == "QUERY PLAN" || (t.startsWith("---") && t.count('-') == t.size()) ||
            (t.startsWith('(') && t.endsWith(')') &&
             (t.endsWith(" row)") || t.endsWith(" rows)")))) {
            changed = true;
            continue;
        }
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.endsWith('+')) {
            line.chop(1);
            changed = true;
        }
        out += line + '\n';
    }
    return changed ? out.trimmed() : input;
}

QString notAPlan()
{
    return PlanParser::tr("This JSON is not an EXPLAIN plan (it has no \"Plan\" object). ") +
           howToGetOne();
}

// Finds the plan object in the document: [ { "Plan": … } ], { "Plan": … }, or a result
// exported with its column name ({ "QUERY PLAN": [ … ] }).
bool findPlanObject(const QJsonDocument &doc, QJsonObject *statement, int *count, QString *error)
{
    QJsonValue v = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    for (int unwrap = 0; unwrap < 6; ++unwrap) {
        if (v.isArray()) {
            const QJsonArray a = v.toArray();
            if (a.isEmpty()) {
                *error = PlanParser::tr("The plan is an empty list. ") + howToGetOne();
                return false;
            }
            *count = int(a.size());
            v = a.first();
            continue;
        }
        if (!v.isObject())
            break;
        const QJsonObject o = v.toObject();
        if (o.value(u"Plan"_s).isObject()) {
            *statement = o;
            return true;
        }
        if (o.contains(u"Node Type"_s)) {
            *statement = QJsonObject{{u"Plan"_s, o}};
            return true;
        }
        if (o.contains(u"QUERY PLAN"_s)) {
            v = o.value(u"QUERY PLAN"_s);
            if (v.isString()) {
                const QJsonDocument inner = QJsonDocument::fromJson(v.toString().toUtf8());
                v = inner.isArray() ? QJsonValue(inner.array()) : QJsonValue(inner.object());
            }
            continue;
        }
        break;
    }
    *error = notAPlan();
    return false;
}

void readStatement(const QJsonObject &statement, Plan *plan)
{
    plan->planningMs = number(statement.value(u"Planning Time"_s));
    plan->executionMs = number(statement.value(u"Execution Time"_s));
    for (const QJsonValue &t : statement.value(u"Triggers"_s).toArray()) {
        const QJsonObject o = t.toObject();
        plan->triggers.append({o.value(u"Trigger Name"_s).toString(),
                               o.value(u"Relation"_s).toString(), number(o.value(u"Time"_s), 0),
                               number(o.value(u"Calls"_s), 0)});
    }
    const QJsonObject jit = statement.value(u"JIT"_s).toObject();
    if (!jit.isEmpty()) {
        plan->jitFunctions = number(jit.value(u"Functions"_s));
        plan->jitTotalMs = number(jit.value(u"Timing"_s).toObject().value(u"Total"_s));
    }
    const QJsonObject settings = statement.value(u"Settings"_s).toObject();
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it)
        plan->settings.append({it.key(), text(it.value())});
}

} // namespace

PlanParseResult PlanParser::parse(const QByteArray &input)
{
    PlanParseResult result;
    QByteArray data = input.trimmed();
    if (data.isEmpty()) {
        result.error = tr("The plan is empty. ") + howToGetOne();
        return result;
    }
    if (!data.startsWith('[') && !data.startsWith('{'))
        data = unwrapPsqlOutput(data);
    if (!data.startsWith('[') && !data.startsWith('{')) {
        const bool textPlan = data.contains("cost=") || data.contains("->");
        result.error =
            textPlan
                ? tr("This is a plan in text format; Sonde reads the JSON format. ") + howToGetOne()
                : tr("This is not an EXPLAIN plan in JSON format. ") + howToGetOne();
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("The plan is not valid JSON (%1 at character %2): was it cut off when "
                          "copied? ")
                           .arg(parseError.errorString())
                           .arg(parseError.offset) +
                       howToGetOne();
        return result;
    }
    QJsonObject statement;
    if (!findPlanObject(doc, &statement, &result.plan.statementCount, &result.error))
        return result;

    Plan &plan = result.plan;
    struct Pending
    {
        QJsonObject json;
        int parent;
        int depth;
    };
    QList<Pending> stack{{statement.value(u"Plan"_s).toObject(), -1, 0}};
    while (!stack.isEmpty()) {
        const Pending p = stack.takeLast();
        if (p.depth > MaxDepth) {
            result.error = tr("The plan is nested more than %1 levels deep; Sonde does not "
                              "read plans that deep.")
                               .arg(MaxDepth);
            result.plan = Plan();
            return result;
        }
        if (plan.nodes.size() >= MaxNodes) {
            result.error =
                tr("The plan has more than %1 nodes; Sonde does not read plans that large.")
                    .arg(MaxNodes);
            result.plan = Plan();
            return result;
        }
        PlanNode node;
        node.id = int(plan.nodes.size());
        node.parent = p.parent;
        node.depth = p.depth;
        readNode(p.json, &node);
        if (node.nodeType.isEmpty()) {
            result.error =
                (p.parent < 0 ? tr("The plan's top node has no \"Node Type\". ")
                              : tr("A node at depth %1 has no \"Node Type\". ").arg(p.depth)) +
                tr("This is not an EXPLAIN plan, or it was edited. ") + howToGetOne();
            result.plan = Plan();
            return result;
        }
        const QJsonValue children = p.json.value(u"Plans"_s);
        if (!children.isUndefined() && !children.isArray()) {
            result.error = tr("The \"Plans\" of %1 is not a list: the plan was edited or is "
                              "damaged. ")
                               .arg(node.nodeType) +
                           howToGetOne();
            result.plan = Plan();
            return result;
        }
        if (p.parent >= 0)
            plan.nodes[p.parent].children.append(node.id);
        plan.nodes.append(node);
        const QJsonArray childArray = children.toArray();
        // Pushed in reverse so that children are numbered in their order (pre-order ids).
        for (qsizetype i = childArray.size() - 1; i >= 0; --i) {
            if (!childArray.at(i).isObject()) {
                result.error = tr("A child of %1 is not a plan node: the plan was edited or is "
                                  "damaged. ")
                                   .arg(node.nodeType) +
                               howToGetOne();
                result.plan = Plan();
                return result;
            }
            stack.append({childArray.at(i).toObject(), node.id, p.depth + 1});
        }
    }
    readStatement(statement, &plan);
    plan.analyze();
    return result;
}

} // namespace sonde
