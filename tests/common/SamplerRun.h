#pragma once

#include "connection/Target.h"
#include "monitoring/SamplerStatus.h"
#include "monitoring/Snapshot.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace sonde {
class SamplerThread;
}

namespace sonde::test {

// Runs a real sampler for a target on its worker thread and records what it emits (queued
// to the test's thread), with helpers to wait for a snapshot or a state.
class SamplerRun : public QObject
{
    Q_OBJECT
public:
    explicit SamplerRun(const Target &target, int intervalMs = 1000);
    ~SamplerRun() override;

    QList<Snapshot> snapshots;
    QList<SamplerStatus> statuses;
    // Index in `snapshots` of what waitForSnapshot() returned last.
    qsizetype lastFound = -1;

    // Waits for a snapshot that satisfies `accept`, among those recorded from index `from`
    // on (default: from now on).
    std::optional<Snapshot> waitForSnapshot(const std::function<bool(const Snapshot &)> &accept,
                                            int timeoutMs, qsizetype from = -1);
    // Waits for `count` more snapshots; returns them.
    QList<Snapshot> collect(int count, int timeoutMs);
    bool waitForState(SamplerStatus::State state, int timeoutMs);
    // Every value of a metric recorded so far.
    QList<double> values(QLatin1String name) const;

private:
    std::unique_ptr<SamplerThread> m_thread;
};

// Convenience: targets for the sandbox servers.
Target postgresTarget(const QString &uri, const QString &id = QStringLiteral("pg"));
Target pgbouncerTarget(const QString &uri, const QString &id = QStringLiteral("bouncer"));
Target redisTarget(const QString &uri, const QString &id = QStringLiteral("redis"));

} // namespace sonde::test
