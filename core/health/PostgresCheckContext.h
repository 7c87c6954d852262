#pragma once

#include "HealthCheckContext.h"
#include "PostgresSettings.h"

namespace sonde {

// What the PostgreSQL check families share: the server's settings and facts read once at
// the start of the run. A family may leave facts for a later one (how many tables are
// behind on vacuum, for the autovacuum capacity check).
struct PostgresCheckContext : HealthCheckContext
{
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
};

} // namespace sonde
