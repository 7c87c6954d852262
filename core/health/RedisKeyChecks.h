#pragma once

#include "RedisCheckContext.h"

#include <QCoreApplication>
#include <QList>

namespace sonde {

// A sample of the keys of the selected database, taken with SCAN (never KEYS: it blocks
// the server) up to HealthThresholds::keySample keys, with PTTL, TYPE and MEMORY USAGE
// pipelined per batch like `redis-cli --bigkeys --memkeys`: keys without a TTL in a
// cache, and big keys.
class RedisKeyChecks
{
    Q_DECLARE_TR_FUNCTIONS(RedisKeyChecks)
public:
    struct SampledKey
    {
        QByteArray name;
        QByteArray type;
        qint64 ttlMs = -1; // -1: no TTL
        qint64 bytes = 0;  // MEMORY USAGE
    };

    // Blocking; throws nothing (a failed command becomes a note).
    static void run(RedisCheckContext &ctx);
    // SCAN + pipelined PTTL/TYPE/MEMORY USAGE, at most `limit` keys.
    static DbError sample(RedisClient &client, int limit, const std::atomic<bool> *cancel,
                          QList<SampledKey> *keys, qint64 *scanned);
};

} // namespace sonde
