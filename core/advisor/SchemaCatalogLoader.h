#pragma once

#include "common/DbError.h"
#include "sql/SchemaCatalog.h"

#include <pqxx/connection>
#include <pqxx/transaction_base>

namespace sonde {

// Reads a SchemaCatalog from the server in one read-only transaction: tables, views and
// partitions of every user schema (objects of extensions left out) with column statistics
// from pg_stats, indexes with their use and size, foreign keys, write counters from
// pg_stat_user_tables and the search path. Needs only pg_monitor (statistics of tables
// the role may not read stay unknown).
class SchemaCatalogLoader
{
public:
    static DbError load(pqxx::connection &connection, SchemaCatalog *catalog);
    // Opens a session of its own for it (blocking).
    static DbError load(const QString &conninfo, SchemaCatalog *catalog);
    // Only the indexes and the foreign keys: what IndexAudit needs, without the columns'
    // statistics, and without what costs the server a call per index (each index's size is
    // the estimate of pg_class.relpages, its definition is left empty): loadIndexDetails
    // completes the few indexes that need it. Throws what libpqxx throws.
    static void loadIndexes(pqxx::transaction_base &tx, SchemaCatalog *catalog);
    // The definition (pg_get_indexdef) and exact size (pg_relation_size) of these indexes
    // of a loaded catalog. Throws what libpqxx throws.
    static void loadIndexDetails(pqxx::transaction_base &tx, const QList<CatalogIndex *> &indexes);
};

} // namespace sonde
