#pragma once

#include "PostgresCheckContext.h"
#include "advisor/IndexAudit.h"

#include <QCoreApplication>

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

    // The finding for one audit finding (`catalog` gives the definition a drop is reverted
    // with).
    static HealthFinding fromAudit(const IndexFinding &audit, const SchemaCatalog &catalog,
                                   const QString &target);
};

} // namespace sonde
