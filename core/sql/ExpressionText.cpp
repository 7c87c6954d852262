#include "ExpressionText.h"

#include "ParseTree.h"
#include "SqlText.h"

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

QString quotedLiteral(const QString &s)
{
    QString out = s;
    out.replace(u'\'', u"''"_s);
    return u'\'' + out + u'\'';
}

QString typeName(const QJsonObject &typeNode)
{
    QStringList names = ParseTree::strings(typeNode.value(u"names"_s));
    QStringList parts;
    for (const QString &n : names)
        parts << quoteIdentifier(n);
    // pg_catalog.int4 → int4; keywords stay qualified (pg_catalog."interval").
    if (parts.size() == 2 && parts.first() == u"pg_catalog"_s && parts.last() == names.last())
        parts.removeFirst();
    QString out = parts.join(u'.');
    const QJsonArray mods = typeNode.value(u"typmods"_s).toArray();
    if (!mods.isEmpty()) {
        QStringList m;
        for (const QJsonValue &v : mods)
            m << ExpressionText::constant(v);
        out += u'(' + m.join(u", "_s) + u')';
    }
    for (int i = 0; i < typeNode.value(u"arrayBounds"_s).toArray().size(); ++i)
        out += u"[]"_s;
    return out;
}

class Deparser
{
public:
    explicit Deparser(const ExpressionText::ColumnNamer &namer)
        : m_namer(namer)
    {}

    bool run(const QJsonValue &node, QString *out)
    {
        const QString t = ParseTree::type(node);
        const QJsonObject b = ParseTree::body(node);
        if (t == u"ColumnRef"_s) {
            *out = m_namer(ParseTree::strings(b.value(u"fields"_s)));
            return !out->isEmpty() && !out->contains(u'*');
        }
        if (t == u"A_Const"_s) {
            *out = ExpressionText::constant(node);
            return !out->isEmpty();
        }
        if (t == u"ParamRef"_s) {
            *out = u"$"_s + QString::number(b.value(u"number"_s).toInt());
            return true;
        }
        if (t == u"TypeCast"_s) {
            QString arg;
            if (!run(b.value(u"arg"_s), &arg))
                return false;
            // 'pending'::text needs no parentheses; (a + b)::text does.
            const bool simple = ParseTree::type(b.value(u"arg"_s)) == u"A_Const"_s ||
                                ParseTree::type(b.value(u"arg"_s)) == u"ColumnRef"_s;
            *out = (simple ? arg : u"("_s + arg + u')') + u"::"_s +
                   typeName(b.value(u"typeName"_s).toObject());
            return true;
        }
        if (t == u"FuncCall"_s)
            return function(b, out);
        if (t == u"A_Expr"_s)
            return expression(b, out);
        if (t == u"BoolExpr"_s)
            return boolean(b, out);
        if (t == u"NullTest"_s) {
            QString arg;
            if (!run(b.value(u"arg"_s), &arg))
                return false;
            const bool isNull = b.value(u"nulltesttype"_s).toString() == u"IS_NULL"_s;
            *out = u"("_s + arg + (isNull ? u" IS NULL)"_s : u" IS NOT NULL)"_s);
            return true;
        }
        if (t == u"BooleanTest"_s) {
            QString arg;
            if (!run(b.value(u"arg"_s), &arg))
                return false;
            QString test = b.value(u"booltesttype"_s).toString(); // IS_TRUE, IS_NOT_FALSE …
            test.replace(u'_', u' ');
            *out = u"("_s + arg + u' ' + test + u')';
            return true;
        }
        if (t == u"CoalesceExpr"_s) {
            QStringList args;
            if (!list(b.value(u"args"_s), &args))
                return false;
            *out = u"COALESCE("_s + args.join(u", "_s) + u')';
            return true;
        }
        if (t == u"List"_s) {
            QStringList items;
            if (!list(b.value(u"items"_s), &items))
                return false;
            *out = u"("_s + items.join(u", "_s) + u')';
            return true;
        }
        return false;
    }

private:
    bool list(const QJsonValue &array, QStringList *out)
    {
        for (const QJsonValue &v : array.toArray()) {
            QString s;
            if (!run(v, &s))
                return false;
            *out << s;
        }
        return true;
    }

    bool function(const QJsonObject &b, QString *out)
    {
        if (b.value(u"agg_star"_s).toBool() || b.contains(u"over"_s) ||
            b.contains(u"agg_order"_s) || b.contains(u"agg_filter"_s) ||
            b.value(u"agg_distinct"_s).toBool() || b.value(u"func_variadic"_s).toBool())
            return false;
        QStringList name = ParseTree::strings(b.value(u"funcname"_s));
        if (name.size() == 2 && name.first() == u"pg_catalog"_s)
            name.removeFirst();
        QStringList quoted;
        for (const QString &n : name)
            quoted << quoteIdentifier(n);
        QStringList args;
        if (!list(b.value(u"args"_s), &args))
            return false;
        *out = quoted.join(u'.') + u'(' + args.join(u", "_s) + u')';
        return true;
    }

    bool expression(const QJsonObject &b, QString *out)
    {
        const QString kind = b.value(u"kind"_s).toString();
        const QString op = ExpressionText::operatorName(b.value(u"name"_s));
        QString l;
        QString r;
        const bool hasLeft = b.contains(u"lexpr"_s);
        if (hasLeft && !run(b.value(u"lexpr"_s), &l))
            return false;
        if (kind == u"AEXPR_BETWEEN"_s || kind == u"AEXPR_NOT_BETWEEN"_s) {
            QStringList bounds;
            if (!list(ParseTree::body(b.value(u"rexpr"_s)).value(u"items"_s), &bounds) ||
                bounds.size() != 2)
                return false;
            *out = u"("_s + l + (kind == u"AEXPR_BETWEEN"_s ? u" BETWEEN "_s : u" NOT BETWEEN "_s) +
                   bounds.at(0) + u" AND "_s + bounds.at(1) + u')';
            return true;
        }
        if (!run(b.value(u"rexpr"_s), &r))
            return false;
        if (kind == u"AEXPR_IN"_s) {
            *out = u"("_s + l + (op == u"="_s ? u" IN "_s : u" NOT IN "_s) + r + u')';
            return true;
        }
        if (kind == u"AEXPR_OP_ANY"_s || kind == u"AEXPR_OP_ALL"_s) {
            *out = u"("_s + l + u' ' + op +
                   (kind == u"AEXPR_OP_ANY"_s ? u" ANY ("_s : u" ALL ("_s) + r + u"))"_s;
            return true;
        }
        if (kind == u"AEXPR_DISTINCT"_s || kind == u"AEXPR_NOT_DISTINCT"_s) {
            *out = u"("_s + l +
                   (kind == u"AEXPR_DISTINCT"_s ? u" IS DISTINCT FROM "_s
                                                : u" IS NOT DISTINCT FROM "_s) +
                   r + u')';
            return true;
        }
        if (kind != u"AEXPR_OP"_s && kind != u"AEXPR_LIKE"_s && kind != u"AEXPR_ILIKE"_s)
            return false;
        if (op.isEmpty())
            return false;
        if (hasLeft)
            *out = u"("_s + l + u' ' + op + u' ' + r + u')';
        else
            *out = u"("_s + op + r + u')';
        return true;
    }

    bool boolean(const QJsonObject &b, QString *out)
    {
        QStringList args;
        if (!list(b.value(u"args"_s), &args) || args.isEmpty())
            return false;
        const QString op = b.value(u"boolop"_s).toString();
        if (op == u"NOT_EXPR"_s) {
            *out = u"(NOT "_s + args.first() + u')';
            return true;
        }
        *out = u"("_s + args.join(op == u"AND_EXPR"_s ? u" AND "_s : u" OR "_s) + u')';
        return true;
    }

    const ExpressionText::ColumnNamer &m_namer;
};

} // namespace

QString ExpressionText::lastPart(const QStringList &fields)
{
    return fields.isEmpty() ? QString() : quoteIdentifier(fields.last());
}

bool ExpressionText::deparse(const QJsonValue &node, const ColumnNamer &namer, QString *out)
{
    Deparser d(namer);
    QString text;
    if (!d.run(node, &text))
        return false;
    *out = text;
    return true;
}

QString ExpressionText::deparseOrEmpty(const QJsonValue &node, const ColumnNamer &namer)
{
    QString out;
    return deparse(node, namer, &out) ? out : QString();
}

QString ExpressionText::constant(const QJsonValue &node)
{
    const QJsonObject b = ParseTree::body(node);
    if (b.value(u"isnull"_s).toBool())
        return u"NULL"_s;
    // Protobuf JSON leaves out default values: {"ival": {}} is 0, {"sval": {}} is ''.
    if (b.contains(u"ival"_s))
        return QString::number(b.value(u"ival"_s).toObject().value(u"ival"_s).toInteger());
    if (b.contains(u"fval"_s))
        return b.value(u"fval"_s).toObject().value(u"fval"_s).toString();
    if (b.contains(u"sval"_s))
        return quotedLiteral(b.value(u"sval"_s).toObject().value(u"sval"_s).toString());
    if (b.contains(u"boolval"_s))
        return b.value(u"boolval"_s).toObject().value(u"boolval"_s).toBool() ? u"true"_s
                                                                             : u"false"_s;
    if (b.contains(u"bsval"_s)) {
        const QString bits = b.value(u"bsval"_s).toObject().value(u"bsval"_s).toString();
        return bits.left(1).toUpper() + quotedLiteral(bits.mid(1));
    }
    return {};
}

QString ExpressionText::mirroredOperator(const QString &op)
{
    if (op == u"<"_s)
        return u">"_s;
    if (op == u">"_s)
        return u"<"_s;
    if (op == u"<="_s)
        return u">="_s;
    if (op == u">="_s)
        return u"<="_s;
    return op;
}

QString ExpressionText::operatorName(const QJsonValue &nameList)
{
    const QStringList parts = ParseTree::strings(nameList);
    return parts.isEmpty() ? QString() : parts.last();
}

} // namespace sonde
