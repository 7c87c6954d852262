#pragma once

#include "PostgresCheckContext.h"

#include <QCoreApplication>

#include <pqxx/transaction_base>

namespace sonde {

// Replication slots holding WAL (pg_replication_slots: inactive slots, WAL retained,
// wal_status) and the lag of each standby (pg_stat_replication on a primary; the replay
// delay on a standby).
class ReplicationChecks
{
    Q_DECLARE_TR_FUNCTIONS(ReplicationChecks)
public:
    static void run(pqxx::transaction_base &tx, PostgresCheckContext &ctx);
};

} // namespace sonde
