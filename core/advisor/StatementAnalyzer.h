#pragma once

#include "sql/SchemaCatalog.h"
#include "sql/StatementAnalysis.h"

namespace sonde {

// Finds what a statement asks of its tables — predicates, join keys, sort and group keys,
// columns read and written, where each $n goes — with libpg_query, through aliases,
// subqueries, CTEs and views (a view is expanded from its definition in the catalog).
// Without a catalog, tables are taken as written and a bare column belongs to the only
// table in reach. Thread-safe: analyze() keeps no state.
class StatementAnalyzer
{
public:
    explicit StatementAnalyzer(const SchemaCatalog *catalog = nullptr)
        : m_catalog(catalog)
    {}

    StatementAnalysis analyze(const QString &sql) const;

private:
    const SchemaCatalog *m_catalog;
};

} // namespace sonde
