#pragma once

#include "BenchmarkResult.h"

#include <QMap>
#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace sonde {

// Reads the servers' own counters once a second during a run, on its own thread and
// connections: pg_stat_database (transactions, buffer hits and reads, temp files), PgBouncer
// SHOW POOLS (clients waiting, longest wait), Redis INFO (hits, misses, commands, clients,
// memory). The report explains the client-side figures with them.
class ServerCounterSampler
{
public:
    struct Sources
    {
        QString postgres; // conninfo; empty = none
        bool postgresThroughPooler = false;
        QString pgbouncerAdmin; // conninfo of the admin console; empty = none
        QString redis;          // redis:// URI; empty = none
    };

    ServerCounterSampler() = default;
    ~ServerCounterSampler();
    ServerCounterSampler(const ServerCounterSampler &) = delete;
    ServerCounterSampler &operator=(const ServerCounterSampler &) = delete;

    // Takes a first sample at once (second 0) and returns when it has it (a run shorter than
    // a connect, e.g. a TLS handshake, still has a sample from before it), then one per
    // interval until stop().
    void start(const Sources &sources, int64_t runStartNs, int intervalMs = 1000);
    // Takes a last sample and stops.
    QList<ServerSample> stop();
    QList<ServerSample> samples() const;

    // Reads every source once (blocking; used by the thread and by tests).
    static ServerSample sampleOnce(const Sources &sources, QString *problems = nullptr);
    // Hit rates, server throughput and pool waits between the first and last sample.
    static QMap<QString, double> summarize(const QList<ServerSample> &samples);

private:
    struct Connections;
    static ServerSample sample(Connections &connections, const Sources &sources, QString *problems);
    void loop();

    Sources m_sources;
    int64_t m_runStartNs = 0;
    int m_intervalMs = 1000;
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_stop = false;
    QList<ServerSample> m_samples;
    std::thread m_thread;
};

} // namespace sonde
