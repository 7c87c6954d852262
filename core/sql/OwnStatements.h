#pragma once

#include <QString>

namespace sonde {

// Statements Sonde itself sends — monitoring, generic plans, what-if analysis, catalog
// reads — as pg_stat_statements records them. They are never the application's workload:
// the slow-query ranking, the advisor and the replay benchmark leave them out.
class OwnStatements
{
public:
    // The comment that opens every statement Sonde sends for its own purposes.
    static QString marker();
    static bool isSonde(const QString &sql);
    // Reads PostgreSQL's catalogs or statistics views: about the server, not the application.
    static bool readsCatalogs(const QString &sql);
};

} // namespace sonde
