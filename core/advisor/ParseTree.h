#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace sonde {

// SQL parsed by libpg_query (PostgreSQL 15's own parser) into its JSON tree. Every node is
// an object with one key, the node type: {"SelectStmt": {…}}.
struct ParseTree
{
    bool ok = false;
    QString error;
    int errorPosition = 0; // 1-based character position, 0 when unknown
    QJsonArray statements; // [{"stmt": {…}, "stmt_location": …}, …]

    static ParseTree parse(const QString &sql);
    // The statements of a script, each as its own text (empty ones, and the comments before
    // each, dropped).
    // On a parse error, *error says where and the list is empty.
    static QStringList split(const QString &sql, QString *error = nullptr);

    // The first statement's node ({"SelectStmt": …}), or null.
    QJsonValue firstStatement() const;

    // Helpers over nodes.
    static QString type(const QJsonValue &node);
    static QJsonObject body(const QJsonValue &node);
    // [{"String": {"sval": "a"}}, …] → ["a", …]
    static QStringList strings(const QJsonValue &list);
    // The node without "location" keys, as compact JSON: equal for equal expressions.
    static QString canonical(const QJsonValue &node);
    // canonical() with every constant and $n alike: equal for `date_trunc($1, t)` and
    // `date_trunc('day', t)`.
    static QString shape(const QJsonValue &node);
    // Calls f(node) for every node below `node` (and node itself) in document order.
    template<typename F>
    static void walk(const QJsonValue &node, F f);
};

template<typename F>
void ParseTree::walk(const QJsonValue &node, F f)
{
    if (node.isArray()) {
        for (const QJsonValue &v : node.toArray())
            walk(v, f);
        return;
    }
    if (!node.isObject())
        return;
    const QJsonObject o = node.toObject();
    if (o.size() == 1 && o.begin().value().isObject())
        f(node);
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isObject() || it.value().isArray())
            walk(it.value(), f);
    }
}

} // namespace sonde
