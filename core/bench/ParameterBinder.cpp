#include "ParameterBinder.h"

#include "sql/SqlText.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

const QString Ident = u"(?:\"[^\"]+\"|[A-Za-z_][A-Za-z0-9_$]*)"_s;

QString unquote(QString name)
{
    if (name.startsWith(u'"') && name.endsWith(u'"') && name.size() >= 2)
        return name.mid(1, name.size() - 2).replace(u"\"\""_s, u"\""_s);
    return name.toLower();
}

bool isKeyword(const QString &word)
{
    static const QStringList keywords{
        u"where"_s, u"join"_s,    u"on"_s,     u"left"_s,      u"right"_s,       u"inner"_s,
        u"outer"_s, u"order"_s,   u"group"_s,  u"limit"_s,     u"using"_s,       u"cross"_s,
        u"full"_s,  u"natural"_s, u"window"_s, u"having"_s,    u"union"_s,       u"offset"_s,
        u"for"_s,   u"set"_s,     u"values"_s, u"returning"_s, u"tablesample"_s, u"lateral"_s,
        u"and"_s,   u"or"_s,      u"not"_s,    u"select"_s,    u"except"_s,      u"intersect"_s};
    return keywords.contains(word.toLower());
}

void setColumn(ParameterBinding *b, const QString &qualifier, const QString &column)
{
    if (b->kind != ParameterBinding::Kind::Unknown || isKeyword(column))
        return;
    b->kind = ParameterBinding::Kind::Column;
    b->table = qualifier.isEmpty() ? QString() : unquote(qualifier);
    b->column = unquote(column);
}

} // namespace

QString ParameterBinding::describe() const
{
    switch (kind) {
    case Kind::Column:
        return table.isEmpty() ? column : table + u'.' + column;
    case Kind::Constant:
        return constant;
    case Kind::Unknown:
        break;
    }
    return QCoreApplication::translate("ParameterBinder", "unknown");
}

QList<TableReference> ParameterBinder::tables(const QString &sql)
{
    QList<TableReference> out;
    static const QRegularExpression re(
        u"\\b(?:FROM|JOIN|UPDATE|INTO)\\s+(%1(?:\\.%1)?)(?:\\s+(?:AS\\s+)?(%1))?"_s.arg(Ident),
        QRegularExpression::CaseInsensitiveOption);
    auto it = re.globalMatch(sql);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        TableReference ref;
        ref.table = m.captured(1);
        if (ref.table.startsWith(u'(') || isKeyword(ref.table) ||
            ref.table.compare(u"only"_s, Qt::CaseInsensitive) == 0)
            continue;
        const QString alias = m.captured(2);
        ref.alias = (!alias.isEmpty() && !isKeyword(alias)) ? unquote(alias)
                                                            : unquote(ref.table.section(u'.', -1));
        out.append(ref);
    }
    return out;
}

QList<ParameterBinding> ParameterBinder::bind(const QString &original)
{
    const QString sql = rewriteTypedParameters(original);
    const int highest = highestParameter(sql);
    QList<ParameterBinding> out;
    for (int n = 1; n <= highest; ++n) {
        ParameterBinding b;
        b.number = n;
        const QString p = u"\\$%1(?![0-9])"_s.arg(n);
        const QString col = u"(?:(%1)\\.)?(%1)"_s.arg(Ident);
        const QString op = u"(?:=|<>|!=|<=|>=|<|>|\\bLIKE\\b|\\bILIKE\\b)"_s;
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        QRegularExpressionMatch m;
        // $n::type: a typed literal.
        m = QRegularExpression(p + u"::\\s*(interval|date|timestamptz|timestamp|time)"_s, ci)
                .match(sql);
        if (m.hasMatch()) {
            const QString type = m.captured(1).toLower();
            b.kind = ParameterBinding::Kind::Constant;
            b.constant = type == u"interval"_s ? u"1 day"_s
                         : type == u"date"_s   ? QDate::currentDate().toString(Qt::ISODate)
                         : type == u"time"_s
                             ? u"12:00"_s
                             : QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        }
        // LIMIT $n / OFFSET $n.
        if (b.kind == ParameterBinding::Kind::Unknown) {
            m = QRegularExpression(u"\\b(LIMIT|OFFSET)\\s+"_s + p, ci).match(sql);
            if (m.hasMatch()) {
                b.kind = ParameterBinding::Kind::Constant;
                b.constant =
                    m.captured(1).compare(u"limit"_s, Qt::CaseInsensitive) == 0 ? u"20"_s : u"0"_s;
            }
        }
        // col op $n, f(col) op f($n), SET col = $n.
        if (b.kind == ParameterBinding::Kind::Unknown) {
            m = QRegularExpression(
                    col + u"\\s*\\)?\\s*"_s + op + u"\\s*(?:[A-Za-z_]+\\s*\\()?\\s*"_s + p, ci)
                    .match(sql);
            if (m.hasMatch())
                setColumn(&b, m.captured(1), m.captured(2));
        }
        // $n op col.
        if (b.kind == ParameterBinding::Kind::Unknown) {
            m = QRegularExpression(
                    p + u"\\s*\\)?\\s*"_s + op + u"\\s*(?:[A-Za-z_]+\\s*\\()?\\s*"_s + col, ci)
                    .match(sql);
            if (m.hasMatch())
                setColumn(&b, m.captured(1), m.captured(2));
        }
        // col [NOT] IN (…, $n, …) and col BETWEEN $n AND $m.
        if (b.kind == ParameterBinding::Kind::Unknown) {
            m = QRegularExpression(col + u"\\s+(?:NOT\\s+)?IN\\s*\\([^)]*"_s + p, ci).match(sql);
            if (m.hasMatch())
                setColumn(&b, m.captured(1), m.captured(2));
        }
        if (b.kind == ParameterBinding::Kind::Unknown) {
            m = QRegularExpression(col + u"\\s+BETWEEN\\s+(?:\\$\\d+\\s+AND\\s+)?"_s + p, ci)
                    .match(sql);
            if (m.hasMatch())
                setColumn(&b, m.captured(1), m.captured(2));
        }
        // INSERT INTO t (a, b) VALUES ($1, $2): by position.
        if (b.kind == ParameterBinding::Kind::Unknown) {
            static const QRegularExpression insert(
                u"\\bINSERT\\s+INTO\\s+\\S+\\s*\\(([^)]*)\\)\\s*VALUES\\s*\\(([^)]*)\\)"_s,
                QRegularExpression::CaseInsensitiveOption);
            m = insert.match(sql);
            if (m.hasMatch()) {
                const QStringList columns = m.captured(1).split(u',');
                const QStringList values = m.captured(2).split(u',');
                for (int i = 0; i < values.size() && i < columns.size(); ++i) {
                    if (values.at(i).trimmed() == u'$' + QString::number(n))
                        setColumn(&b, QString(), columns.at(i).trimmed());
                }
            }
        }
        out.append(b);
    }
    return out;
}

} // namespace sonde
