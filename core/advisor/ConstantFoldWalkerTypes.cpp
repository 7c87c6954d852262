// ConstantFoldWalker, second half: which sub-expressions are constants, and what the
// position of a value says about its type.
#include "ConstantFoldWalker.h"

#include "ExpressionText.h"
#include "ParseTree.h"
#include "SchemaCatalog.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

using PT = ParseTree;

// Node types a constant sub-expression may hold; anything else (a column, a subquery,
// a DEFAULT …) makes it depend on the rows.
const QStringList &constantNodeTypes()
{
    static const QStringList types{
        u"ParamRef"_s,         u"A_Const"_s,  u"TypeCast"_s,    u"TypeName"_s,
        u"String"_s,           u"Integer"_s,  u"Float"_s,       u"Boolean"_s,
        u"A_Expr"_s,           u"FuncCall"_s, u"A_ArrayExpr"_s, u"A_Indirection"_s,
        u"A_Indices"_s,        u"CaseExpr"_s, u"CaseWhen"_s,    u"CoalesceExpr"_s,
        u"MinMaxExpr"_s,       u"BoolExpr"_s, u"NullTest"_s,    u"BooleanTest"_s,
        u"SQLValueFunction"_s, u"List"_s,     u"RowExpr"_s,     u"CollateClause"_s,
        u"NamedArgExpr"_s};
    return types;
}

bool isArithmetic(const QString &op)
{
    static const QStringList ops{u"+"_s, u"-"_s, u"*"_s, u"/"_s, u"%"_s};
    return ops.contains(op);
}

bool isNumericType(const QString &type)
{
    static const QStringList names{u"smallint"_s, u"integer"_s, u"bigint"_s, u"real"_s,
                                   u"double precision"_s};
    return names.contains(type) || type.startsWith(u"numeric"_s);
}

bool containsParameter(const QJsonValue &node)
{
    bool found = false;
    PT::walk(node, [&](const QJsonValue &n) { found = found || PT::type(n) == u"ParamRef"_s; });
    return found;
}

} // namespace

bool ConstantFoldWalker::isComparison(const QString &op)
{
    static const QStringList ops{u"="_s, u"<>"_s, u"!="_s, u"<"_s, u">"_s, u"<="_s, u">="_s};
    return ops.contains(op);
}

void ConstantFoldWalker::collectRelations(const QJsonValue &node)
{
    // RangeVars, with their node name or (the target of INSERT, UPDATE, DELETE) without.
    if (node.isArray()) {
        for (const QJsonValue &v : node.toArray())
            collectRelations(v);
        return;
    }
    const QJsonObject o = node.toObject();
    const QJsonObject values = PT::body(o.value(u"subquery"_s));
    if (o.contains(u"alias"_s) && values.contains(u"valuesLists"_s)) {
        const QJsonObject alias = o.value(u"alias"_s).toObject();
        m_valuesColumns.insert(alias.value(u"aliasname"_s).toString(),
                               PT::strings(alias.value(u"colnames"_s)));
    }
    if (o.contains(u"relname"_s)) {
        const TableRef t{o.value(u"schemaname"_s).toString(), o.value(u"relname"_s).toString()};
        const QString alias = o.value(u"alias"_s).toObject().value(u"aliasname"_s).toString();
        m_relations.insert(alias.isEmpty() ? t.name : alias, t);
        if (!m_tables.contains(t))
            m_tables << t;
        return;
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isObject() || it.value().isArray())
            collectRelations(it.value());
    }
}

void ConstantFoldWalker::typeValuesColumns(const QJsonValue &statement)
{
    if (m_valuesColumns.isEmpty())
        return;
    // "v.id" when the ColumnRef names a column of a VALUES list.
    const auto valuesColumn = [this](const QJsonValue &node) {
        const QStringList f = PT::strings(PT::body(node).value(u"fields"_s));
        if (PT::type(node) != u"ColumnRef"_s || f.size() != 2 ||
            !m_valuesColumns.value(f.first()).contains(f.last()))
            return QString();
        return f.join(u'.');
    };
    const QJsonObject update = PT::body(statement);
    const QJsonObject target = update.value(u"relation"_s).toObject();
    for (const QJsonValue &set : update.value(u"targetList"_s).toArray()) {
        const QJsonObject b = PT::body(set);
        const QString column = valuesColumn(b.value(u"val"_s));
        if (PT::type(statement) == u"UpdateStmt"_s && !column.isEmpty()) {
            const QString type = columnType(TableRef{target.value(u"schemaname"_s).toString(),
                                                     target.value(u"relname"_s).toString()},
                                            b.value(u"name"_s).toString());
            if (!type.isEmpty())
                m_valuesTypes.insert(column, type);
        }
    }
    PT::walk(statement, [&](const QJsonValue &n) {
        const QJsonObject e = PT::body(n);
        if (PT::type(n) != u"A_Expr"_s ||
            !isComparison(ExpressionText::operatorName(e.value(u"name"_s))))
            return;
        for (const auto &[mine, other] :
             {std::pair{u"lexpr"_s, u"rexpr"_s}, {u"rexpr"_s, u"lexpr"_s}}) {
            const QString column = valuesColumn(e.value(mine));
            TableRef table;
            QString name, type;
            if (!column.isEmpty() && columnOf(e.value(other), &table, &name, &type))
                m_valuesTypes.insert(column, type);
        }
    });
}

QString ConstantFoldWalker::columnType(const TableRef &table, const QString &column) const
{
    if (!m_catalog)
        return {};
    const CatalogTable *t = m_catalog->table(table);
    const CatalogColumn *c = t ? t->column(column) : nullptr;
    return c ? c->type : QString();
}

bool ConstantFoldWalker::columnOf(const QJsonValue &node, TableRef *table, QString *column,
                                  QString *type) const
{
    if (PT::type(node) != u"ColumnRef"_s)
        return false;
    const QStringList fields = PT::strings(PT::body(node).value(u"fields"_s));
    if (fields.isEmpty() || fields.last() == u"*"_s)
        return false;
    *column = fields.last();
    if (fields.size() >= 2) {
        const auto it = m_relations.constFind(fields.at(fields.size() - 2));
        if (it == m_relations.constEnd())
            return false;
        *table = it.value();
        *type = columnType(*table, *column);
        return !type->isEmpty();
    }
    // A bare name: the tables of the statement that have such a column must agree on its
    // type; the table is known only when there is one.
    int found = 0;
    for (const TableRef &t : m_tables) {
        const QString ty = columnType(t, *column);
        if (ty.isEmpty())
            continue;
        if (found > 0 && ty != *type)
            return false;
        *table = found == 0 ? t : TableRef();
        *type = ty;
        ++found;
    }
    return found > 0;
}

ConstantFoldWalker::Context ConstantFoldWalker::comparedWith(const QJsonValue &other,
                                                             const QString &op) const
{
    Context c;
    TableRef table;
    QString column, type;
    if (!columnOf(other, &table, &column, &type))
        return c;
    if (isComparison(op) || (isArithmetic(op) && isNumericType(type)))
        c.type = type;
    if (isComparison(op) && table.isValid()) {
        c.table = table;
        c.column = column;
        c.op = op;
    }
    return c;
}

bool ConstantFoldWalker::isConstant(const QJsonValue &node) const
{
    if (node.isArray()) {
        for (const QJsonValue &v : node.toArray()) {
            if (!isConstant(v))
                return false;
        }
        return true;
    }
    if (!node.isObject())
        return true;
    const QString t = PT::type(node);
    if (t.isEmpty() || !t.at(0).isUpper()) {
        // A struct written without its node name (the TypeName of a cast).
        const QJsonObject o = node.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if ((it.value().isObject() || it.value().isArray()) && !isConstant(it.value()))
                return false;
        }
        return true;
    }
    if (!constantNodeTypes().contains(t))
        return false;
    static const QStringList leaves{u"ParamRef"_s, u"A_Const"_s,         u"String"_s,
                                    u"Integer"_s,  u"Float"_s,           u"Boolean"_s,
                                    u"TypeName"_s, u"SQLValueFunction"_s};
    if (leaves.contains(t))
        return true;
    const QJsonObject b = PT::body(node);
    if (t == u"FuncCall"_s) {
        for (const char *key : {"agg_star", "agg_distinct", "agg_order", "agg_filter", "over"}) {
            if (b.contains(QLatin1String(key)))
                return false;
        }
        static const SchemaCatalog none;
        const QStringList name = PT::strings(b.value(u"funcname"_s));
        const SchemaCatalog &catalog = m_catalog ? *m_catalog : none;
        if (name.isEmpty() || catalog.isNonConstantFunction(name.last().toLower()))
            return false;
    }
    for (auto it = b.begin(); it != b.end(); ++it) {
        if ((it.value().isObject() || it.value().isArray()) && !isConstant(it.value()))
            return false;
    }
    return true;
}

bool ConstantFoldWalker::foldable(const QJsonValue &node) const
{
    const QString t = PT::type(node);
    if (t == u"ParamRef"_s || t == u"A_Const"_s || t == u"List"_s || t == u"RowExpr"_s ||
        t == u"SQLValueFunction"_s)
        return false;
    if (t == u"TypeCast"_s && PT::type(PT::body(node).value(u"arg"_s)) == u"ParamRef"_s)
        return false; // $1::int is typed already
    return containsParameter(node) && isConstant(node);
}

} // namespace sonde
