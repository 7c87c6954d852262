#pragma once

#include "DemoProblems.h"
#include "DemoWorkload.h"
#include "sandbox/Sandbox.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <memory>

namespace sonde {

struct DemoOptions
{
    SandboxOptions sandbox;
    double scale = 1.0;
    bool runWorkload = true;
    // postgres/redis of these settings are filled in from the sandbox.
    DemoWorkloadSettings workload;
    // Plant a problem for each health check (see DemoProblems).
    bool plantProblems = false;

    // --mode of the demo: a cache mode (healthy, cold, thrashing), or "problems" (a healthy
    // cache and the planted problems).
    static bool parseMode(const QString &text, DemoOptions *options);
};

// The whole demo: sandbox servers, seeded schema and the running workload. start() blocks
// (tens of seconds with seeding): call it off the GUI thread. It calls serversUp (on its own
// thread) as soon as the servers answer, before seeding: the servers can be monitored from
// then on, while the data is seeded; the workload starts after seeding.
class DemoEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(DemoEnvironment)
public:
    using Progress = std::function<void(const QString &step, int percent)>;

    DemoEnvironment();
    ~DemoEnvironment();

    // Of the progress reported by start(), the part up to this percent is the servers'.
    static constexpr int ServersPercent = 20;

    bool start(const DemoOptions &options, const Progress &progress,
               const std::atomic<bool> *cancel, QString *error,
               const std::function<void()> &serversUp = {});
    void stop();
    // Empties the demo application's cache (FLUSHDB on its Redis). Blocking: run it as a job.
    // Returns what went wrong, or an empty string.
    static QString flushCache(const QString &redisUri);

    const SandboxEndpoints &endpoints() const { return m_sandbox->endpoints(); }
    Sandbox &sandbox() { return *m_sandbox; }
    DemoWorkload &workload() { return m_workload; }
    QStringList cleanedUp() const { return m_sandbox ? m_sandbox->cleanedUp() : QStringList(); }

private:
    std::unique_ptr<Sandbox> m_sandbox;
    DemoWorkload m_workload;
    DemoProblems m_problems;
};

} // namespace sonde
