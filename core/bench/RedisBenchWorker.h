#pragma once

#include "BenchRunState.h"
#include "BenchmarkConfig.h"
#include "connection/RedisEndpoint.h"

#include <memory>
#include <string>
#include <vector>

namespace sonde {

// One benchmark thread driving several Redis connections (RedisClient: plain or TLS): each
// client writes a pipeline of `pipeline` GET/SET commands in one write (prebuilt RESP, only
// the key digits change), then counts the replies as they arrive; a reply's latency runs
// from the write of its batch, like redis-benchmark. Keys are "key:%012d" over the key
// space, as `redis-benchmark -r` makes them. connectAll() and run() are called on the
// worker's own thread.
class RedisBenchWorker
{
public:
    RedisBenchWorker(const BenchmarkConfig &config, const RedisEndpoint &endpoint,
                     BenchRunState &state, BenchThreadStats &stats, int firstClientId,
                     int clientCount);
    ~RedisBenchWorker();
    RedisBenchWorker(const RedisBenchWorker &) = delete;
    RedisBenchWorker &operator=(const RedisBenchWorker &) = delete;

    bool connectAll(QString *error);
    void run();

    struct Client;

private:
    bool connectClient(Client &c, QString *error);
    void disconnect(Client &c, int64_t now, const QString &why);
    void startBatch(Client &c, int64_t now);
    void onReadable(Client &c, int64_t now);

    BenchmarkConfig m_config;
    RedisEndpoint m_endpoint;
    BenchRunState &m_state;
    BenchThreadStats &m_stats;
    std::vector<std::unique_ptr<Client>> m_clients;
    std::string m_getTemplate;
    std::string m_setTemplate;
    size_t m_getKeyOffset = 0;
    size_t m_setKeyOffset = 0;
};

} // namespace sonde
