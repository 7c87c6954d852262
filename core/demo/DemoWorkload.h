#pragma once

#include "DemoWorkloadSettings.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace sonde {

struct DemoWorkloadStats
{
    qint64 requests = 0;
    qint64 cacheHits = 0;
    qint64 cacheMisses = 0;
    qint64 queries = 0;
    qint64 writes = 0;
    qint64 reports = 0;
    qint64 errors = 0;
    QString lastError;
};

// The demo application: client threads, each with its own PostgreSQL connection (through
// PgBouncer) and Redis connection, running a cache-aside mix at a target rate. Reads try
// Redis first, fall through to PostgreSQL on a miss and fill the cache with a TTL; writes
// go to PostgreSQL and invalidate the affected keys; an expensive report runs now and then.
// Clients reconnect by themselves when a server restarts.
class DemoWorkload
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorkload)
public:
    DemoWorkload();
    ~DemoWorkload();
    DemoWorkload(const DemoWorkload &) = delete;
    DemoWorkload &operator=(const DemoWorkload &) = delete;

    // Blocks briefly (reads the id ranges from the database), then starts the clients.
    bool start(const DemoWorkloadSettings &settings, QString *error);
    void stop();
    bool isRunning() const { return !m_threads.empty(); }

    // Adjustable while running, from any thread.
    void setRequestsPerSecond(double rate);
    void setWriteShare(double share);
    void setCacheMode(DemoWorkloadSettings::CacheMode mode);
    DemoWorkloadSettings::CacheMode cacheMode() const;

    DemoWorkloadStats stats() const;

    struct Shared;

private:
    std::unique_ptr<Shared> m_shared;
    std::vector<std::thread> m_threads;
};

} // namespace sonde
