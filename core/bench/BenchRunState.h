#pragma once

#include "LatencyHistogram.h"

#include <QMap>
#include <QString>

#include <atomic>
#include <cstdint>
#include <ctime>
#include <mutex>
#include <vector>

namespace sonde {

inline int64_t benchNowNs()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// What one worker thread measured. The worker records under its own mutex; the engine
// collects (and resets) the interval part once a second for the live progress.
struct BenchThreadStats
{
    std::mutex mutex;
    LatencyHistogram interval;
    int64_t intervalTransactions = 0;
    int64_t intervalErrors = 0;
    LatencyHistogram total;
    int64_t transactions = 0;
    int64_t warmupTransactions = 0;
    int64_t errors = 0;
    QMap<QString, int64_t> errorsByKind;
    std::vector<int64_t> perStatement; // executions of each replayed statement
    // Cache-aside: hits and misses seen by the clients.
    int64_t cacheHits = 0;
    int64_t cacheMisses = 0;
    QString lastError;

    // `count` transactions that took the same time (the replies of one pipelined read).
    void recordTransaction(int64_t latencyNs, bool measured, int64_t count = 1)
    {
        std::lock_guard<std::mutex> lock(mutex);
        // The interval (live chart) shows the warm-up too; the result does not count it.
        interval.record(latencyNs, count);
        intervalTransactions += count;
        if (!measured) {
            warmupTransactions += count;
            return;
        }
        total.record(latencyNs, count);
        transactions += count;
    }
    void recordError(const QString &kind, const QString &message)
    {
        std::lock_guard<std::mutex> lock(mutex);
        ++errors;
        ++intervalErrors;
        ++errorsByKind[kind];
        lastError = message;
    }
};

// What the engine and its worker threads share for one run.
struct BenchRunState
{
    std::atomic<bool> stop{false};
    const std::atomic<bool> *cancel = nullptr;
    int64_t startNs = 0;
    int64_t warmupEndNs = 0;
    int64_t endNs = 0; // 0: no deadline (transaction count)
    // Measured transactions to run; 0: unlimited (run until the deadline).
    int64_t transactionLimit = 0;
    std::atomic<int64_t> claimed{0};
    double ratePerClient = 0; // transactions per second per client; 0 = unthrottled
    int64_t statementTimeoutMs = 30000;

    bool shouldStop(int64_t now) const
    {
        return stop.load(std::memory_order_relaxed) ||
               (cancel && cancel->load(std::memory_order_relaxed)) || (endNs && now >= endNs);
    }
    bool canceled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    // Claims the right to start one transaction; sets *measured. False when the budget is
    // spent.
    bool claim(int64_t now, bool *measured)
    {
        *measured = now >= warmupEndNs;
        if (!*measured || transactionLimit <= 0)
            return true;
        return claimed.fetch_add(1, std::memory_order_relaxed) < transactionLimit;
    }
    bool budgetSpent() const
    {
        return transactionLimit > 0 && claimed.load(std::memory_order_relaxed) >= transactionLimit;
    }
};

} // namespace sonde
