#include "BuiltInSources.h"

#include "monitoring/SourceRegistry.h"
#include "pgbouncer/PgBouncerSampler.h"
#include "postgres/PostgresSampler.h"
#include "redis/RedisSampler.h"

namespace sonde {

void registerBuiltInSources()
{
    SourceRegistry::add(TargetKind::PostgreSQL,
                        [](const Target &t) { return new PostgresSampler(t); });
    SourceRegistry::add(TargetKind::PgBouncer,
                        [](const Target &t) { return new PgBouncerSampler(t); });
    SourceRegistry::add(TargetKind::Redis, [](const Target &t) { return new RedisSampler(t); });
}

} // namespace sonde
