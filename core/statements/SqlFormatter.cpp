#include "SqlFormatter.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

struct Token
{
    enum Kind
    {
        Word,
        Literal, // strings, quoted identifiers, comments, dollar quotes: kept as they are
        Open,
        Close,
        Comma,
        Other,
    };
    Kind kind;
    QString text;
};

QList<Token> tokenize(const QString &sql)
{
    QList<Token> out;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    auto until = [&](qsizetype from, const QString &end) {
        const qsizetype e = sql.indexOf(end, from);
        return e < 0 ? n : e + end.size();
    };
    while (i < n) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < n ? sql.at(i + 1) : QChar();
        qsizetype j = i + 1;
        Token::Kind kind = Token::Other;
        if (c.isSpace()) {
            ++i;
            continue;
        } else if (c == u'-' && next == u'-') {
            j = until(i, u"\n"_s);
            kind = Token::Literal;
        } else if (c == u'/' && next == u'*') {
            j = until(i + 2, u"*/"_s);
            kind = Token::Literal;
        } else if (c == u'\'' || c == u'"') {
            j = i + 1;
            while (j < n) {
                if (sql.at(j) == c) {
                    if (j + 1 < n && sql.at(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    ++j;
                    break;
                }
                ++j;
            }
            kind = Token::Literal;
        } else if (c == u'$' && !next.isDigit()) {
            qsizetype k = i + 1;
            while (k < n && (sql.at(k).isLetterOrNumber() || sql.at(k) == u'_'))
                ++k;
            if (k < n && sql.at(k) == u'$') {
                const QString tag = sql.mid(i, k - i + 1);
                j = until(k + 1, tag);
                kind = Token::Literal;
            }
        } else if (c.isLetterOrNumber() || c == u'_' || c == u'$') {
            while (j < n && (sql.at(j).isLetterOrNumber() || sql.at(j) == u'_' ||
                             sql.at(j) == u'$' || sql.at(j) == u'.'))
                ++j;
            kind = Token::Word;
        } else if (c == u'(') {
            kind = Token::Open;
        } else if (c == u')') {
            kind = Token::Close;
        } else if (c == u',') {
            kind = Token::Comma;
        } else {
            while (j < n && !sql.at(j).isSpace() && !sql.at(j).isLetterOrNumber() &&
                   QStringView(u"()',\"_$").indexOf(sql.at(j)) < 0)
                ++j;
        }
        out.append({kind, sql.mid(i, j - i)});
        i = j;
    }
    return out;
}

bool isClause(const QString &upper, const QString &nextUpper)
{
    static const QStringList clauses{u"SELECT"_s, u"FROM"_s,   u"WHERE"_s,  u"HAVING"_s,
                                     u"LIMIT"_s,  u"OFFSET"_s, u"UNION"_s,  u"INTERSECT"_s,
                                     u"EXCEPT"_s, u"VALUES"_s, u"SET"_s,    u"RETURNING"_s,
                                     u"WINDOW"_s, u"JOIN"_s,   u"UPDATE"_s, u"INSERT"_s,
                                     u"DELETE"_s, u"WITH"_s,   u"ON"_s};
    static const QStringList joins{u"LEFT"_s,  u"RIGHT"_s, u"FULL"_s,
                                   u"INNER"_s, u"CROSS"_s, u"NATURAL"_s};
    if ((upper == u"GROUP"_s || upper == u"ORDER"_s) && nextUpper == u"BY"_s)
        return true;
    if (joins.contains(upper))
        return nextUpper == u"JOIN"_s || nextUpper == u"OUTER"_s || nextUpper == u"LATERAL"_s;
    return clauses.contains(upper);
}

} // namespace

QString SqlFormatter::format(const QString &sql)
{
    const QList<Token> tokens = tokenize(sql);
    QString out;
    int depth = 0;
    QList<bool> subquery; // per open parenthesis: does a clause start inside it?
    QString previousUpper;
    bool lineStart = true;
    auto newline = [&](int extra) {
        while (out.endsWith(u' '))
            out.chop(1);
        if (!out.isEmpty())
            out += u'\n';
        out += QString(2 * (depth + extra), u' ');
        lineStart = true;
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        const QString upper = t.kind == Token::Word ? t.text.toUpper() : QString();
        const QString nextUpper =
            i + 1 < tokens.size() ? tokens.at(i + 1).text.toUpper() : QString();
        const bool afterJoinWord = previousUpper == u"LEFT"_s || previousUpper == u"RIGHT"_s ||
                                   previousUpper == u"FULL"_s || previousUpper == u"INNER"_s ||
                                   previousUpper == u"CROSS"_s || previousUpper == u"OUTER"_s ||
                                   previousUpper == u"NATURAL"_s;
        const bool byOfGroup = upper == u"BY"_s;
        const bool unionAll = upper == u"ALL"_s && previousUpper == u"UNION"_s;
        if (t.kind == Token::Word && isClause(upper, nextUpper) && !afterJoinWord && !byOfGroup &&
            !unionAll && !(upper == u"SET"_s && previousUpper == u"DO"_s) &&
            !(upper == u"ON"_s && previousUpper == u"DO"_s)) {
            if (!subquery.isEmpty() && !subquery.last() && upper == u"SELECT"_s)
                subquery.last() = true;
            if (!out.isEmpty())
                newline(upper == u"ON"_s ? 1 : 0);
        } else if (t.kind == Token::Word && (upper == u"AND"_s || upper == u"OR"_s) &&
                   previousUpper != u"BETWEEN"_s) {
            newline(1);
        }
        if (t.kind == Token::Close) {
            const bool wasSubquery = !subquery.isEmpty() && subquery.takeLast();
            depth = std::max(0, depth - 1);
            if (wasSubquery)
                newline(0);
        }
        const bool glue = lineStart || t.kind == Token::Comma || t.kind == Token::Close ||
                          out.endsWith(u'(') ||
                          (t.kind == Token::Open && tokens.at(i - 1).kind == Token::Word &&
                           !isClause(previousUpper, upper) && previousUpper != u"IN"_s &&
                           previousUpper != u"AS"_s);
        if (!glue && !out.isEmpty())
            out += u' ';
        out += t.text;
        lineStart = false;
        if (t.kind == Token::Open) {
            subquery.append(false);
            ++depth;
        }
        if (t.kind == Token::Literal && t.text.startsWith(u"--"_s))
            newline(0);
        if (t.kind != Token::Literal)
            previousUpper = upper;
    }
    return out.trimmed();
}

} // namespace sonde
