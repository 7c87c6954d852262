#pragma once

#include "DemoEnvironment.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace sonde {

class JobTracker;

// Runs a DemoEnvironment's start and stop as jobs (JobTracker) and reports back through
// signals on its own thread, so neither the GUI nor the CLI's event loop ever blocks on it.
class DemoController : public QObject
{
    Q_OBJECT
public:
    explicit DemoController(DemoOptions options, QObject *parent = nullptr);
    // Cancels a start in progress and stops the servers (blocks until they are down).
    ~DemoController() override;

    void start();
    void cancel();
    // Stops workload and servers on the worker thread; emits stopped() when done.
    void stopAsync();

    bool isReady() const { return m_ready; }
    // The servers answer (serversUp() was emitted); seeding may still be running.
    bool serversAreUp() const { return m_serversUp; }
    bool isBusy() const;
    DemoEnvironment *environment() { return m_env.get(); }
    SandboxEndpoints endpoints() const { return m_endpoints; }

signals:
    void progress(const QString &step, int percent);
    // The servers answer: they can be monitored while the demo data is seeded (seeding()).
    void serversUp(const sonde::SandboxEndpoints &endpoints);
    // After serversUp(): how far seeding (and starting the workload) is, 0..100.
    void seeding(const QString &step, int percent);
    void ready(const sonde::SandboxEndpoints &endpoints);
    void failed(const QString &message);
    void stopped();

private:
    void joinWorker();

    DemoOptions m_options;
    std::unique_ptr<DemoEnvironment> m_env;
    JobTracker *m_jobs;
    std::atomic<bool> m_cancel{false};
    bool m_ready = false;
    bool m_serversUp = false;
    SandboxEndpoints m_endpoints;
};

} // namespace sonde
