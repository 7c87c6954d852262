#pragma once

#include "QueryScope.h"
#include "sql/SchemaCatalog.h"
#include "sql/StatementAnalysis.h"

#include <QJsonObject>
#include <QJsonValue>

namespace sonde {

// The output columns of a (sub)query, in order.
struct QueryOutput
{
    QStringList names;
    QList<ColumnOrigin> origins;

    ScopeSource asSource(const QString &name, const QStringList &aliasNames = {}) const;
};

// One side of a comparison: a column (or expression) of a base table, a value (constant,
// $n, now(), a scalar subquery), or something an index cannot use.
struct Operand
{
    enum class Kind
    {
        Column,
        Value,
        Other
    };
    Kind kind = Kind::Other;
    ColumnOrigin origin;
    QList<int> parameters;
    QString constant;
};

// Walks one parsed statement for StatementAnalyzer and fills a StatementAnalysis.
class AnalysisWalker
{
public:
    AnalysisWalker(const SchemaCatalog *catalog, StatementAnalysis *out, int viewDepth = 0)
        : m_catalog(catalog)
        , m_out(out)
        , m_viewDepth(viewDepth)
    {}

    void statement(const QJsonValue &stmt);

    // A SELECT (or set operation); `outermost` records its ORDER BY / LIMIT.
    QueryOutput select(const QJsonObject &sel, const QueryScope *parent, bool outermost);

private:
    void withClause(const QJsonObject &with, QueryScope &scope);
    void fromItem(const QJsonValue &item, QueryScope &scope);
    void relation(const QJsonObject &rangeVar, QueryScope &scope);
    void insert(const QJsonObject &ins);
    void update(const QJsonObject &upd);
    void remove(const QJsonObject &del);
    QueryOutput targetList(const QJsonArray &targets, const QueryScope &scope);
    void orderAndLimit(const QJsonObject &sel, const QueryScope &scope, const QueryOutput &out,
                       bool outermost);
    bool sortKey(const QJsonValue &node, const QueryScope &scope, const QueryOutput &out,
                 SortKey *key);

    void qual(const QJsonValue &expr, const QueryScope &scope, bool underOr);
    void comparison(const QJsonObject &aexpr, const QueryScope &scope, bool underOr);
    void addPredicate(const Operand &column, const QString &op, PredicateKind kind,
                      const Operand &value, bool underOr);
    void addJoin(const ColumnOrigin &a, const ColumnOrigin &b);
    Operand operand(const QJsonValue &node, const QueryScope &scope);
    // Analyzes every subquery inside an expression (scalar subqueries, EXISTS, IN).
    void subqueries(const QJsonValue &node, const QueryScope &scope);
    void reads(const QJsonValue &node, const QueryScope &scope);

    void addTable(const TableRef &t);
    void addRead(const TableRef &t, const QString &column);

    const SchemaCatalog *m_catalog;
    StatementAnalysis *m_out;
    int m_viewDepth;
    bool m_inView = false;
};

} // namespace sonde
