#pragma once

#include "PostgresCheckContext.h"

#include <QCoreApplication>

#include <pqxx/transaction_base>

namespace sonde {

// Settings against what the server counts: checkpoints requested vs timed (max_wal_size),
// connections in use vs max_connections, autovacuum off or out of workers while tables
// fall behind, random_page_cost on SSD, track_io_timing, pg_stat_statements loaded and
// created, sessions idle in a transaction with no idle_in_transaction_session_timeout.
class ConfigurationChecks
{
    Q_DECLARE_TR_FUNCTIONS(ConfigurationChecks)
public:
    static void run(pqxx::transaction_base &tx, PostgresCheckContext &ctx);
};

} // namespace sonde
