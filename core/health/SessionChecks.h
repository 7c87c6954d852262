#pragma once

#include "PostgresCheckContext.h"

#include <QCoreApplication>

#include <pqxx/transaction_base>

namespace sonde {

// Sessions idle in a transaction, transactions open for long, and prepared transactions
// left behind (pg_stat_activity, pg_prepared_xacts). Each holds locks and keeps VACUUM
// from removing rows newer than its snapshot. Sonde's own sessions are left out.
class SessionChecks
{
    Q_DECLARE_TR_FUNCTIONS(SessionChecks)
public:
    static void run(pqxx::transaction_base &tx, PostgresCheckContext &ctx);

    static HealthSeverity severity(double seconds, double warning, double critical);
};

} // namespace sonde
