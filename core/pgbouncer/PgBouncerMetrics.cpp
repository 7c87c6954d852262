#include "PgBouncerMetrics.h"

namespace sonde {

QList<MetricInfo> PgBouncerMetrics::all()
{
    const auto pgb = TargetKind::PgBouncer;
    return {
        MetricInfo::make(metric::PgbClientsActive, pgb, tr("PgBouncer active clients"), QString(),
                         ChartGroup::None, false,
                         tr("Clients linked to a server connection (SHOW POOLS cl_active).")),
        MetricInfo::make(
            metric::PgbClientsWaiting, pgb, tr("PgBouncer waiting clients"), unit::Count,
            ChartGroup::PoolUse, false,
            tr("Clients that sent a query but have no server connection yet (SHOW POOLS "
               "cl_waiting): the pool is saturated."),
            true),
        MetricInfo::make(metric::PgbMaxWaitSec, pgb, tr("PgBouncer longest wait"), unit::Seconds,
                         ChartGroup::None, false,
                         tr("How long the oldest waiting client has waited (maxwait).")),
        MetricInfo::make(metric::PgbServersActive, pgb, tr("PgBouncer active servers"), QString(),
                         ChartGroup::None, false,
                         tr("Server connections linked to a client (sv_active).")),
        MetricInfo::make(metric::PgbServersIdle, pgb, tr("PgBouncer idle servers"), QString(),
                         ChartGroup::None, false,
                         tr("Server connections ready for a client (sv_idle).")),
        MetricInfo::make(metric::PgbServersUsed, pgb, tr("PgBouncer used servers"), QString(),
                         ChartGroup::None, false,
                         tr("Server connections idle longer than server_check_delay (sv_used).")),
        MetricInfo::make(metric::PgbServerUsePct, pgb, tr("PgBouncer server use"), unit::Pct,
                         ChartGroup::PoolUse, true,
                         tr("The busiest pool's active server connections / its pool_size.")),
        MetricInfo::make(metric::PgbQueriesPerSec, pgb, tr("PgBouncer queries"), unit::PerSec,
                         ChartGroup::Throughput, false,
                         tr("Queries pooled per second (Δtotal_query_count of SHOW STATS).")),
        MetricInfo::make(metric::PgbXactPerSec, pgb, tr("PgBouncer transactions"), unit::PerSec,
                         ChartGroup::None, false,
                         tr("Transactions pooled per second (Δtotal_xact_count).")),
        MetricInfo::make(
            metric::PgbQueryMs, pgb, tr("PgBouncer query time"), unit::Ms, ChartGroup::Latency,
            true,
            tr("Mean query time seen by PgBouncer in the interval: Δtotal_query_time / "
               "Δtotal_query_count.")),
        MetricInfo::make(metric::PgbWaitMs, pgb, tr("PgBouncer wait per transaction"), unit::Ms,
                         ChartGroup::None, false,
                         tr("Time clients waited for a server per transaction in the interval: "
                            "Δtotal_wait_time / Δtotal_xact_count.")),
    };
}

} // namespace sonde
