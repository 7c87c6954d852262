#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sonde {

// A relation as PostgreSQL names it: schema and name exactly as stored in the catalog
// (case kept; "Posts" and posts are different tables).
struct TableRef
{
    QString schema;
    QString name;

    bool isValid() const { return !name.isEmpty(); }
    // schema.name, each part quoted when PostgreSQL needs it ("public"."Posts" → public."Posts").
    QString quoted() const;
    // For people: schema.name without quotes, the schema left out when it is "public".
    QString display() const;
    bool operator==(const TableRef &o) const { return schema == o.schema && name == o.name; }
    bool operator!=(const TableRef &o) const { return !(*this == o); }
    bool operator<(const TableRef &o) const
    {
        return schema != o.schema ? schema < o.schema : name < o.name;
    }
};

// What a predicate does to the column, as an index sees it.
enum class PredicateKind
{
    Equality, // =, IN (…), = ANY ($1), IS NULL: an index can seek to it
    Range,    // <, <=, >, >=, BETWEEN, LIKE 'prefix%': an index can scan a slice
    Other     // <>, NOT LIKE, functions of two tables …: an index does not help directly
};

// One condition on one column (or one expression over the columns) of one base table, e.g.
// `users.lower(email) = lower($1)` or `posts.user_id = 1`.
struct ColumnPredicate
{
    TableRef table;
    QString column;     // the base column, empty when the predicate is on an expression
    QString expression; // index expression over the table's columns, e.g. lower(email)
    QStringList expressionColumns;
    QString op; // "=", "<", "IN", "= ANY", "BETWEEN", "LIKE", "IS NULL", …
    PredicateKind kind = PredicateKind::Other;
    QList<int> parameters; // $n on the value side (BETWEEN $1 AND $2 has two)
    QString constant;      // SQL text of the value when it is a constant ('pending', 10)
    bool underOr = false;  // inside an OR: only a bitmap OR of several indexes could use it
    bool fromView = false; // part of a view's definition, not of the statement's own text

    bool isOnExpression() const { return !expression.isEmpty(); }
    // The column name or the expression, as it would appear in CREATE INDEX.
    QString keyText() const;
};

// An equality between columns of two base tables (a join, or a correlated subquery).
struct JoinKey
{
    TableRef leftTable;
    QString leftColumn;
    TableRef rightTable;
    QString rightColumn;
};

// An ORDER BY or GROUP BY key on one base table.
struct SortKey
{
    TableRef table;
    QString column;
    QString expression;
    bool descending = false;
    bool nullsFirst = false;
    bool explicitNulls = false;

    QString keyText() const;
};

// A column of a base table the statement reads, writes or inserts.
struct ColumnUse
{
    TableRef table;
    QString column; // "*" = every column
};

// Where a $n parameter of the statement goes: which column it is compared with, inserted
// into or assigned to (the benchmark draws realistic values from this).
struct ParameterUse
{
    enum class Role
    {
        Compare, // WHERE/ON column <op> $n
        Insert,  // INSERT … VALUES ($n) into column
        Assign,  // UPDATE … SET column = $n
        Limit,
        Offset
    };
    int number = 0;
    Role role = Role::Compare;
    TableRef table;
    QString column;     // empty for Limit/Offset, or when the column is unknown
    QString expression; // set when compared with an expression (lower(email) = lower($1))
    QString op;
};

// What one SQL statement asks of its tables, found by PostgreSQL's own parser
// (libpg_query), followed through aliases, subqueries, CTEs and views to base tables.
struct StatementAnalysis
{
    enum class Kind
    {
        Select,
        Insert,
        Update,
        Delete,
        Merge,
        Utility, // SET, BEGIN, CREATE …
        Unknown
    };

    QString sql;
    bool parsed = false;
    QString error; // the parser's message when the statement does not parse
    Kind kind = Kind::Unknown;
    QList<TableRef> tables; // base tables read or written
    QList<TableRef> views;  // views followed to their base tables
    TableRef target;        // the table an INSERT/UPDATE/DELETE writes
    QList<ColumnPredicate> predicates;
    QList<JoinKey> joins;
    QList<SortKey> sortKeys;  // ORDER BY of the outermost query
    QList<SortKey> groupKeys; // GROUP BY / DISTINCT keys
    bool hasLimit = false;
    QList<ColumnUse> readColumns;
    QList<ColumnUse> writtenColumns; // UPDATE … SET and INSERT columns
    QList<ParameterUse> parameters;

    bool isWrite() const
    {
        return kind == Kind::Insert || kind == Kind::Update || kind == Kind::Delete ||
               kind == Kind::Merge;
    }
    bool touches(const TableRef &table) const { return tables.contains(table); }
    QList<ColumnPredicate> predicatesOn(const TableRef &table) const;
    QList<SortKey> sortKeysOn(const TableRef &table) const;
    // Columns of `table` the statement reads (empty list + *readsAll when it reads `*`).
    QStringList columnsRead(const TableRef &table, bool *readsAll) const;
    QList<ParameterUse> parameterUses(int number) const;

    QJsonObject toJson() const;
};

QString predicateKindName(PredicateKind kind);
QString statementKindName(StatementAnalysis::Kind kind);
QString parameterRoleName(ParameterUse::Role role);

} // namespace sonde

Q_DECLARE_METATYPE(sonde::StatementAnalysis)
