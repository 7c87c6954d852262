#include "RedisMetrics.h"

namespace sonde {

QList<MetricInfo> RedisMetrics::all()
{
    const auto rd = TargetKind::Redis;
    return {
        MetricInfo::make(
            metric::RedisOpsPerSec, rd, tr("Redis commands"), unit::PerSec, ChartGroup::Throughput,
            false, tr("Commands per second (Δtotal_commands_processed), Sonde's own subtracted.")),
        MetricInfo::make(
            metric::RedisHitPct, rd, tr("Redis hit rate"), unit::Pct, ChartGroup::HitRate, true,
            tr("Share of key lookups that found their key in the interval: Δkeyspace_hits / "
               "(Δkeyspace_hits + Δkeyspace_misses).")),
        MetricInfo::make(metric::RedisEvictedPerSec, rd, tr("Redis evictions"), unit::PerSec,
                         ChartGroup::None, false,
                         tr("Keys evicted per second because maxmemory was reached.")),
        MetricInfo::make(metric::RedisExpiredPerSec, rd, tr("Redis expirations"), unit::PerSec,
                         ChartGroup::None, false, tr("Keys expired per second.")),
        MetricInfo::make(metric::RedisMemoryBytes, rd, tr("Redis memory"), unit::Bytes,
                         ChartGroup::None, false, tr("used_memory.")),
        MetricInfo::make(metric::RedisMemoryPct, rd, tr("Redis memory use"), unit::Pct,
                         ChartGroup::None, false,
                         tr("used_memory / maxmemory (only when maxmemory is set).")),
        MetricInfo::make(metric::RedisClients, rd, tr("Redis clients"), unit::Count,
                         ChartGroup::None, false, tr("Connected clients, Sonde's own excluded.")),
        MetricInfo::make(metric::RedisClientsPct, rd, tr("Redis client use"), unit::Pct,
                         ChartGroup::PoolUse, true, tr("Connected clients / maxclients.")),
        MetricInfo::make(metric::RedisBlockedClients, rd, tr("Redis blocked clients"), QString(),
                         ChartGroup::None, false,
                         tr("Clients waiting in a blocking command (BLPOP, WAIT, …).")),
        MetricInfo::make(metric::RedisMeanMs, rd, tr("Redis mean latency"), unit::Ms,
                         ChartGroup::None, false,
                         tr("Mean command time in the interval: Δusec / Δcalls over every command "
                            "(commandstats), server-side.")),
        MetricInfo::make(
            metric::RedisP50Ms, rd, tr("Redis p50"), unit::Ms, ChartGroup::Latency, true,
            tr("Median latency of the commands run in the interval, weighted by their calls "
               "(INFO latencystats: distribution since the last statistics reset).")),
        MetricInfo::make(
            metric::RedisP99Ms, rd, tr("Redis p99"), unit::Ms, ChartGroup::Latency, true,
            tr("99th percentile latency of the slowest command run in the interval (INFO "
               "latencystats: distribution since the last statistics reset).")),
    };
}

} // namespace sonde
