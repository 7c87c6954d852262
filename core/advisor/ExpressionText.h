#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>

namespace sonde {

// Turns a parse-tree expression back into SQL text, for index keys and partial-index
// predicates (lower(email), status = 'pending', (data ->> 'kind'), created_at IS NULL …).
// Covers the expressions an index can be built on; anything else fails rather than
// producing something subtly different.
class ExpressionText
{
public:
    // Maps a ColumnRef's name parts (["u", "email"]) to the text to write ("email"), or
    // returns an empty string to make the whole expression fail.
    using ColumnNamer = std::function<QString(const QStringList &fields)>;

    // Default namer: the last part, quoted when needed.
    static QString lastPart(const QStringList &fields);

    // True on success; *out gets the text.
    static bool deparse(const QJsonValue &node, const ColumnNamer &namer, QString *out);
    static QString deparseOrEmpty(const QJsonValue &node, const ColumnNamer &namer = lastPart);

    // SQL text of an A_Const node ('it''s', 42, true, NULL).
    static QString constant(const QJsonValue &node);

    // The operator text of an A_Expr name list (["="] → "=", ["pg_catalog", "="] → "=").
    static QString operatorName(const QJsonValue &nameList);
    // The operator with its operands swapped: "<" → ">", "<=" → ">=", "=" → "=".
    static QString mirroredOperator(const QString &op);
};

} // namespace sonde
