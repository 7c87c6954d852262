#pragma once

#include "DemoWorkload.h"
#include "connection/PgSession.h"
#include "connection/RedisClient.h"

#include <QByteArray>

#include <random>

namespace sonde {

// State shared by the demo's client threads: settings that may change while running,
// the id ranges of the seeded data and the counters.
struct DemoWorkload::Shared
{
    DemoWorkloadSettings settings;
    int clientCount = 1;
    qint64 users = 0;
    qint64 projects = 0;
    qint64 teams = 0;
    qint64 templates = 0;
    qint64 deployments = 0;

    std::atomic<bool> stop{false};
    std::atomic<double> rate{40.0};
    std::atomic<double> writeShare{0.1};
    std::atomic<int> mode{0};

    std::atomic<qint64> requests{0};
    std::atomic<qint64> cacheHits{0};
    std::atomic<qint64> cacheMisses{0};
    std::atomic<qint64> queries{0};
    std::atomic<qint64> writes{0};
    std::atomic<qint64> reports{0};
    std::atomic<qint64> errors{0};
    mutable std::mutex errorMutex;
    QString lastError;

    void recordError(const QString &message);
};

// One client thread of the demo application.
class DemoClient
{
public:
    DemoClient(DemoWorkload::Shared &shared, int index);
    void run();
    // Reads every key of the hot set once, so the cache (and the buffer cache behind it)
    // holds what a running application would have cached.
    void warmHotSet();

private:
    bool ensureConnected();
    void oneRequest();
    void read();
    void readUserProfile(qint64 user);
    void readProject(qint64 project);
    void readProjectsOf(qint64 user);
    void readFeed(qint64 user);
    void write();
    void report();

    // Cache-aside read: GET key; on a miss run `sql` with `id` and SET the result with a TTL.
    void cachedRead(const QByteArray &key, const char *sql, qint64 id);
    QByteArray query(const char *sql, const std::vector<std::string> &params);
    void invalidate(const QList<QByteArray> &keys);

    // Caches the value of prefix<id>suffix for ids 1..upTo from one statement (`sql`: the id,
    // then the columns of the read it stands for).
    void warmKeys(const char *sql, const QByteArray &prefix, const QByteArray &suffix, qint64 upTo);

    qint64 pickId(qint64 n);
    DemoWorkloadSettings::CacheMode mode() const
    {
        return DemoWorkloadSettings::CacheMode(m_shared.mode.load());
    }
    double uniform() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng); }
    bool sleepUntil(std::chrono::steady_clock::time_point t);

    DemoWorkload::Shared &m_shared;
    int m_index;
    PgSession m_pg;
    RedisClient m_redis;
    std::mt19937_64 m_rng;
    std::chrono::steady_clock::time_point m_nextReport;
    std::chrono::steady_clock::time_point m_nextFlush;
    std::chrono::steady_clock::time_point m_nextConnectAttempt;
};

} // namespace sonde
