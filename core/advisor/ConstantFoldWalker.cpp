#include "ConstantFoldWalker.h"

#include "ExpressionSpan.h"
#include "ExpressionText.h"
#include "ParseTree.h"
#include "SchemaCatalog.h"

#include <QJsonArray>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

using PT = ParseTree;

QString shortText(QString s)
{
    s = s.simplified();
    return s.size() > 60 ? s.left(59) + u'…' : s;
}

} // namespace

ConstantFoldWalker::ConstantFoldWalker(const QByteArray &utf8, const SchemaCatalog *catalog,
                                       const ConstantFolder::SampleValue &samples)
    : m_sql(utf8)
    , m_tokens(utf8)
    , m_catalog(catalog)
    , m_samples(samples)
{}
void ConstantFoldWalker::run(const QJsonValue &statement)
{
    collectRelations(statement);
    typeValuesColumns(statement);
    PT::walk(statement, [&](const QJsonValue &n) {
        if (PT::type(n) == u"ParamRef"_s)
            m_nextParameter = std::max(m_nextParameter, PT::body(n).value(u"number"_s).toInt());
    });
    visit(statement, {});
}

ConstantFoldWalker::Context ConstantFoldWalker::typed(const QString &type) const
{
    Context c;
    c.type = type;
    return c;
}
void ConstantFoldWalker::visit(const QJsonValue &node, const Context &ctx)
{
    if (node.isArray()) {
        for (const QJsonValue &v : node.toArray())
            visit(v, ctx);
        return;
    }
    if (!node.isObject())
        return;
    const QString type = PT::type(node);
    if (type.isEmpty() || !type.at(0).isUpper()) {
        // A struct written without its node name (the arms of a UNION).
        const QJsonObject o = node.toObject();
        if (o.contains(u"op"_s) || o.contains(u"targetList"_s) || o.contains(u"valuesLists"_s))
            select(o);
        else
            children(o);
        return;
    }
    if (type == u"ParamRef"_s) {
        parameter(node, ctx);
        return;
    }
    if (foldable(node)) {
        fold(node, ctx);
        return;
    }
    expression(type, PT::body(node), ctx);
}

void ConstantFoldWalker::children(const QJsonObject &body)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.value().isObject() || it.value().isArray())
            visit(it.value(), {});
    }
}

void ConstantFoldWalker::expression(const QString &type, const QJsonObject &b, const Context &ctx)
{
    const Context condition = typed(u"boolean"_s);
    if (type == u"SelectStmt"_s) {
        select(b);
    } else if (type == u"InsertStmt"_s) {
        insert(b);
    } else if (type == u"UpdateStmt"_s) {
        update(b);
    } else if (type == u"DeleteStmt"_s) {
        visit(b.value(u"withClause"_s), {});
        visit(b.value(u"usingClause"_s), {});
        visit(b.value(u"whereClause"_s), condition);
        visit(b.value(u"returningList"_s), {});
    } else if (type == u"A_Expr"_s) {
        comparison(b);
    } else if (type == u"BoolExpr"_s) {
        visit(b.value(u"args"_s), condition);
    } else if (type == u"JoinExpr"_s) {
        visit(b.value(u"larg"_s), {});
        visit(b.value(u"rarg"_s), {});
        visit(b.value(u"quals"_s), condition);
    } else if (type == u"FuncCall"_s) {
        function(b, ctx);
    } else if (type == u"CaseExpr"_s) {
        caseExpression(b, ctx);
    } else if (type == u"TypeCast"_s) {
        typeCast(b);
    } else if (type == u"RangeSubselect"_s) {
        valuesList(b);
    } else if (type == u"ResTarget"_s) {
        visit(b.value(u"val"_s), {});
    } else {
        children(b);
    }
}

void ConstantFoldWalker::select(const QJsonObject &s)
{
    visit(s.value(u"withClause"_s), {});
    if (s.contains(u"larg"_s)) {
        visit(s.value(u"larg"_s), {});
        visit(s.value(u"rarg"_s), {});
    }
    visit(s.value(u"fromClause"_s), {});
    visit(s.value(u"whereClause"_s), typed(u"boolean"_s));
    visit(s.value(u"havingClause"_s), typed(u"boolean"_s));
    visit(s.value(u"targetList"_s), {});
    const QStringList rowTypes = std::exchange(m_valuesRowTypes, {});
    const QJsonArray rows = s.value(u"valuesLists"_s).toArray();
    for (int r = 0; r < rows.size(); ++r) {
        // The first row's types decide the list's: cast its parameters.
        const QJsonArray items = PT::body(rows.at(r)).value(u"items"_s).toArray();
        for (int i = 0; i < items.size(); ++i) {
            Context item = r == 0 ? typed(rowTypes.value(i)) : Context();
            item.castParameters = !item.type.isEmpty();
            visit(items.at(i), item);
        }
    }
    const QJsonArray targets = s.value(u"targetList"_s).toArray();
    for (const QJsonValue &item : s.value(u"groupClause"_s).toArray()) {
        if (!sameAsOutput(item, targets))
            visit(item, {});
    }
    for (const QJsonValue &item : s.value(u"distinctClause"_s).toArray()) {
        if (!sameAsOutput(item, targets))
            visit(item, {});
    }
    for (const QJsonValue &sort : s.value(u"sortClause"_s).toArray()) {
        const QJsonValue item = PT::body(sort).value(u"node"_s);
        if (!sameAsOutput(item, targets))
            visit(item, {});
    }
    visit(s.value(u"limitCount"_s), typed(u"bigint"_s));
    visit(s.value(u"limitOffset"_s), typed(u"bigint"_s));
    visit(s.value(u"windowClause"_s), {});
}

void ConstantFoldWalker::valuesList(const QJsonObject &subselect)
{
    const QString alias = subselect.value(u"alias"_s).toObject().value(u"aliasname"_s).toString();
    QStringList types;
    for (const QString &column : m_valuesColumns.value(alias))
        types << m_valuesTypes.value(alias + u'.' + column);
    m_valuesRowTypes = types;
    visit(subselect.value(u"subquery"_s), {});
    m_valuesRowTypes.clear();
}

bool ConstantFoldWalker::sameAsOutput(const QJsonValue &item, const QJsonArray &targets)
{
    const QString t = PT::type(item);
    if (t.isEmpty() || t == u"A_Const"_s || t == u"ColumnRef"_s || t == u"ParamRef"_s)
        return false;
    bool hasValue = false;
    PT::walk(item, [&](const QJsonValue &n) {
        hasValue = hasValue || PT::type(n) == u"ParamRef"_s || PT::type(n) == u"A_Const"_s;
    });
    if (!hasValue)
        return false;
    const QString itemShape = PT::shape(item);
    const QString itemText = PT::canonical(item);
    for (int i = 0; i < targets.size(); ++i) {
        const QJsonValue val = PT::body(targets.at(i)).value(u"val"_s);
        if (PT::shape(val) != itemShape || PT::canonical(val) == itemText)
            continue;
        const ExpressionSpan span = ExpressionSpan::of(item, m_sql, m_tokens);
        if (!span.isValid())
            return false;
        m_notes << ConstantFolder::tr("%1 refers to output column %2, as the application's "
                                      "text did with equal values")
                       .arg(shortText(source(span.start, span.end)))
                       .arg(i + 1);
        replace(span.start, span.end, QString::number(i + 1));
        return true;
    }
    return false;
}

void ConstantFoldWalker::insert(const QJsonObject &ins)
{
    visit(ins.value(u"withClause"_s), {});
    const QJsonObject rv = ins.value(u"relation"_s).toObject();
    const TableRef target{rv.value(u"schemaname"_s).toString(), rv.value(u"relname"_s).toString()};
    QStringList types;
    for (const QJsonValue &c : ins.value(u"cols"_s).toArray())
        types << columnType(target, PT::body(c).value(u"name"_s).toString());
    const QJsonObject sel = PT::body(ins.value(u"selectStmt"_s));
    if (sel.contains(u"valuesLists"_s) && !types.isEmpty()) {
        for (const QJsonValue &row : sel.value(u"valuesLists"_s).toArray()) {
            const QJsonArray items = PT::body(row).value(u"items"_s).toArray();
            for (int i = 0; i < items.size(); ++i)
                visit(items.at(i), typed(types.value(i)));
        }
    } else {
        visit(ins.value(u"selectStmt"_s), {});
    }
    const QJsonObject conflict = ins.value(u"onConflictClause"_s).toObject();
    for (const QJsonValue &set : conflict.value(u"targetList"_s).toArray()) {
        const QJsonObject b = PT::body(set);
        visit(b.value(u"val"_s), typed(columnType(target, b.value(u"name"_s).toString())));
    }
    visit(conflict.value(u"whereClause"_s), typed(u"boolean"_s));
    visit(ins.value(u"returningList"_s), {});
}

void ConstantFoldWalker::update(const QJsonObject &upd)
{
    visit(upd.value(u"withClause"_s), {});
    const QJsonObject rv = upd.value(u"relation"_s).toObject();
    const TableRef target{rv.value(u"schemaname"_s).toString(), rv.value(u"relname"_s).toString()};
    for (const QJsonValue &set : upd.value(u"targetList"_s).toArray()) {
        const QJsonObject b = PT::body(set);
        visit(b.value(u"val"_s), typed(columnType(target, b.value(u"name"_s).toString())));
    }
    visit(upd.value(u"fromClause"_s), {});
    visit(upd.value(u"whereClause"_s), typed(u"boolean"_s));
    visit(upd.value(u"returningList"_s), {});
}

void ConstantFoldWalker::comparison(const QJsonObject &e)
{
    const QString kind = e.value(u"kind"_s).toString();
    const QString op = ExpressionText::operatorName(e.value(u"name"_s));
    const QJsonValue left = e.value(u"lexpr"_s);
    const QJsonValue right = e.value(u"rexpr"_s);
    if (kind == u"AEXPR_IN"_s || kind.contains(u"BETWEEN"_s)) {
        Context item = comparedWith(left, u"="_s);
        item.column.clear(); // a list or two bounds: no single observed value
        visit(left, {});
        visit(PT::body(right).value(u"items"_s), item);
        return;
    }
    if (kind == u"AEXPR_OP_ANY"_s || kind == u"AEXPR_OP_ALL"_s) {
        Context array = comparedWith(left, op);
        if (!array.type.isEmpty() && isComparison(op))
            array.type += u"[]"_s;
        array.column.clear();
        visit(left, {});
        visit(right, array);
        return;
    }
    if (kind == u"AEXPR_LIKE"_s || kind == u"AEXPR_ILIKE"_s || kind == u"AEXPR_SIMILAR"_s) {
        Context pattern = typed(u"text"_s);
        TableRef table;
        QString column, type;
        if (kind != u"AEXPR_SIMILAR"_s && columnOf(left, &table, &column, &type)) {
            pattern.table = table;
            pattern.column = column;
            pattern.op = op;
        }
        visit(left, {});
        visit(right, pattern);
        return;
    }
    const bool symmetric = kind == u"AEXPR_OP"_s || kind == u"AEXPR_DISTINCT"_s ||
                           kind == u"AEXPR_NOT_DISTINCT"_s || kind == u"AEXPR_NULLIF"_s;
    const QString cmp = kind == u"AEXPR_OP"_s ? op : u"="_s;
    visit(left, symmetric ? comparedWith(right, ExpressionText::mirroredOperator(cmp)) : Context());
    visit(right, symmetric ? comparedWith(left, cmp) : Context());
}

void ConstantFoldWalker::function(const QJsonObject &call, const Context &ctx)
{
    Q_UNUSED(ctx);
    const QStringList name = PT::strings(call.value(u"funcname"_s));
    const QString last = name.isEmpty() ? QString() : name.last().toLower();
    const QJsonArray args = call.value(u"args"_s).toArray();
    if (last == u"extract"_s && call.value(u"funcformat"_s).toString() == u"COERCE_SQL_SYNTAX"_s &&
        args.size() == 2 && PT::type(args.at(0)) == u"ParamRef"_s) {
        // EXTRACT($1 FROM t): the server's grammar wants a field name there; the function
        // form takes the field as text.
        const int at = m_tokens.indexAt(call.value(u"location"_s).toInt());
        const int param = m_tokens.indexAt(PT::body(args.at(0)).value(u"location"_s).toInt());
        if (at >= 0 && param > at && m_tokens.isWord(at, "extract") &&
            m_tokens.isWord(param + 1, "from")) {
            replace(m_tokens.at(at).start, m_tokens.at(at).end, u"pg_catalog.extract"_s);
            const SqlToken &p = m_tokens.at(param);
            replace(p.start, m_tokens.at(param + 1).end, source(p.start, p.end) + u"::text,"_s);
            m_notes << ConstantFolder::tr("EXTRACT(%1 FROM …) written as a function call")
                           .arg(source(p.start, p.end));
        }
        visit(args.at(1), {});
        return;
    }
    // Constants summed or averaged are numbers (a CASE of parameters alone would be text).
    const bool numeric = last == u"sum"_s || last == u"avg"_s;
    visit(args, numeric ? typed(u"numeric"_s) : Context());
    visit(call.value(u"agg_filter"_s), typed(u"boolean"_s));
    visit(call.value(u"agg_order"_s), {});
    visit(call.value(u"over"_s), {});
}

void ConstantFoldWalker::caseExpression(const QJsonObject &c, const Context &ctx)
{
    const bool simple = c.contains(u"arg"_s);
    visit(c.value(u"arg"_s), {});
    Context result = ctx;
    result.castParameters = !ctx.type.isEmpty();
    for (const QJsonValue &when : c.value(u"args"_s).toArray()) {
        const QJsonObject w = PT::body(when);
        visit(w.value(u"expr"_s), simple ? Context() : typed(u"boolean"_s));
        visit(w.value(u"result"_s), result);
    }
    visit(c.value(u"defresult"_s), result);
}

void ConstantFoldWalker::typeCast(const QJsonObject &cast)
{
    const QJsonValue arg = cast.value(u"arg"_s);
    const QJsonObject typeName = cast.value(u"typeName"_s).toObject();
    const int typeAt = typeName.value(u"location"_s).toInt(-1);
    if (PT::type(arg) == u"ParamRef"_s) {
        // `jsonb $1`, a typed literal pg_stat_statements normalized: the server's grammar
        // takes no parameter there, a cast it does.
        const int paramAt = PT::body(arg).value(u"location"_s).toInt(-1);
        const int typeToken = m_tokens.indexAt(typeAt);
        const int param = m_tokens.indexAt(paramAt);
        if (typeAt >= 0 && paramAt > typeAt && typeToken >= 0 && param > typeToken) {
            const QString typeText =
                source(m_tokens.at(typeToken).start, m_tokens.at(param - 1).end);
            const QString p = source(m_tokens.at(param).start, m_tokens.at(param).end);
            m_notes << ConstantFolder::tr("%1 %2 written as a cast").arg(typeText, p);
            replace(m_tokens.at(typeToken).start, m_tokens.at(param).end, p + u"::"_s + typeText);
        }
        return;
    }
    visit(arg, {});
}

void ConstantFoldWalker::parameter(const QJsonValue &node, const Context &ctx)
{
    const int at = m_tokens.indexAt(PT::body(node).value(u"location"_s).toInt(-1));
    if (at < 0 || m_tokens.at(at).kind != SqlToken::Kind::Parameter)
        return;
    const SqlToken &t = m_tokens.at(at);
    if (m_samples && !ctx.column.isEmpty()) {
        const QString value = m_samples(ctx.table, ctx.column, ctx.op);
        if (!value.isEmpty()) {
            m_notes << ConstantFolder::tr("%1 = %2 (a value pg_qualstats saw for %3)")
                           .arg(source(t.start, t.end), value, ctx.column);
            replace(t.start, t.end, value);
            return;
        }
    }
    if (ctx.castParameters && !ctx.type.isEmpty() && !m_tokens.isPunctuation(at + 1, ':') &&
        !(at + 1 < m_tokens.size() && m_tokens.text(at + 1) == "::")) {
        m_notes << ConstantFolder::tr("%1 typed %2 from where its value goes")
                       .arg(source(t.start, t.end), ctx.type);
        replace(t.start, t.end, source(t.start, t.end) + u"::"_s + ctx.type);
    }
}

void ConstantFoldWalker::fold(const QJsonValue &node, const Context &ctx)
{
    if (PT::type(node) == u"TypeCast"_s) {
        // The cast gives the type: fold what it casts.
        visit(PT::body(node).value(u"arg"_s), {});
        return;
    }
    const ExpressionSpan span = ExpressionSpan::of(node, m_sql, m_tokens);
    if (!span.isValid()) {
        children(PT::body(node));
        return;
    }
    const QString original = source(span.start, span.end);
    QString value;
    if (m_samples && !ctx.column.isEmpty())
        value = m_samples(ctx.table, ctx.column, ctx.op);
    if (!value.isEmpty()) {
        m_notes << ConstantFolder::tr("%1 = %2 (a value pg_qualstats saw for %3)")
                       .arg(shortText(original), value, ctx.column);
    } else {
        value = u"$"_s + QString::number(++m_nextParameter);
        if (!ctx.type.isEmpty())
            value += u"::"_s + ctx.type;
        m_notes
            << (ctx.type.isEmpty()
                    ? ConstantFolder::tr("%1 folded into one parameter").arg(shortText(original))
                    : ConstantFolder::tr("%1 folded into one parameter of type %2")
                          .arg(shortText(original), ctx.type));
    }
    const int next = m_tokens.indexAt(span.end);
    if (m_tokens.isPunctuation(next, '[') || m_tokens.isPunctuation(next, '.'))
        value = u'(' + value + u')';
    replace(span.start, span.end, value);
}

void ConstantFoldWalker::replace(int start, int end, const QString &text)
{
    for (const Edit &e : std::as_const(m_edits)) {
        if (start < e.end && e.start < end)
            return; // overlaps an edit already made: keep the first
    }
    m_edits << Edit{start, end, text.toUtf8()};
}

QString ConstantFoldWalker::source(int start, int end) const
{
    return QString::fromUtf8(m_sql.mid(start, end - start));
}

QString ConstantFoldWalker::apply() const
{
    QList<Edit> edits = m_edits;
    std::sort(edits.begin(), edits.end(),
              [](const Edit &a, const Edit &b) { return a.start > b.start; });
    QByteArray out = m_sql;
    for (const Edit &e : edits)
        out.replace(e.start, e.end - e.start, e.text);
    return QString::fromUtf8(out);
}

} // namespace sonde
