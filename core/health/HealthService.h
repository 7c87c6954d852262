#pragma once

#include "HealthReport.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace sonde {

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

    static HealthReport run(const HealthRequest &request, const std::atomic<bool> *cancel = nullptr,
                            const Progress &progress = {});

private:
    static void runPostgres(const HealthRequest &request, const std::atomic<bool> *cancel,
                            const Progress &progress, HealthReport *report);
    static void runRedis(const HealthRequest &request, const std::atomic<bool> *cancel,
                         HealthReport *report);
    static void runPgBouncer(const HealthRequest &request, const std::atomic<bool> *cancel,
                             HealthReport *report);
};

} // namespace sonde
