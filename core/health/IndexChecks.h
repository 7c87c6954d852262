#pragma once

#include "PostgresCheckContext.h"
#include "advisor/IndexAudit.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>

#include <pqxx/transaction_base>

namespace sonde {

// The index advisor's audit (IndexAudit: invalid, duplicate, redundant and unused indexes,
// foreign keys without an index) shown as health findings: the same code and the same
// fixes, on a catalog of indexes and foreign keys only.
class IndexChecks
{
    Q_DECLARE_TR_FUNCTIONS(IndexChecks)
public:
    static void run(pqxx::transaction_base &tx, PostgresCheckContext &ctx);

    // Every index of the catalog by schema and name.
    using IndexesByName = QHash<QPair<QString, QString>, const CatalogIndex *>;
    // The finding for one audit finding (`byName` gives the definition a drop is reverted
    // with).
    static HealthFinding fromAudit(const IndexFinding &audit, const IndexesByName &byName,
                                   const QString &target);
};

} // namespace sonde
