#pragma once

#include "StatementAnalysis.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace sonde {

class SchemaCatalog;

struct FoldedStatement
{
    QString sql; // the statement with its parameters numbered $1, $2 … without gaps
    bool changed = false;
    QStringList notes; // what was rewritten, for the report
};

// Rewrites a normalized statement (pg_stat_statements' $n in place of every constant) into
// one PostgreSQL can PREPARE, without changing what the planner can do with it:
// * a sub-expression without a column, a subquery or a function whose value is not a
//   constant of its arguments (volatile, aggregate, window, set-returning) is a constant
//   at run time: it becomes one parameter, typed from the column on the other side of its
//   comparison (`email = $1 || $2 || $3` → `email = $1::character varying(254)`; `id IN
//   ($1 + $2, …)`, `= ANY (ARRAY[$1, $2])` → the column's type or array type), boolean
//   where a condition goes, bigint in LIMIT/OFFSET, the cast's type inside a cast,
//   the target column's in INSERT … VALUES and UPDATE … SET, and left for the server to
//   infer elsewhere (`lower(email) = lower($1 || $2)` → `lower(email) = lower($1)`);
// * constants of CASE results inside sum()/avg() or compared with a column take that type
//   (`sum(CASE WHEN … THEN $2 ELSE $3 END)` would otherwise sum text);
// * GROUP BY / ORDER BY / DISTINCT ON items that repeat an output expression with other
//   constants (`SELECT date_trunc($1, t) … GROUP BY date_trunc($2, t)`) refer to it by
//   position, as the application's own text did with equal values;
// * `EXTRACT($1 FROM t)` becomes `pg_catalog.extract($1::text, t)` and typed literals
//   (`jsonb $1`) become casts (`$1::jsonb`): the server's grammar takes no parameter there.
// With `samples`, a value compared with a column takes that column's observed constant
// instead of a parameter (pg_qualstats' sample).
class ConstantFolder
{
    Q_DECLARE_TR_FUNCTIONS(ConstantFolder)
public:
    // An observed constant (SQL text, e.g. 'user42@example.com'::text) of a condition
    // `column op value` on `table`, or empty.
    using SampleValue =
        std::function<QString(const TableRef &table, const QString &column, const QString &op)>;

    explicit ConstantFolder(const SchemaCatalog *catalog = nullptr)
        : m_catalog(catalog)
    {}

    // The statement unchanged (changed = false) when it does not parse or has nothing to fold.
    FoldedStatement fold(const QString &sql, const SampleValue &samples = {}) const;

private:
    const SchemaCatalog *m_catalog;
};

} // namespace sonde
