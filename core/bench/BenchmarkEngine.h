#pragma once

#include "BenchmarkResult.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace sonde {

// The one benchmark engine behind the GUI's benchmark page and `sonde-cli bench`. run()
// blocks (call it on a worker thread): it prepares the workload (reads pgbench's scale,
// captures replayed statements), opens every client connection, runs the clients on
// `threads` threads for the duration or transaction count after the warm-up, reports
// progress once a second, samples the servers' counters, and returns the result. Setting
// *cancel stops the run within a fraction of a second (statements in flight are canceled
// on the server); the result then covers the time it ran.
class BenchmarkEngine
{
    Q_DECLARE_TR_FUNCTIONS(BenchmarkEngine)
public:
    struct Hooks
    {
        // Once a second, on the calling thread.
        std::function<void(const BenchmarkProgress &)> progress;
        // Preparation done, clients connected, about to start (result has config, server
        // version, replayed statements): the store inserts the run here.
        std::function<void(const BenchmarkResult &)> started;
        // Human-readable preparation steps ("Capturing statements…").
        std::function<void(const QString &)> status;
        // What a script's debug() prints, a line at a time, as pgbench prints it
        // ("debug(script=0,command=1): int 17"). Called from the worker threads, one at a
        // time.
        std::function<void(const QString &)> scriptOutput;
    };

    static BenchmarkResult run(const BenchmarkConfig &config, const std::atomic<bool> *cancel,
                               const Hooks &hooks = {});
};

} // namespace sonde
