#pragma once

#include "HealthReport.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace sonde {

class PgBouncerConsole;
class PgSession;
class RedisClient;

// Runs every check family that applies to a target and returns one report: the use case
// behind the Health page, the periodic health watch and `sonde-cli health`. Blocking (call
// it on a worker thread): its own connection, a statement timeout on each query, read-only
// transactions, and `cancel` turned into a server-side cancel (libpq cancel request,
// closing the Redis socket). A family that fails (a missing privilege, a timeout) is
// reported in HealthReport::errors and the others still run.
class HealthService
{
    Q_DECLARE_TR_FUNCTIONS(HealthService)
public:
    using Progress = std::function<void(const QString &step, int percent)>;
    // How long the checks may take in all as a feed of the pipeline (each query has its own
    // deadline too): past it the reading is a missed sample and the connection is replaced.
    static constexpr int FeedBudgetMs = 5 * 60 * 1000;

    static HealthReport run(const HealthRequest &request, const std::atomic<bool> *cancel = nullptr,
                            const Progress &progress = {});

    // The same checks over a connection that is already open — the target's monitoring
    // connection when the health watch reads them as a feed of the pipeline (HealthFeed).
    // Each query still has the request's deadline (SET LOCAL statement_timeout).
    static HealthReport check(PgSession &session, const HealthRequest &request,
                              const std::atomic<bool> *cancel = nullptr,
                              const Progress &progress = {});
    static HealthReport check(RedisClient &client, const HealthRequest &request,
                              const std::atomic<bool> *cancel = nullptr);
    static HealthReport check(PgBouncerConsole &console, const HealthRequest &request,
                              const std::atomic<bool> *cancel = nullptr);

private:
    static HealthReport begin(const HealthRequest &request);
    static void finish(const std::atomic<bool> *cancel, HealthReport *report);
};

} // namespace sonde
