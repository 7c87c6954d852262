#pragma once

#include "sql/StatementAnalysis.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sonde {

// Where an output column of a FROM item comes from: a base table's column, or an
// expression over one base table's columns (a view's lower(email) AS email_key).
struct ColumnOrigin
{
    TableRef table;
    QString column;
    QString expression;
    QStringList expressionColumns;

    bool isValid() const { return table.isValid() && (!column.isEmpty() || !expression.isEmpty()); }
};

// One item of a FROM clause as the query sees it: a base table, or a derived relation
// (subquery, CTE, view) whose output columns map back to base tables.
struct ScopeSource
{
    QString name; // alias, or the relation's own name
    bool base = false;
    TableRef table;      // base tables only
    QStringList columns; // base: catalog columns (empty = unknown); derived: outputs
    QHash<QString, ColumnOrigin> origins; // derived only

    bool knowsColumns() const { return !columns.isEmpty(); }
    ColumnOrigin origin(const QString &column) const;
};

// The FROM items visible at one level of a query, with the enclosing query's scope as
// parent (for correlated subqueries) and the CTEs in reach.
class QueryScope
{
public:
    explicit QueryScope(const QueryScope *parent = nullptr)
        : m_parent(parent)
    {}

    void add(const ScopeSource &source) { m_sources << source; }
    void addCte(const QString &name, const ScopeSource &source) { m_ctes.insert(name, source); }
    const ScopeSource *findCte(const QString &name) const;
    const QList<ScopeSource> &sources() const { return m_sources; }
    const QueryScope *parent() const { return m_parent; }

    // Resolves a column reference (["p", "user_id"], ["user_id"], ["s", "t", "c"]).
    // *found tells whether some FROM item owns the name (the origin may still be invalid
    // when it is a computed column of a subquery).
    ColumnOrigin resolve(const QStringList &fields, bool *found) const;

private:
    const QueryScope *m_parent;
    QList<ScopeSource> m_sources;
    QHash<QString, ScopeSource> m_ctes;
};

} // namespace sonde
