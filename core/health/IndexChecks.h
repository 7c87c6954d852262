#pragma once

#include "PostgresCheckContext.h"
#include "advisor/IndexAudit.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>

namespace sonde {

// The index advisor's audit (IndexAudit: invalid, duplicate, redundant and unused indexes,
// foreign keys without an index) shown as health findings: the same code and the same
// fixes, on a catalog of indexes and foreign keys only. The reported indexes alone are read
// again for their exact size and definition.
class IndexChecks
{
    Q_DECLARE_TR_FUNCTIONS(IndexChecks)
public:
    static DbError run(PostgresCheckContext &ctx);

    // Every index of the catalog by schema and name.
    using IndexesByName = QHash<QPair<QString, QString>, const CatalogIndex *>;
    // The finding for one audit finding (`byName` gives the definition a drop is reverted
    // with).
    static HealthFinding fromAudit(const IndexFinding &audit, const IndexesByName &byName,
                                   const QString &target);
};

} // namespace sonde
