#pragma once

#include "monitoring/MetricCatalog.h"

namespace sonde {

// The per-interval metrics the PgBouncer source puts in a Snapshot (names), and what each is
// (registered with the source: registerBuiltInSources()).
namespace metric {
inline constexpr QLatin1String PgbClientsActive("pgb.clients_active");
inline constexpr QLatin1String PgbClientsWaiting("pgb.clients_waiting");
inline constexpr QLatin1String PgbMaxWaitSec("pgb.maxwait_s");
inline constexpr QLatin1String PgbServersActive("pgb.servers_active");
inline constexpr QLatin1String PgbServersIdle("pgb.servers_idle");
inline constexpr QLatin1String PgbServersUsed("pgb.servers_used");
inline constexpr QLatin1String
    PgbServerUsePct("pgb.server_use_pct"); // busiest pool: sv_active / pool_size
inline constexpr QLatin1String PgbQueriesPerSec("pgb.queries_per_s");
inline constexpr QLatin1String PgbXactPerSec("pgb.xact_per_s");
inline constexpr QLatin1String PgbQueryMs("pgb.query_ms"); // Δtotal_query_time / Δtotal_query_count
inline constexpr QLatin1String PgbWaitMs("pgb.wait_ms");   // Δtotal_wait_time / Δtotal_xact_count
} // namespace metric

class PgBouncerMetrics
{
    Q_DECLARE_TR_FUNCTIONS(PgBouncerMetrics)
public:
    static QList<MetricInfo> all();
};

} // namespace sonde
