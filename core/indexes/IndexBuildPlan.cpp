#include "IndexBuildPlan.h"

#include "sql/ParseTree.h"
#include "sql/SqlText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

struct Planner
{
    const IndexDefinition &definition;
    const SchemaCatalog &catalog;
    QStringList taken;
    QList<IndexBuildStep> steps;

    // Builds the index of `table` named `name`; returns false on a cycle/unknown table.
    void build(const TableRef &table, const QString &name, int depth)
    {
        IndexDefinition d = definition;
        d.table = table;
        const CatalogTable *t = catalog.table(table);
        IndexBuildStep step;
        step.table = table;
        step.indexSchema = table.schema;
        step.indexName = name;
        if (!t || !t->isPartitioned() || depth > 8) {
            step.kind = IndexBuildStep::Kind::Create;
            step.sql = d.ddl(quoteIdentifier(name), true);
            steps << step;
            return;
        }
        step.kind = IndexBuildStep::Kind::CreateOnParent;
        step.sql = d.ddl(quoteIdentifier(name), false, true);
        steps << step;
        for (const TableRef &partition : t->partitions) {
            IndexDefinition pd = definition;
            pd.table = partition;
            const QString child = IndexBuildPlan::freeName(pd.suggestedName(), taken);
            taken << child;
            build(partition, child, depth + 1);
            IndexBuildStep attach;
            attach.kind = IndexBuildStep::Kind::Attach;
            attach.table = table;
            attach.indexSchema = partition.schema;
            attach.indexName = child;
            attach.sql = u"ALTER INDEX "_s + quoteIdentifier(table.schema) + u'.' +
                         quoteIdentifier(name) + u" ATTACH PARTITION "_s +
                         quoteIdentifier(partition.schema) + u'.' + quoteIdentifier(child);
            steps << attach;
        }
    }
};

} // namespace

QString IndexBuildPlan::qualifiedName() const
{
    return quoteIdentifier(schema) + u'.' + quoteIdentifier(name);
}

QString IndexBuildPlan::script() const
{
    QStringList lines;
    for (const IndexBuildStep &s : steps)
        lines << s.sql + u';';
    if (!analyzeSql.isEmpty())
        lines << analyzeSql + u';';
    return lines.join(u'\n');
}

QString IndexBuildPlan::freeName(const QString &base, const QStringList &takenNames)
{
    if (!takenNames.contains(base))
        return base;
    for (int i = 1;; ++i) {
        const QString suffix = u'_' + QString::number(i);
        QString stem = base;
        if (stem.endsWith(u"_idx"_s))
            stem.chop(4);
        stem = stem.left(63 - 4 - suffix.size());
        const QString candidate = stem + suffix + u"_idx"_s;
        if (!takenNames.contains(candidate))
            return candidate;
    }
}

IndexBuildPlan IndexBuildPlan::fromScript(const QString &script)
{
    IndexBuildPlan plan;
    const ParseTree tree = ParseTree::parse(script);
    if (!tree.ok)
        return plan;
    for (const QJsonValue &s : tree.statements) {
        const QJsonValue stmt = s.toObject().value(u"stmt"_s);
        if (ParseTree::type(stmt) != u"IndexStmt"_s)
            continue;
        const QJsonObject b = ParseTree::body(stmt);
        const QJsonObject rel = b.value(u"relation"_s).toObject();
        IndexBuildStep step;
        step.table =
            TableRef{rel.value(u"schemaname"_s).toString(), rel.value(u"relname"_s).toString()};
        step.indexSchema = step.table.schema;
        step.indexName = b.value(u"idxname"_s).toString();
        const bool only = !rel.value(u"inh"_s).toBool();
        step.kind = only ? IndexBuildStep::Kind::CreateOnParent : IndexBuildStep::Kind::Create;
        step.sql = script;
        if (plan.steps.isEmpty()) {
            plan.schema = step.indexSchema;
            plan.name = step.indexName;
            plan.definition.table = step.table;
            plan.partitioned = only;
        }
        plan.steps << step;
    }
    return plan;
}

IndexBuildPlan IndexBuildPlan::make(const IndexDefinition &definition, const QString &name,
                                    const SchemaCatalog &catalog, const QStringList &takenNames)
{
    IndexBuildPlan plan;
    plan.definition = definition;
    plan.schema = definition.table.schema;
    plan.name = name;
    const CatalogTable *t = catalog.table(definition.table);
    plan.partitioned = t && t->isPartitioned();
    Planner p{definition, catalog, takenNames + QStringList{name}, {}};
    p.build(definition.table, name, 0);
    plan.steps = p.steps;
    plan.revertSql =
        (plan.partitioned ? u"DROP INDEX IF EXISTS "_s : u"DROP INDEX CONCURRENTLY IF EXISTS "_s) +
        plan.qualifiedName();
    const bool expression = std::any_of(definition.keys.cbegin(), definition.keys.cend(),
                                        [](const IndexKey &k) { return k.expression; });
    if (expression) {
        plan.analyzeSql = u"ANALYZE "_s + quoteIdentifier(definition.table.schema) + u'.' +
                          quoteIdentifier(definition.table.name);
    }
    return plan;
}

} // namespace sonde
