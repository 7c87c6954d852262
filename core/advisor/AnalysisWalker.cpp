#include "AnalysisWalker.h"

#include "ExpressionText.h"
#include "ParseTree.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

using PT = ParseTree;

// Views are expanded recursively; a cycle (impossible in PostgreSQL, but a hand-made
// catalog may hold one) stops here.
constexpr int MaxViewDepth = 8;

// The arms of a set operation are SelectStmt structs written without their node name.
QJsonObject selectBody(const QJsonValue &v)
{
    return PT::type(v) == u"SelectStmt"_s ? PT::body(v) : v.toObject();
}

} // namespace

ScopeSource QueryOutput::asSource(const QString &name, const QStringList &aliasNames) const
{
    ScopeSource s;
    s.name = name;
    for (int i = 0; i < names.size(); ++i) {
        const QString column = i < aliasNames.size() ? aliasNames.at(i) : names.at(i);
        if (column.isEmpty())
            continue;
        s.columns << column;
        s.origins.insert(column, origins.at(i));
    }
    return s;
}

void AnalysisWalker::statement(const QJsonValue &stmt)
{
    using K = StatementAnalysis::Kind;
    const QString type = PT::type(stmt);
    const QJsonObject body = PT::body(stmt);
    if (type == u"SelectStmt"_s) {
        m_out->kind = K::Select;
        select(body, nullptr, true);
    } else if (type == u"InsertStmt"_s) {
        m_out->kind = K::Insert;
        insert(body);
    } else if (type == u"UpdateStmt"_s) {
        m_out->kind = K::Update;
        update(body);
    } else if (type == u"DeleteStmt"_s) {
        m_out->kind = K::Delete;
        remove(body);
    } else if (type == u"MergeStmt"_s) {
        m_out->kind = K::Merge;
        QueryScope scope;
        relation(body.value(u"relation"_s).toObject(), scope);
        if (!scope.sources().isEmpty())
            m_out->target = scope.sources().first().table;
        fromItem(body.value(u"sourceRelation"_s), scope);
        qual(body.value(u"joinCondition"_s), scope, false);
    } else if (type == u"PrepareStmt"_s) {
        statement(body.value(u"query"_s));
    } else {
        m_out->kind = K::Utility;
    }
}

QueryOutput AnalysisWalker::select(const QJsonObject &sel, const QueryScope *parent, bool outermost)
{
    const QString op = sel.value(u"op"_s).toString();
    if (!op.isEmpty() && op != u"SETOP_NONE"_s) {
        QueryScope withScope(parent);
        withClause(sel.value(u"withClause"_s).toObject(), withScope);
        const QueryOutput left = select(selectBody(sel.value(u"larg"_s)), &withScope, false);
        select(selectBody(sel.value(u"rarg"_s)), &withScope, false);
        return left;
    }
    QueryScope scope(parent);
    withClause(sel.value(u"withClause"_s).toObject(), scope);
    for (const QJsonValue &item : sel.value(u"fromClause"_s).toArray())
        fromItem(item, scope);
    qual(sel.value(u"whereClause"_s), scope, false);
    subqueries(sel.value(u"havingClause"_s), scope);
    reads(sel.value(u"havingClause"_s), scope);
    // Rows of a VALUES list (INSERT … VALUES, or VALUES in FROM) only matter for parameters.
    for (const QJsonValue &row : sel.value(u"valuesLists"_s).toArray())
        subqueries(row, scope);
    const QueryOutput out = targetList(sel.value(u"targetList"_s).toArray(), scope);
    orderAndLimit(sel, scope, out, outermost);
    return out;
}

void AnalysisWalker::withClause(const QJsonObject &with, QueryScope &scope)
{
    for (const QJsonValue &cte : with.value(u"ctes"_s).toArray()) {
        const QJsonObject c = PT::body(cte);
        const QString name = c.value(u"ctename"_s).toString();
        const QJsonValue query = c.value(u"ctequery"_s);
        // WITH RECURSIVE: the query refers to itself, a derived relation and not a table.
        if (with.value(u"recursive"_s).toBool())
            scope.addCte(name, QueryOutput().asSource(name));
        QueryOutput out;
        if (PT::type(query) == u"SelectStmt"_s) {
            out = select(PT::body(query), &scope, false);
        } else {
            // A data-modifying CTE (WITH x AS (UPDATE … RETURNING …)).
            AnalysisWalker inner(m_catalog, m_out, m_viewDepth);
            const StatementAnalysis::Kind kind = m_out->kind;
            inner.statement(query);
            m_out->kind = kind;
        }
        scope.addCte(name, out.asSource(name, PT::strings(c.value(u"aliascolnames"_s))));
    }
}

void AnalysisWalker::fromItem(const QJsonValue &item, QueryScope &scope)
{
    const QString type = PT::type(item);
    const QJsonObject b = PT::body(item);
    if (type == u"RangeVar"_s) {
        relation(b, scope);
    } else if (type == u"RangeSubselect"_s) {
        const QJsonObject alias = b.value(u"alias"_s).toObject();
        const bool lateral = b.value(u"lateral"_s).toBool();
        const QueryOutput out =
            select(PT::body(b.value(u"subquery"_s)), lateral ? &scope : scope.parent(), false);
        scope.add(out.asSource(alias.value(u"aliasname"_s).toString(),
                               PT::strings(alias.value(u"colnames"_s))));
    } else if (type == u"JoinExpr"_s) {
        const qsizetype leftStart = scope.sources().size();
        fromItem(b.value(u"larg"_s), scope);
        const qsizetype rightStart = scope.sources().size();
        fromItem(b.value(u"rarg"_s), scope);
        const qsizetype end = scope.sources().size();
        for (const QString &column : PT::strings(b.value(u"usingClause"_s))) {
            auto find = [&](qsizetype from, qsizetype to) {
                for (qsizetype i = from; i < to; ++i) {
                    const ScopeSource &s = scope.sources().at(i);
                    if (s.columns.contains(column) || (to - from == 1 && !s.knowsColumns()))
                        return s.origin(column);
                }
                return ColumnOrigin();
            };
            addJoin(find(leftStart, rightStart), find(rightStart, end));
        }
        qual(b.value(u"quals"_s), scope, false);
    } else if (type == u"RangeFunction"_s) {
        ScopeSource s;
        s.name = b.value(u"alias"_s).toObject().value(u"aliasname"_s).toString();
        scope.add(s);
    }
}

void AnalysisWalker::relation(const QJsonObject &rv, QueryScope &scope)
{
    const QString schema = rv.value(u"schemaname"_s).toString();
    const QString name = rv.value(u"relname"_s).toString();
    const QString alias = rv.value(u"alias"_s).toObject().value(u"aliasname"_s).toString();
    const QString visible = alias.isEmpty() ? name : alias;
    if (schema.isEmpty()) {
        if (const ScopeSource *cte = scope.findCte(name)) {
            ScopeSource s = *cte;
            s.name = visible;
            scope.add(s);
            return;
        }
    }
    const CatalogTable *table = m_catalog ? m_catalog->findTable(schema, name) : nullptr;
    if (table && table->isView()) {
        if (!m_out->views.contains(table->ref))
            m_out->views << table->ref;
        QueryOutput out;
        const ParseTree tree = ParseTree::parse(table->viewDefinition);
        if (tree.ok && m_viewDepth < MaxViewDepth &&
            PT::type(tree.firstStatement()) == u"SelectStmt"_s) {
            AnalysisWalker inner(m_catalog, m_out, m_viewDepth + 1);
            inner.m_inView = true;
            out = inner.select(PT::body(tree.firstStatement()), nullptr, false);
        }
        scope.add(out.asSource(visible));
        return;
    }
    ScopeSource s;
    s.name = visible;
    s.base = true;
    if (table) {
        s.table = table->ref;
        s.columns = table->columnNames();
    } else {
        s.table = TableRef{schema, name};
    }
    addTable(s.table);
    scope.add(s);
}

void AnalysisWalker::insert(const QJsonObject &ins)
{
    QueryScope scope;
    withClause(ins.value(u"withClause"_s).toObject(), scope);
    QueryScope targetScope;
    relation(ins.value(u"relation"_s).toObject(), targetScope);
    if (targetScope.sources().isEmpty())
        return;
    const ScopeSource target = targetScope.sources().first();
    m_out->target = target.table;
    QStringList columns;
    for (const QJsonValue &c : ins.value(u"cols"_s).toArray())
        columns << PT::body(c).value(u"name"_s).toString();
    if (columns.isEmpty() && m_catalog) {
        if (const CatalogTable *t = m_catalog->table(target.table))
            columns = t->columnNames();
    }
    for (const QString &c : columns)
        m_out->writtenColumns << ColumnUse{target.table, c};
    const QJsonObject sel = PT::body(ins.value(u"selectStmt"_s));
    const QJsonArray rows = sel.value(u"valuesLists"_s).toArray();
    for (const QJsonValue &row : rows) {
        const QJsonArray items = PT::body(row).value(u"items"_s).toArray();
        for (int i = 0; i < items.size() && i < columns.size(); ++i) {
            Operand v = operand(items.at(i), scope);
            for (int n : v.parameters) {
                ParameterUse use;
                use.number = n;
                use.role = ParameterUse::Role::Insert;
                use.table = target.table;
                use.column = columns.at(i);
                m_out->parameters << use;
            }
        }
    }
    if (!sel.isEmpty())
        select(sel, &scope, false);
}

void AnalysisWalker::update(const QJsonObject &upd)
{
    QueryScope scope;
    withClause(upd.value(u"withClause"_s).toObject(), scope);
    relation(upd.value(u"relation"_s).toObject(), scope);
    if (scope.sources().isEmpty())
        return;
    const ScopeSource target = scope.sources().first();
    m_out->target = target.table;
    for (const QJsonValue &item : upd.value(u"fromClause"_s).toArray())
        fromItem(item, scope);
    for (const QJsonValue &t : upd.value(u"targetList"_s).toArray()) {
        const QJsonObject rt = PT::body(t);
        const QString column = rt.value(u"name"_s).toString();
        m_out->writtenColumns << ColumnUse{target.table, column};
        const Operand v = operand(rt.value(u"val"_s), scope);
        for (int n : v.parameters) {
            ParameterUse use;
            use.number = n;
            use.role = ParameterUse::Role::Assign;
            use.table = target.table;
            use.column = column;
            m_out->parameters << use;
        }
        subqueries(rt.value(u"val"_s), scope);
        reads(rt.value(u"val"_s), scope);
    }
    qual(upd.value(u"whereClause"_s), scope, false);
}

void AnalysisWalker::remove(const QJsonObject &del)
{
    QueryScope scope;
    withClause(del.value(u"withClause"_s).toObject(), scope);
    relation(del.value(u"relation"_s).toObject(), scope);
    if (scope.sources().isEmpty())
        return;
    m_out->target = scope.sources().first().table;
    for (const QJsonValue &item : del.value(u"usingClause"_s).toArray())
        fromItem(item, scope);
    qual(del.value(u"whereClause"_s), scope, false);
}

QueryOutput AnalysisWalker::targetList(const QJsonArray &targets, const QueryScope &scope)
{
    QueryOutput out;
    for (const QJsonValue &t : targets) {
        const QJsonObject rt = PT::body(t);
        const QJsonValue val = rt.value(u"val"_s);
        if (PT::type(val) == u"ColumnRef"_s) {
            const QStringList fields = PT::strings(PT::body(val).value(u"fields"_s));
            if (!fields.isEmpty() && fields.last() == u"*"_s) {
                for (const ScopeSource &s : scope.sources()) {
                    if (fields.size() == 2 && s.name != fields.first())
                        continue;
                    if (s.base && !m_inView)
                        addRead(s.table, u"*"_s);
                    for (const QString &c : s.columns) {
                        out.names << c;
                        out.origins << s.origin(c);
                        if (!s.base && !m_inView && s.origin(c).isValid())
                            addRead(s.origin(c).table, s.origin(c).column);
                    }
                }
                continue;
            }
        }
        if (!m_inView)
            reads(val, scope);
        subqueries(val, scope);
        QString name = rt.value(u"name"_s).toString();
        const Operand o = operand(val, scope);
        if (name.isEmpty() && PT::type(val) == u"ColumnRef"_s)
            name = PT::strings(PT::body(val).value(u"fields"_s)).value(0).isEmpty()
                       ? QString()
                       : PT::strings(PT::body(val).value(u"fields"_s)).last();
        out.names << name;
        out.origins << (o.kind == Operand::Kind::Column ? o.origin : ColumnOrigin());
    }
    return out;
}

void AnalysisWalker::orderAndLimit(const QJsonObject &sel, const QueryScope &scope,
                                   const QueryOutput &out, bool outermost)
{
    const bool limited = sel.contains(u"limitCount"_s);
    if (outermost || limited) {
        // ORDER BY of a subquery only matters to an index when a LIMIT cuts it short.
        for (const QJsonValue &s : sel.value(u"sortClause"_s).toArray()) {
            const QJsonObject sortBy = PT::body(s);
            SortKey key;
            if (!sortKey(sortBy.value(u"node"_s), scope, out, &key))
                continue;
            key.descending = sortBy.value(u"sortby_dir"_s).toString() == u"SORTBY_DESC"_s;
            const QString nulls = sortBy.value(u"sortby_nulls"_s).toString();
            key.explicitNulls = nulls == u"SORTBY_NULLS_FIRST"_s || nulls == u"SORTBY_NULLS_LAST"_s;
            key.nullsFirst = key.explicitNulls ? nulls == u"SORTBY_NULLS_FIRST"_s : key.descending;
            m_out->sortKeys << key;
        }
    }
    for (const QJsonValue &g : sel.value(u"groupClause"_s).toArray()) {
        SortKey key;
        if (sortKey(g, scope, out, &key))
            m_out->groupKeys << key;
    }
    if (outermost && limited)
        m_out->hasLimit = true;
    auto limitParameter = [&](const QString &field, ParameterUse::Role role) {
        const QJsonValue v = sel.value(field);
        if (PT::type(v) == u"ParamRef"_s) {
            ParameterUse use;
            use.number = PT::body(v).value(u"number"_s).toInt();
            use.role = role;
            m_out->parameters << use;
        }
    };
    limitParameter(u"limitCount"_s, ParameterUse::Role::Limit);
    limitParameter(u"limitOffset"_s, ParameterUse::Role::Offset);
}

bool AnalysisWalker::sortKey(const QJsonValue &node, const QueryScope &scope,
                             const QueryOutput &out, SortKey *key)
{
    ColumnOrigin origin;
    if (PT::type(node) == u"A_Const"_s) {
        const int position = ExpressionText::constant(node).toInt();
        if (position >= 1 && position <= out.origins.size())
            origin = out.origins.at(position - 1);
    } else if (PT::type(node) == u"ColumnRef"_s) {
        const QStringList fields = PT::strings(PT::body(node).value(u"fields"_s));
        bool found = false;
        origin = scope.resolve(fields, &found);
        if (!found && fields.size() == 1) {
            // ORDER BY an output alias.
            const qsizetype i = out.names.indexOf(fields.first());
            if (i >= 0)
                origin = out.origins.at(i);
        }
    } else {
        const Operand o = operand(node, scope);
        if (o.kind == Operand::Kind::Column)
            origin = o.origin;
    }
    if (!origin.isValid())
        return false;
    key->table = origin.table;
    key->column = origin.column;
    key->expression = origin.expression;
    return true;
}

void AnalysisWalker::addTable(const TableRef &t)
{
    if (t.isValid() && !m_out->tables.contains(t))
        m_out->tables << t;
}

void AnalysisWalker::addRead(const TableRef &t, const QString &column)
{
    for (const ColumnUse &c : m_out->readColumns) {
        if (c.table == t && c.column == column)
            return;
    }
    m_out->readColumns << ColumnUse{t, column};
}

} // namespace sonde
