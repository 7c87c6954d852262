#pragma once

#include "BenchRunState.h"
#include "BenchmarkConfig.h"
#include "ScriptExpression.h"
#include "connection/RedisClient.h"

#include <QByteArray>

typedef struct pg_conn PGconn;

namespace sonde {

// One cache-aside client on its own thread, the way an application reads through a cache:
// GET sonde:bench:account:<aid>; on a miss read the row from PostgreSQL (a prepared
// statement on pgbench_accounts) and SET it with a TTL. A request's latency covers the
// whole sequence. Hits and misses are counted so the report can show the hit rate.
// connect() and run() are called on the worker's own thread (a TLS connection stays there).
class CacheAsideWorker
{
public:
    CacheAsideWorker(const BenchmarkConfig &config, const RedisEndpoint &endpoint,
                     QByteArray pgConnString, bool prepared, int64_t accounts, BenchRunState &state,
                     BenchThreadStats &stats, int clientId);
    ~CacheAsideWorker();
    CacheAsideWorker(const CacheAsideWorker &) = delete;
    CacheAsideWorker &operator=(const CacheAsideWorker &) = delete;

    bool connect(QString *error);
    void run();
    // From another thread: unblocks a call waiting on the network.
    void abort();

private:
    enum class Outcome
    {
        Ok,
        Failed,
        Lost
    };
    Outcome request(int64_t aid, bool *hit);
    Outcome redisCommand(const QList<QByteArray> &args, RedisReply *reply);
    void close();

    BenchmarkConfig m_config;
    RedisEndpoint m_endpoint;
    QByteArray m_pgConnString;
    bool m_prepared;
    int64_t m_accounts;
    BenchRunState &m_state;
    BenchThreadStats &m_stats;
    int m_clientId;
    ScriptRandom m_rng;
    RedisClient m_redis;
    PGconn *m_pg = nullptr;
    std::mutex m_abortMutex; // m_pg against abort() from another thread
};

} // namespace sonde
