#pragma once

#include "monitoring/MetricCatalog.h"

namespace sonde {

// The per-interval metrics the Redis source puts in a Snapshot (names), and what each is
// (registered with the source: registerBuiltInSources()).
namespace metric {
inline constexpr QLatin1String RedisOpsPerSec("redis.ops_per_s");
inline constexpr QLatin1String RedisHitPct("redis.hit_pct"); // Δkeyspace_hits / (Δhits + Δmisses)
inline constexpr QLatin1String RedisEvictedPerSec("redis.evicted_per_s");
inline constexpr QLatin1String RedisExpiredPerSec("redis.expired_per_s");
inline constexpr QLatin1String RedisMemoryBytes("redis.memory_bytes");
inline constexpr QLatin1String RedisMemoryPct("redis.memory_pct");   // of maxmemory (when set)
inline constexpr QLatin1String RedisClients("redis.clients");        // Sonde's own excluded
inline constexpr QLatin1String RedisClientsPct("redis.clients_pct"); // of maxclients
inline constexpr QLatin1String RedisBlockedClients("redis.blocked_clients");
inline constexpr QLatin1String RedisMeanMs("redis.mean_ms"); // Δusec / Δcalls over every command
inline constexpr QLatin1String RedisP50Ms("redis.p50_ms");   // latencystats, busiest commands
inline constexpr QLatin1String RedisP99Ms("redis.p99_ms");   // latencystats, worst command
} // namespace metric

class RedisMetrics
{
    Q_DECLARE_TR_FUNCTIONS(RedisMetrics)
public:
    static QList<MetricInfo> all();
};

} // namespace sonde
