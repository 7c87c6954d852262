#pragma once

#include "RedisCheckContext.h"

#include <QCoreApplication>

namespace sonde {

// Redis as a whole, from INFO, CONFIG GET and SLOWLOG GET: maxmemory and its eviction
// policy against the memory used and the keys evicted, the fragmentation ratio,
// persistence against fork time and failed saves, connected clients against maxclients,
// and recent slow-log entries of other clients than Sonde.
class RedisServerChecks
{
    Q_DECLARE_TR_FUNCTIONS(RedisServerChecks)
public:
    // Blocking; throws nothing (a failed command becomes a note).
    static void run(RedisCheckContext &ctx);
};

} // namespace sonde
