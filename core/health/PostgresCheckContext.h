#pragma once

#include "HealthCheckContext.h"
#include "PostgresSettings.h"
#include "common/DbError.h"

#include <pqxx/transaction_base>

#include <functional>

namespace sonde {

class PgSession;

// What the PostgreSQL check families share: the server's settings and facts read once at
// the start of the run. A family may leave facts for a later one (how many tables are
// behind on vacuum, for the autovacuum capacity check).
struct PostgresCheckContext : HealthCheckContext
{
    PgSession *session = nullptr;
    int statementTimeoutMs = 0; // per read transaction (SET LOCAL); 0: the session's own
    PostgresSettings settings;
    QString database;
    QString role;
    int serverVersion = 0;
    bool inRecovery = false;
    // Schema of the extension in this database, quoted; empty when not installed here.
    QString statStatementsSchema;
    QString pgstattupleSchema;

    // Left by earlier families.
    int tablesBehind = 0;              // vacuum behind, autovacuum enabled on the table
    int idleInTransactionSessions = 0; // over the warning threshold

    // Runs `work` in a read-only transaction of the session, with statementTimeoutMs and
    // without JIT compilation (it costs catalog queries far more than it saves). `work` holds the queries; what is
    // computed from their rows belongs after this call, outside the session's call
    // deadline.
    DbError read(const std::function<void(pqxx::transaction_base &)> &work) const;
};

} // namespace sonde
