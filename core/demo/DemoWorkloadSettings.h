#pragma once

#include <QString>

namespace sonde {

// How the demo application behaves. The cache mode decides what the Redis hit rate looks
// like: healthy (95 % of reads on a hot set, 5 min TTL), cold (the same, but the cache is
// flushed every 30 s) or thrashing (uniform keys, 2 s TTL: reads fall through to PostgreSQL).
struct DemoWorkloadSettings
{
    enum class CacheMode
    {
        Healthy,
        Cold,
        Thrashing
    };

    QString postgres; // conninfo, normally through PgBouncer
    QString redis;    // redis:// URI
    bool throughPgBouncer = true;
    int clients = 4;
    double requestsPerSecond = 40.0;
    double writeShare = 0.10;
    int reportEverySeconds = 20;
    CacheMode cacheMode = CacheMode::Healthy;
    // How many users / projects make up the hot set: five keys each, about what the
    // default request rate reads again within the keys' TTL, so a healthy cache stays
    // above 90 % hits.
    int hotSetSize = 100;

    static int cacheTtlSeconds(CacheMode mode);
    // Share of reads that go to the hot set (the first hotSetSize ids of users and
    // projects); the rest are spread over every id.
    static double hotShare(CacheMode mode);

    static bool parseCacheMode(const QString &text, CacheMode *mode);
    static QString cacheModeName(CacheMode mode);
};

} // namespace sonde
