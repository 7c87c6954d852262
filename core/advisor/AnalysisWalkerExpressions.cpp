// AnalysisWalker, second half: WHERE/ON conditions, operands and subqueries.
#include "AnalysisWalker.h"

#include "sql/ExpressionText.h"
#include "sql/ParseTree.h"
#include "sql/SqlText.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

using PT = ParseTree;

PredicateKind kindOf(const QString &op)
{
    if (op == u"="_s)
        return PredicateKind::Equality;
    if (op == u"<"_s || op == u">"_s || op == u"<="_s || op == u">="_s)
        return PredicateKind::Range;
    return PredicateKind::Other;
}

// Collects ColumnRefs and ParamRefs of an expression, not descending into subqueries.
void collect(const QJsonValue &node, QList<QJsonValue> *columns, QList<int> *params,
             bool *hasSubquery)
{
    if (node.isArray()) {
        for (const QJsonValue &v : node.toArray())
            collect(v, columns, params, hasSubquery);
        return;
    }
    if (!node.isObject())
        return;
    const QString t = PT::type(node);
    if (t == u"ColumnRef"_s) {
        *columns << node;
        return;
    }
    if (t == u"ParamRef"_s) {
        *params << PT::body(node).value(u"number"_s).toInt();
        return;
    }
    if (t == u"SubLink"_s) {
        *hasSubquery = true;
        return;
    }
    const QJsonObject o = node.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isObject() || it.value().isArray())
            collect(it.value(), columns, params, hasSubquery);
    }
}

} // namespace

Operand AnalysisWalker::operand(const QJsonValue &node, const QueryScope &scope)
{
    Operand o;
    const QString type = PT::type(node);
    if (type == u"ColumnRef"_s) {
        bool found = false;
        o.origin = scope.resolve(PT::strings(PT::body(node).value(u"fields"_s)), &found);
        o.kind = o.origin.isValid() ? Operand::Kind::Column : Operand::Kind::Other;
        return o;
    }
    QList<QJsonValue> columns;
    bool hasSubquery = false;
    collect(node, &columns, &o.parameters, &hasSubquery);
    if (columns.isEmpty()) {
        o.kind = Operand::Kind::Value;
        const bool literal =
            type == u"A_Const"_s ||
            (type == u"TypeCast"_s && PT::type(PT::body(node).value(u"arg"_s)) == u"A_Const"_s);
        if (literal)
            o.constant = ExpressionText::deparseOrEmpty(node);
        return o;
    }
    if (hasSubquery)
        return o;
    // An expression over the columns of one base table: lower(u.email), (data->>'k').
    TableRef table;
    QList<QPair<QStringList, QString>> names; // ColumnRef fields → base column
    for (const QJsonValue &c : columns) {
        bool found = false;
        const ColumnOrigin origin =
            scope.resolve(PT::strings(PT::body(c).value(u"fields"_s)), &found);
        if (!origin.isValid() || origin.column.isEmpty())
            return o;
        if (table.isValid() && table != origin.table)
            return o;
        table = origin.table;
        names.append({PT::strings(PT::body(c).value(u"fields"_s)), origin.column});
        if (!o.origin.expressionColumns.contains(origin.column))
            o.origin.expressionColumns << origin.column;
    }
    const QString text = ExpressionText::deparseOrEmpty(node, [&](const QStringList &fields) {
        for (const auto &n : names) {
            if (n.first == fields)
                return quoteIdentifier(n.second);
        }
        return QString();
    });
    if (text.isEmpty() || !o.parameters.isEmpty())
        return o;
    o.kind = Operand::Kind::Column;
    o.origin.table = table;
    o.origin.expression = text;
    return o;
}

void AnalysisWalker::qual(const QJsonValue &expr, const QueryScope &scope, bool underOr)
{
    const QString type = PT::type(expr);
    if (type.isEmpty())
        return;
    const QJsonObject b = PT::body(expr);
    if (type == u"BoolExpr"_s) {
        const QString op = b.value(u"boolop"_s).toString();
        for (const QJsonValue &arg : b.value(u"args"_s).toArray()) {
            if (op == u"NOT_EXPR"_s) {
                subqueries(arg, scope);
                reads(arg, scope);
            } else {
                qual(arg, scope, underOr || op == u"OR_EXPR"_s);
            }
        }
        return;
    }
    reads(expr, scope);
    if (type == u"A_Expr"_s) {
        comparison(b, scope, underOr);
        subqueries(expr, scope);
        return;
    }
    if (type == u"NullTest"_s) {
        const Operand column = operand(b.value(u"arg"_s), scope);
        if (column.kind == Operand::Kind::Column) {
            const bool isNull = b.value(u"nulltesttype"_s).toString() == u"IS_NULL"_s;
            Operand value;
            value.kind = Operand::Kind::Value;
            value.constant = u"NULL"_s;
            addPredicate(column, isNull ? u"IS NULL"_s : u"IS NOT NULL"_s,
                         isNull ? PredicateKind::Equality : PredicateKind::Other, value, underOr);
        }
        return;
    }
    if (type == u"ColumnRef"_s) {
        // WHERE is_active: a boolean column compared with true.
        const Operand column = operand(expr, scope);
        if (column.kind == Operand::Kind::Column) {
            Operand value;
            value.kind = Operand::Kind::Value;
            value.constant = u"true"_s;
            addPredicate(column, u"="_s, PredicateKind::Equality, value, underOr);
        }
        return;
    }
    if (type == u"SubLink"_s) {
        const QString linkType = b.value(u"subLinkType"_s).toString();
        const QueryOutput out = select(PT::body(b.value(u"subselect"_s)), &scope, false);
        if (linkType == u"ANY_SUBLINK"_s && b.contains(u"testexpr"_s)) {
            // x IN (SELECT y FROM …): a semi-join on x = y.
            const Operand test = operand(b.value(u"testexpr"_s), scope);
            if (test.kind == Operand::Kind::Column && !out.origins.isEmpty())
                addJoin(test.origin, out.origins.first());
        }
        return;
    }
    subqueries(expr, scope);
}

void AnalysisWalker::comparison(const QJsonObject &e, const QueryScope &scope, bool underOr)
{
    const QString kind = e.value(u"kind"_s).toString();
    const QString op = ExpressionText::operatorName(e.value(u"name"_s));
    const Operand left = operand(e.value(u"lexpr"_s), scope);
    if (kind == u"AEXPR_IN"_s) {
        Operand values;
        values.kind = Operand::Kind::Value;
        QStringList constants;
        for (const QJsonValue &item : PT::body(e.value(u"rexpr"_s)).value(u"items"_s).toArray()) {
            const Operand v = operand(item, scope);
            if (v.kind != Operand::Kind::Value)
                return;
            values.parameters << v.parameters;
            if (!v.constant.isEmpty())
                constants << v.constant;
        }
        if (values.parameters.isEmpty())
            values.constant = u"("_s + constants.join(u", "_s) + u')';
        if (left.kind == Operand::Kind::Column) {
            const bool in = op == u"="_s;
            addPredicate(left, in ? u"IN"_s : u"NOT IN"_s,
                         in ? PredicateKind::Equality : PredicateKind::Other, values, underOr);
        }
        return;
    }
    if (kind == u"AEXPR_BETWEEN"_s || kind == u"AEXPR_BETWEEN_SYM"_s) {
        Operand bounds;
        bounds.kind = Operand::Kind::Value;
        QStringList constants;
        for (const QJsonValue &item : PT::body(e.value(u"rexpr"_s)).value(u"items"_s).toArray()) {
            const Operand v = operand(item, scope);
            if (v.kind != Operand::Kind::Value)
                return;
            bounds.parameters << v.parameters;
            constants << v.constant;
        }
        if (bounds.parameters.isEmpty() && !constants.contains(QString()))
            bounds.constant = constants.join(u" AND "_s);
        if (left.kind == Operand::Kind::Column)
            addPredicate(left, u"BETWEEN"_s, PredicateKind::Range, bounds, underOr);
        return;
    }
    const Operand right = operand(e.value(u"rexpr"_s), scope);
    if (kind == u"AEXPR_OP_ANY"_s) {
        if (left.kind == Operand::Kind::Column && right.kind == Operand::Kind::Value)
            addPredicate(left, op + u" ANY"_s,
                         op == u"="_s ? PredicateKind::Equality : PredicateKind::Other, right,
                         underOr);
        return;
    }
    if (kind == u"AEXPR_LIKE"_s || kind == u"AEXPR_ILIKE"_s) {
        if (left.kind != Operand::Kind::Column || right.kind != Operand::Kind::Value)
            return;
        // Only LIKE 'prefix%' with a constant prefix can use a btree range.
        const bool like = kind == u"AEXPR_LIKE"_s && op == u"~~"_s;
        const bool prefix = like && right.constant.size() > 2 && right.constant.at(1) != u'%' &&
                            right.constant.at(1) != u'_';
        addPredicate(left, like ? u"LIKE"_s : (op.startsWith(u'!') ? u"NOT LIKE"_s : u"ILIKE"_s),
                     prefix ? PredicateKind::Range : PredicateKind::Other, right, underOr);
        return;
    }
    if (kind != u"AEXPR_OP"_s)
        return;
    if (left.kind == Operand::Kind::Column && right.kind == Operand::Kind::Column) {
        if (op == u"="_s && left.origin.table != right.origin.table)
            addJoin(left.origin, right.origin);
        return;
    }
    if (left.kind == Operand::Kind::Column && right.kind == Operand::Kind::Value)
        addPredicate(left, op, kindOf(op), right, underOr);
    else if (right.kind == Operand::Kind::Column && left.kind == Operand::Kind::Value)
        addPredicate(right, ExpressionText::mirroredOperator(op),
                     kindOf(ExpressionText::mirroredOperator(op)), left, underOr);
}

void AnalysisWalker::addPredicate(const Operand &column, const QString &op, PredicateKind kind,
                                  const Operand &value, bool underOr)
{
    ColumnPredicate p;
    p.table = column.origin.table;
    p.column = column.origin.column;
    p.expression = column.origin.expression;
    p.expressionColumns = column.origin.expressionColumns;
    p.op = op;
    p.kind = kind;
    p.parameters = value.parameters;
    p.constant = value.constant;
    p.underOr = underOr;
    p.fromView = m_inView;
    m_out->predicates << p;
    for (int n : value.parameters) {
        ParameterUse use;
        use.number = n;
        use.role = ParameterUse::Role::Compare;
        use.table = p.table;
        use.column = p.column;
        use.expression = p.expression;
        use.op = op;
        m_out->parameters << use;
    }
}

void AnalysisWalker::addJoin(const ColumnOrigin &a, const ColumnOrigin &b)
{
    if (!a.isValid() || !b.isValid() || a.column.isEmpty() || b.column.isEmpty() ||
        a.table == b.table)
        return;
    for (const JoinKey &k : m_out->joins) {
        const bool same = k.leftTable == a.table && k.leftColumn == a.column &&
                          k.rightTable == b.table && k.rightColumn == b.column;
        const bool swapped = k.leftTable == b.table && k.leftColumn == b.column &&
                             k.rightTable == a.table && k.rightColumn == a.column;
        if (same || swapped)
            return;
    }
    m_out->joins << JoinKey{a.table, a.column, b.table, b.column};
}

void AnalysisWalker::subqueries(const QJsonValue &node, const QueryScope &scope)
{
    if (node.isArray()) {
        for (const QJsonValue &v : node.toArray())
            subqueries(v, scope);
        return;
    }
    if (!node.isObject())
        return;
    if (PT::type(node) == u"SubLink"_s) {
        qual(node, scope, false);
        return;
    }
    const QJsonObject o = node.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isObject() || it.value().isArray())
            subqueries(it.value(), scope);
    }
}

void AnalysisWalker::reads(const QJsonValue &node, const QueryScope &scope)
{
    QList<QJsonValue> columns;
    QList<int> params;
    bool hasSubquery = false;
    collect(node, &columns, &params, &hasSubquery);
    for (const QJsonValue &c : columns) {
        bool found = false;
        const ColumnOrigin o = scope.resolve(PT::strings(PT::body(c).value(u"fields"_s)), &found);
        if (!o.isValid())
            continue;
        if (!o.column.isEmpty())
            addRead(o.table, o.column);
        for (const QString &e : o.expressionColumns)
            addRead(o.table, e);
    }
}

} // namespace sonde
