#pragma once

#include "sql/IndexDefinition.h"
#include "sql/SchemaCatalog.h"
#include "sql/StatementAnalysis.h"

#include <QList>
#include <QString>

namespace sonde {

// An index worth trying with HypoPG, and the statements that made Sonde think of it.
struct IndexCandidate
{
    IndexDefinition definition;
    QList<int> statements; // indexes into the workload's statement list
    QString reason;        // "equality on user_id, then ORDER BY created_at"
};

// Turns the analyses of the workload's statements into candidate indexes, per base table:
// single columns; the equality columns together; equality columns then one range column;
// equality columns then the ORDER BY / GROUP BY keys (serving ORDER BY … LIMIT, DESC
// included, with a backward scan or mixed directions); join keys; expression keys
// (lower(email)); partial indexes for a constant that picks a small slice of a
// low-cardinality column (status = 'pending'); covering variants (INCLUDE) when the
// statement reads few narrow columns. Candidates an existing index already serves are left
// out.
class CandidateGenerator
{
public:
    explicit CandidateGenerator(const SchemaCatalog &catalog)
        : m_catalog(catalog)
    {}

    // Longest key list tried.
    static constexpr int MaxKeys = 5;
    // A constant is worth a partial index when it selects at most this share of the rows.
    static constexpr double PartialMaxShare = 0.05;
    // … of a column with at most this many distinct values (a state, not an identifier).
    static constexpr double PartialMaxDistinct = 100;

    QList<IndexCandidate> generate(const QList<StatementAnalysis> &statements) const;
    // Candidates for one statement (its index in the workload is `statement`).
    QList<IndexCandidate> forStatement(const StatementAnalysis &analysis, int statement) const;

    // Share of the rows of `table` where `column` equals the constant, from pg_stats; -1
    // when the statistics do not tell.
    double constantShare(const TableRef &table, const QString &column,
                         const QString &constant) const;

private:
    void forTable(const StatementAnalysis &a, const TableRef &table, int statement,
                  QList<IndexCandidate> *out) const;
    bool isPartialPredicate(const ColumnPredicate &p) const;
    bool isServedByExisting(const IndexDefinition &d) const;

    const SchemaCatalog &m_catalog;
};

} // namespace sonde
