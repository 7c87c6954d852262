#include "StatementAnalysis.h"

#include "SqlText.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sonde {

QString TableRef::quoted() const
{
    if (schema.isEmpty())
        return quoteIdentifier(name);
    return quoteIdentifier(schema) + u'.' + quoteIdentifier(name);
}

QString TableRef::display() const
{
    if (schema.isEmpty() || schema == u"public"_s)
        return name;
    return schema + u'.' + name;
}

QString ColumnPredicate::keyText() const
{
    return expression.isEmpty() ? quoteIdentifier(column) : expression;
}

QString SortKey::keyText() const
{
    return expression.isEmpty() ? quoteIdentifier(column) : expression;
}

QList<ColumnPredicate> StatementAnalysis::predicatesOn(const TableRef &table) const
{
    QList<ColumnPredicate> out;
    for (const ColumnPredicate &p : predicates) {
        if (p.table == table)
            out << p;
    }
    return out;
}

QList<SortKey> StatementAnalysis::sortKeysOn(const TableRef &table) const
{
    QList<SortKey> out;
    for (const SortKey &k : sortKeys) {
        if (k.table == table)
            out << k;
    }
    return out;
}

QStringList StatementAnalysis::columnsRead(const TableRef &table, bool *readsAll) const
{
    QStringList out;
    *readsAll = false;
    for (const ColumnUse &c : readColumns) {
        if (c.table != table)
            continue;
        if (c.column == u"*"_s)
            *readsAll = true;
        else if (!out.contains(c.column))
            out << c.column;
    }
    return out;
}

QList<ParameterUse> StatementAnalysis::parameterUses(int number) const
{
    QList<ParameterUse> out;
    for (const ParameterUse &p : parameters) {
        if (p.number == number)
            out << p;
    }
    return out;
}

QString predicateKindName(PredicateKind kind)
{
    switch (kind) {
    case PredicateKind::Equality:
        return u"equality"_s;
    case PredicateKind::Range:
        return u"range"_s;
    case PredicateKind::Other:
        break;
    }
    return u"other"_s;
}

QString statementKindName(StatementAnalysis::Kind kind)
{
    using K = StatementAnalysis::Kind;
    switch (kind) {
    case K::Select:
        return u"select"_s;
    case K::Insert:
        return u"insert"_s;
    case K::Update:
        return u"update"_s;
    case K::Delete:
        return u"delete"_s;
    case K::Merge:
        return u"merge"_s;
    case K::Utility:
        return u"utility"_s;
    case K::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString parameterRoleName(ParameterUse::Role role)
{
    using R = ParameterUse::Role;
    switch (role) {
    case R::Compare:
        return u"compare"_s;
    case R::Insert:
        return u"insert"_s;
    case R::Assign:
        return u"assign"_s;
    case R::Limit:
        return u"limit"_s;
    case R::Offset:
        return u"offset"_s;
    }
    return {};
}

namespace {

QJsonObject tableJson(const TableRef &t)
{
    return {{u"schema"_s, t.schema}, {u"name"_s, t.name}};
}

QJsonArray intArray(const QList<int> &values)
{
    QJsonArray out;
    for (int v : values)
        out.append(v);
    return out;
}

QJsonArray sortJson(const QList<SortKey> &keys)
{
    QJsonArray out;
    for (const SortKey &k : keys) {
        out.append(QJsonObject{{u"table"_s, tableJson(k.table)},
                               {u"key"_s, k.keyText()},
                               {u"descending"_s, k.descending}});
    }
    return out;
}

QJsonArray columnsJson(const QList<ColumnUse> &columns)
{
    QJsonArray out;
    for (const ColumnUse &c : columns)
        out.append(QJsonObject{{u"table"_s, tableJson(c.table)}, {u"column"_s, c.column}});
    return out;
}

} // namespace

QJsonObject StatementAnalysis::toJson() const
{
    QJsonObject o;
    o[u"parsed"_s] = parsed;
    if (!parsed)
        o[u"error"_s] = error;
    o[u"kind"_s] = statementKindName(kind);
    QJsonArray t;
    for (const TableRef &r : tables)
        t.append(tableJson(r));
    o[u"tables"_s] = t;
    QJsonArray v;
    for (const TableRef &r : views)
        v.append(tableJson(r));
    o[u"views"_s] = v;
    QJsonArray preds;
    for (const ColumnPredicate &p : predicates) {
        QJsonObject j{{u"table"_s, tableJson(p.table)},
                      {u"key"_s, p.keyText()},
                      {u"op"_s, p.op},
                      {u"kind"_s, predicateKindName(p.kind)},
                      {u"parameters"_s, intArray(p.parameters)}};
        if (!p.constant.isEmpty())
            j[u"constant"_s] = p.constant;
        if (p.underOr)
            j[u"under_or"_s] = true;
        if (p.fromView)
            j[u"from_view"_s] = true;
        preds.append(j);
    }
    o[u"predicates"_s] = preds;
    QJsonArray joinArray;
    for (const JoinKey &k : joins) {
        joinArray.append(QJsonObject{{u"left_table"_s, tableJson(k.leftTable)},
                                     {u"left_column"_s, k.leftColumn},
                                     {u"right_table"_s, tableJson(k.rightTable)},
                                     {u"right_column"_s, k.rightColumn}});
    }
    o[u"joins"_s] = joinArray;
    o[u"sort_keys"_s] = sortJson(sortKeys);
    o[u"group_keys"_s] = sortJson(groupKeys);
    o[u"has_limit"_s] = hasLimit;
    o[u"read_columns"_s] = columnsJson(readColumns);
    o[u"written_columns"_s] = columnsJson(writtenColumns);
    QJsonArray params;
    for (const ParameterUse &p : parameters) {
        QJsonObject j{{u"number"_s, p.number}, {u"role"_s, parameterRoleName(p.role)}};
        if (p.table.isValid())
            j[u"table"_s] = tableJson(p.table);
        if (!p.column.isEmpty())
            j[u"column"_s] = p.column;
        if (!p.expression.isEmpty())
            j[u"expression"_s] = p.expression;
        if (!p.op.isEmpty())
            j[u"op"_s] = p.op;
        params.append(j);
    }
    o[u"parameters"_s] = params;
    return o;
}

} // namespace sonde
