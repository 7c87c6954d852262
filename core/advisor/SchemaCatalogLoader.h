#pragma once

#include "SchemaCatalog.h"
#include "common/DbError.h"

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
    // Only the indexes (with their use and size) and the foreign keys: what IndexAudit
    // needs, without the columns' statistics. Throws what libpqxx throws.
    static void loadIndexes(pqxx::transaction_base &tx, SchemaCatalog *catalog);
};

} // namespace sonde
