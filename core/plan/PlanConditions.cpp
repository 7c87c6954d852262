#include "PlanConditions.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

const QRegularExpression &castPattern()
{
    // ::type, with the multi-word type names PostgreSQL prints; arrays too.
    static const QRegularExpression re(
        uR"(::(?:"[^"]+"|timestamp with(?:out)? time zone|time with(?:out)? time zone|)"
        uR"(character varying|double precision|bit varying|[A-Za-z_][A-Za-z0-9_.]*)(?:\[\])?)"_s);
    return re;
}

const QRegularExpression &parenthesizedName()
{
    static const QRegularExpression re(
        uR"((?<![A-Za-z0-9_$])\(((?:"[^"]+"|[A-Za-z_][A-Za-z0-9_$]*)(?:\.(?:"[^"]+"|[A-Za-z_][A-Za-z0-9_$]*))?)\))"_s);
    return re;
}

const QRegularExpression &comparison()
{
    // [function(]name[)] operator — the left side of a comparison.
    static const QRegularExpression re(
        uR"((?:^|[\s(,])(?:([A-Za-z_][A-Za-z0-9_]*)\()?)"
        uR"(((?:"[^"]+"|[A-Za-z_][A-Za-z0-9_$]*)(?:\.(?:"[^"]+"|[A-Za-z_][A-Za-z0-9_$]*))?))"
        uR"(\)?\s*(=|<>|!=|<=|>=|<|>|!?~~\*?|IS\b|@>|<@|&&))"_s);
    return re;
}

bool isKeyword(const QString &word)
{
    static const QStringList words{u"AND"_s,   u"OR"_s,   u"NOT"_s, u"NULL"_s,    u"true"_s,
                                   u"false"_s, u"ANY"_s,  u"ALL"_s, u"CASE"_s,    u"WHEN"_s,
                                   u"THEN"_s,  u"ELSE"_s, u"END"_s, u"SubPlan"_s, u"hashed"_s};
    return words.contains(word);
}

QString withoutAlias(const QString &name)
{
    // Split on the last dot outside quotes.
    bool quoted = false;
    for (qsizetype i = name.size() - 1; i >= 0; --i) {
        if (name.at(i) == u'"')
            quoted = !quoted;
        else if (name.at(i) == u'.' && !quoted)
            return name.mid(i + 1);
    }
    return name;
}

} // namespace

QStringList conditionColumns(const QString &condition)
{
    static const QRegularExpression literal(uR"('(?:[^']|'')*')"_s);
    QString text = condition;
    text.replace(literal, u"''"_s);
    text.remove(castPattern());
    // Unwrap "(name)" until nothing changes (casts leave such pairs behind).
    for (int guard = 0; guard < 8; ++guard) {
        const QString before = text;
        text.replace(parenthesizedName(), u"\\1"_s);
        if (text == before)
            break;
    }
    QStringList equality;
    QStringList other;
    auto it = comparison().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString function = m.captured(1);
        const QString column = withoutAlias(m.captured(2));
        const QString op = m.captured(3);
        if (column.isEmpty() || isKeyword(column) || column.startsWith(u'$') ||
            column.at(0).isDigit())
            continue;
        const QString name =
            function.isEmpty() || isKeyword(function) ? column : function + u'(' + column + u')';
        QStringList &bucket = (op == u"="_s || op == u"IS"_s) ? equality : other;
        if (!equality.contains(name) && !other.contains(name))
            bucket << name;
    }
    return equality + other;
}

QString indexColumnsText(const QStringList &columns)
{
    if (columns.size() == 1)
        return columns.first();
    return u"("_s + columns.join(u", "_s) + u')';
}

} // namespace sonde
