#include "ParseTree.h"

#include "SqlTokens.h"

#include <QJsonDocument>

#include <pg_query.h>

using namespace Qt::StringLiterals;

namespace sonde {

ParseTree ParseTree::parse(const QString &sql)
{
    ParseTree tree;
    const QByteArray utf8 = sql.toUtf8();
    PgQueryParseResult result = pg_query_parse(utf8.constData());
    if (result.error) {
        tree.error = QString::fromUtf8(result.error->message);
        // cursorpos counts bytes; turn it into characters.
        const int bytes = result.error->cursorpos;
        if (bytes > 0)
            tree.errorPosition = int(QString::fromUtf8(utf8.left(bytes - 1)).size()) + 1;
    } else {
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(result.parse_tree));
        tree.statements = doc.object().value(u"stmts"_s).toArray();
        tree.ok = true;
    }
    pg_query_free_parse_result(result);
    return tree;
}

QStringList ParseTree::split(const QString &sql, QString *error)
{
    const ParseTree tree = parse(sql);
    if (!tree.ok) {
        if (error)
            *error =
                tree.errorPosition > 0
                    ? QStringLiteral("%1 (at character %2)").arg(tree.error).arg(tree.errorPosition)
                    : tree.error;
        return {};
    }
    // Locations are byte offsets into the UTF-8 text; a missing length means "to the end".
    const QByteArray utf8 = sql.toUtf8();
    QStringList out;
    for (const QJsonValue &v : tree.statements) {
        const QJsonObject o = v.toObject();
        const int start = o.value(u"stmt_location"_s).toInt(0);
        const int length = o.value(u"stmt_len"_s).toInt(int(utf8.size()) - start);
        // The comments before a statement (a heading in a script) are not part of it.
        const QByteArray bytes = utf8.mid(start, length);
        const SqlTokens tokens(bytes);
        const QString text = tokens.size() > 0
                                 ? QString::fromUtf8(bytes.mid(tokens.at(0).start)).trimmed()
                                 : QString();
        if (!text.isEmpty())
            out << text;
    }
    return out;
}

QJsonValue ParseTree::firstStatement() const
{
    if (statements.isEmpty())
        return {};
    return statements.at(0).toObject().value(u"stmt"_s);
}

QString ParseTree::type(const QJsonValue &node)
{
    const QJsonObject o = node.toObject();
    return o.size() == 1 ? o.begin().key() : QString();
}

QJsonObject ParseTree::body(const QJsonValue &node)
{
    const QJsonObject o = node.toObject();
    return o.size() == 1 ? o.begin().value().toObject() : QJsonObject();
}

QStringList ParseTree::strings(const QJsonValue &list)
{
    QStringList out;
    for (const QJsonValue &v : list.toArray()) {
        if (type(v) == u"String"_s)
            out << body(v).value(u"sval"_s).toString();
        else if (type(v) == u"A_Star"_s)
            out << u"*"_s;
    }
    return out;
}

namespace {

// The node without "location" keys; with `valuesAlike`, every A_Const and ParamRef the same.
QJsonValue withoutLocations(const QJsonValue &v, bool valuesAlike)
{
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &e : v.toArray())
            out.append(withoutLocations(e, valuesAlike));
        return out;
    }
    if (!v.isObject())
        return v;
    const QString t = ParseTree::type(v);
    if (valuesAlike && (t == u"ParamRef"_s || t == u"A_Const"_s))
        return QJsonObject{{u"Value"_s, QJsonObject()}};
    QJsonObject out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != u"location"_s)
            out.insert(it.key(), withoutLocations(it.value(), valuesAlike));
    }
    return out;
}

QString compact(const QJsonValue &v)
{
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

QString ParseTree::canonical(const QJsonValue &node)
{
    return compact(withoutLocations(node, false));
}

QString ParseTree::shape(const QJsonValue &node)
{
    return compact(withoutLocations(node, true));
}

} // namespace sonde
