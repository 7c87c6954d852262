#include "PostgresMetrics.h"

namespace sonde {

QList<MetricInfo> PostgresMetrics::all()
{
    const auto pg = TargetKind::PostgreSQL;
    return {
        MetricInfo::make(
            metric::PgLatencyMs, pg, tr("PostgreSQL latency per statement"), unit::Ms,
            ChartGroup::Latency, true,
            tr("Mean execution time of the statements that finished in the interval: "
               "Δtotal_exec_time / Δcalls from pg_stat_statements (Sonde's own excluded).")),
        MetricInfo::make(
            metric::PgCallsPerSec, pg, tr("PostgreSQL statements"), unit::PerSec,
            ChartGroup::Throughput, false,
            tr("Statements finished per second: Δcalls of the top-level statements in "
               "pg_stat_statements, Sonde's own excluded. A transaction may run several "
               "statements; a statement run outside BEGIN … COMMIT is a transaction of its "
               "own.")),
        MetricInfo::make(
            metric::PgXactPerSec, pg, tr("PostgreSQL transactions"), unit::PerSec,
            ChartGroup::Throughput, false,
            tr("Transactions finished per second: commits and rollbacks over every database "
               "(pg_stat_database), the monitoring connection's own subtracted. More "
               "transactions than statements means transactions whose statements "
               "pg_stat_statements does not count: Sonde's other connections (health checks, "
               "advice), statements it does not track (pg_stat_statements.track) or entries "
               "evicted beyond pg_stat_statements.max.")),
        MetricInfo::make(metric::PgRollbackPerSec, pg, tr("PostgreSQL rollbacks"), unit::PerSec,
                         ChartGroup::None, false, tr("Rollbacks per second (pg_stat_database).")),
        MetricInfo::make(
            metric::PgCacheHitPct, pg, tr("PostgreSQL buffer cache hit rate"), unit::Pct,
            ChartGroup::HitRate, true,
            tr("Share of block reads served from shared buffers in the interval: Δblks_hit / "
               "(Δblks_hit + Δblks_read).")),
        MetricInfo::make(metric::PgTempFiles, pg, tr("PostgreSQL temporary files"), QString(),
                         ChartGroup::None, false,
                         tr("Temporary files written in the interval (sorts and hashes larger than "
                            "work_mem).")),
        MetricInfo::make(metric::PgTempBytesPerSec, pg, tr("PostgreSQL temporary file bytes"),
                         unit::BytesPerSec, ChartGroup::None, false,
                         tr("Bytes written to temporary files per second.")),
        MetricInfo::make(metric::PgDeadlocks, pg, tr("PostgreSQL deadlocks"), unit::Count,
                         ChartGroup::None, false, tr("Deadlocks detected in the interval.")),
        MetricInfo::make(metric::PgActive, pg, tr("PostgreSQL active sessions"), unit::Count,
                         ChartGroup::None, false,
                         tr("Client sessions running a statement (Sonde's own excluded).")),
        MetricInfo::make(metric::PgIdle, pg, tr("PostgreSQL idle sessions"), unit::Count,
                         ChartGroup::None, false, tr("Client sessions waiting for their client.")),
        MetricInfo::make(metric::PgIdleInXact, pg, tr("PostgreSQL idle in transaction"), QString(),
                         ChartGroup::None, false,
                         tr("Sessions holding a transaction open without running anything.")),
        MetricInfo::make(metric::PgWaitingOnLocks, pg, tr("PostgreSQL sessions waiting on locks"),
                         unit::Count, ChartGroup::None, false,
                         tr("Sessions whose wait_event_type is Lock.")),
        MetricInfo::make(metric::PgConnections, pg, tr("PostgreSQL connections"), QString(),
                         ChartGroup::None, false,
                         tr("Client backends, Sonde's included (they hold connection slots too).")),
        MetricInfo::make(metric::PgConnUsePct, pg, tr("PostgreSQL connection use"), unit::Pct,
                         ChartGroup::PoolUse, true,
                         tr("Client backends / (max_connections − superuser_reserved_connections − "
                            "reserved_connections).")),
        MetricInfo::make(metric::PgLongestQuerySec, pg, tr("PostgreSQL longest running statement"),
                         unit::Seconds, ChartGroup::None, false,
                         tr("Age of the oldest statement still running.")),
    };
}

} // namespace sonde
