#pragma once

#include "HealthCheckContext.h"
#include "common/TextTable.h"

#include <QCoreApplication>

namespace sonde {

// What PgBouncer's admin console says (SHOW VERSION, CONFIG, DATABASES, POOLS), with the
// max_connections of the PostgreSQL behind it when Sonde can reach it through the pooler:
// pools that may open more server connections than PostgreSQL allows, clients waiting for
// a server connection (and how long), and a pool mode that breaks protocol-level prepared
// statements.
class PgBouncerChecks
{
    Q_DECLARE_TR_FUNCTIONS(PgBouncerChecks)
public:
    struct Console
    {
        QString version; // "1.18.0"
        TextTable config;
        TextTable databases;
        TextTable pools;
    };
    struct Server
    {
        int maxConnections = 0; // 0: unknown
        int reserved = 0;       // superuser_reserved_connections
    };

    static void run(const Console &console, const Server &server, HealthCheckContext &ctx);

    // "PgBouncer 1.18.0" → 11800 (major × 10000 + minor × 100 + patch).
    static int versionNumber(const QString &text);
};

} // namespace sonde
