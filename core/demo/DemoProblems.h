#pragma once

#include "sandbox/SandboxTypes.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace sonde {

// The demo's "problems" mode: after the seed, plants on the sandbox a problem for each
// health check that can show one (resources/demo/problems.sql: a table behind on vacuum, a
// bloated table, a sequence near 2^31, duplicate indexes, a sort larger than work_mem,
// checkpoints forced by a small max_wal_size, track_io_timing off, an old table), keeps a
// session idle in its transaction and a prepared transaction open while the demo runs, and
// fills Redis with keys without TTL and a big key read slowly. PgBouncer's pools are made
// larger than PostgreSQL allows. stop() ends the held sessions.
class DemoProblems
{
    Q_DECLARE_TR_FUNCTIONS(DemoProblems)
public:
    using Progress = std::function<void(const QString &step, int percent)>;

    DemoProblems();
    ~DemoProblems();

    // Sandbox settings the problems need (set before the sandbox starts).
    static void prepare(SandboxOptions *options);

    bool plant(const SandboxEndpoints &endpoints, const Progress &progress,
               const std::atomic<bool> *cancel, QString *error);
    void stop();

private:
    bool plantPostgres(const SandboxEndpoints &endpoints, const Progress &progress,
                       const std::atomic<bool> *cancel, QString *error);
    bool plantRedis(const SandboxEndpoints &endpoints, QString *error);

    struct Held; // the sessions kept open while the demo runs
    std::unique_ptr<Held> m_held;
};

} // namespace sonde
