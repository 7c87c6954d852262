#include "SqlText.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// Calls `code(i)` for each character index that is outside strings and comments.
template<typename F>
void forEachCodeChar(const QString &sql, F code)
{
    const qsizetype n = sql.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < n ? sql.at(i + 1) : QChar();
        if (c == u'-' && next == u'-') {
            while (i < n && sql.at(i) != u'\n')
                ++i;
        } else if (c == u'/' && next == u'*') {
            int depth = 1;
            i += 2;
            while (i < n && depth > 0) {
                if (sql.at(i) == u'/' && i + 1 < n && sql.at(i + 1) == u'*') {
                    ++depth;
                    i += 2;
                } else if (sql.at(i) == u'*' && i + 1 < n && sql.at(i + 1) == u'/') {
                    --depth;
                    i += 2;
                } else {
                    ++i;
                }
            }
        } else if (c == u'\'' || c == u'"') {
            ++i;
            while (i < n) {
                if (sql.at(i) == c) {
                    if (i + 1 < n && sql.at(i + 1) == c) {
                        i += 2;
                        continue;
                    }
                    break;
                }
                ++i;
            }
            ++i;
        } else if (c == u'$' && !next.isDigit()) {
            // $tag$ … $tag$ (tag may be empty)
            qsizetype j = i + 1;
            while (j < n && (sql.at(j).isLetterOrNumber() || sql.at(j) == u'_'))
                ++j;
            if (j < n && sql.at(j) == u'$') {
                const QString tag = sql.mid(i, j - i + 1);
                const qsizetype end = sql.indexOf(tag, j + 1);
                i = end < 0 ? n : end + tag.size();
            } else {
                code(i);
                ++i;
            }
        } else {
            code(i);
            ++i;
        }
    }
}

} // namespace

int highestParameter(const QString &sql)
{
    int highest = 0;
    forEachCodeChar(sql, [&](qsizetype i) {
        if (sql.at(i) != u'$' ||
            (i > 0 && (sql.at(i - 1).isLetterOrNumber() || sql.at(i - 1) == u'_')))
            return;
        qsizetype j = i + 1;
        int value = 0;
        while (j < sql.size() && sql.at(j).isDigit()) {
            value = value * 10 + sql.at(j).digitValue();
            ++j;
        }
        highest = qMax(highest, value);
    });
    return highest;
}

QString rewriteTypedParameters(const QString &sql)
{
    static const QRegularExpression typed(
        u"\\b(interval|date|timestamp\\s+with\\s+time\\s+zone|timestamp\\s+without\\s+time\\s+zone|"
        u"timestamptz|timestamp|time\\s+with\\s+time\\s+zone|time\\s+without\\s+time\\s+zone|"
        u"timetz|time)\\s+(\\$\\d+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString out = sql;
    out.replace(typed, u"\\2::\\1"_s);
    return out;
}

QString quoteIdentifier(const QString &name)
{
    static const QRegularExpression plain(u"^[a-z_][a-z0-9_$]*$"_s);
    // Every keyword PostgreSQL 15 does not accept as a bare identifier (pg_get_keywords()
    // with catcode <> 'U'): quote_ident() quotes these.
    // clang-format off
    static const QStringList reserved{
        u"all"_s, u"analyse"_s, u"analyze"_s, u"and"_s, u"any"_s, u"array"_s, u"as"_s,
        u"asc"_s, u"asymmetric"_s, u"authorization"_s, u"between"_s, u"bigint"_s,
        u"binary"_s, u"bit"_s, u"boolean"_s, u"both"_s, u"case"_s, u"cast"_s, u"char"_s,
        u"character"_s, u"check"_s, u"coalesce"_s, u"collate"_s, u"collation"_s,
        u"column"_s, u"concurrently"_s, u"constraint"_s, u"create"_s, u"cross"_s,
        u"current_catalog"_s, u"current_date"_s, u"current_role"_s, u"current_schema"_s,
        u"current_time"_s, u"current_timestamp"_s, u"current_user"_s, u"dec"_s,
        u"decimal"_s, u"default"_s, u"deferrable"_s, u"desc"_s, u"distinct"_s, u"do"_s,
        u"else"_s, u"end"_s, u"except"_s, u"exists"_s, u"extract"_s, u"false"_s, u"fetch"_s,
        u"float"_s, u"for"_s, u"foreign"_s, u"freeze"_s, u"from"_s, u"full"_s, u"grant"_s,
        u"greatest"_s, u"group"_s, u"grouping"_s, u"having"_s, u"ilike"_s, u"in"_s,
        u"initially"_s, u"inner"_s, u"inout"_s, u"int"_s, u"integer"_s, u"intersect"_s,
        u"interval"_s, u"into"_s, u"is"_s, u"isnull"_s, u"join"_s, u"lateral"_s,
        u"leading"_s, u"least"_s, u"left"_s, u"like"_s, u"limit"_s, u"localtime"_s,
        u"localtimestamp"_s, u"national"_s, u"natural"_s, u"nchar"_s, u"none"_s,
        u"normalize"_s, u"not"_s, u"notnull"_s, u"null"_s, u"nullif"_s, u"numeric"_s,
        u"offset"_s, u"on"_s, u"only"_s, u"or"_s, u"order"_s, u"out"_s, u"outer"_s,
        u"overlaps"_s, u"overlay"_s, u"placing"_s, u"position"_s, u"precision"_s,
        u"primary"_s, u"real"_s, u"references"_s, u"returning"_s, u"right"_s, u"row"_s,
        u"select"_s, u"session_user"_s, u"setof"_s, u"similar"_s, u"smallint"_s, u"some"_s,
        u"substring"_s, u"symmetric"_s, u"table"_s, u"tablesample"_s, u"then"_s, u"time"_s,
        u"timestamp"_s, u"to"_s, u"trailing"_s, u"treat"_s, u"trim"_s, u"true"_s,
        u"union"_s, u"unique"_s, u"user"_s, u"using"_s, u"values"_s, u"varchar"_s,
        u"variadic"_s, u"verbose"_s, u"when"_s, u"where"_s, u"window"_s, u"with"_s,
        u"xmlattributes"_s, u"xmlconcat"_s, u"xmlelement"_s, u"xmlexists"_s, u"xmlforest"_s,
        u"xmlnamespaces"_s, u"xmlparse"_s, u"xmlpi"_s, u"xmlroot"_s, u"xmlserialize"_s,
        u"xmltable"_s};
    // clang-format on
    if (plain.match(name).hasMatch() && !reserved.contains(name))
        return name;
    QString q = name;
    q.replace(u"\""_s, u"\"\""_s);
    return u'"' + q + u'"';
}

QString quoteLiteral(const QString &text)
{
    QString q = text;
    q.replace(u"'"_s, u"''"_s);
    if (!q.contains(u'\\'))
        return u'\'' + q + u'\'';
    q.replace(u"\\"_s, u"\\\\"_s);
    return u"E'"_s + q + u'\'';
}

bool mayWrite(const QString &sql)
{
    static const QStringList writers{
        u"insert"_s,  u"update"_s,   u"delete"_s,   u"merge"_s,      u"create"_s, u"alter"_s,
        u"drop"_s,    u"truncate"_s, u"grant"_s,    u"revoke"_s,     u"copy"_s,   u"vacuum"_s,
        u"analyze"_s, u"cluster"_s,  u"reindex"_s,  u"refresh"_s,    u"call"_s,   u"do"_s,
        u"lock"_s,    u"comment"_s,  u"security"_s, u"select into"_s};
    QString code;
    forEachCodeChar(sql, [&](qsizetype i) { code += sql.at(i).toLower(); });
    const QString simplified = code.simplified();
    const QString first = simplified.section(u' ', 0, 0);
    if (writers.contains(first))
        return true;
    // WITH … AS (INSERT/UPDATE/DELETE …), and SELECT … INTO / FOR UPDATE take locks or write.
    static const QRegularExpression dml(u"\\b(insert|update|delete|merge)\\b"_s);
    if (first == u"with"_s && dml.match(simplified).hasMatch())
        return true;
    static const QRegularExpression selectInto(u"^select\\b.*\\binto\\b"_s);
    return first == u"select"_s && selectInto.match(simplified).hasMatch() &&
           !simplified.contains(u"insert into"_s);
}

} // namespace sonde
