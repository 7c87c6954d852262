#include "SamplerRun.h"

#include "monitoring/Sampler.h"
#include "monitoring/SamplerThread.h"
#include "monitoring/SourceRegistry.h"
#include "sources/BuiltInSources.h"

#include <QDeadlineTimer>
#include <QtTest>

namespace sonde::test {

SamplerRun::SamplerRun(const Target &target, int intervalMs)
{
    registerBuiltInSources();
    Sampler *sampler = SourceRegistry::create(target);
    connect(
        sampler, &Sampler::snapshotReady, this, [this](const Snapshot &s) { snapshots << s; },
        Qt::QueuedConnection);
    connect(
        sampler, &Sampler::statusChanged, this, [this](const SamplerStatus &s) { statuses << s; },
        Qt::QueuedConnection);
    m_thread = std::make_unique<SamplerThread>(sampler);
    m_thread->setIntervalMs(intervalMs);
}

SamplerRun::~SamplerRun() = default;

std::optional<Snapshot>
SamplerRun::waitForSnapshot(const std::function<bool(const Snapshot &)> &accept, int timeoutMs,
                            qsizetype from)
{
    qsizetype seen = from < 0 ? snapshots.size() : from;
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        for (; seen < snapshots.size(); ++seen) {
            if (accept(snapshots.at(seen))) {
                lastFound = seen;
                return snapshots.at(seen);
            }
        }
        if (deadline.hasExpired())
            return std::nullopt;
        QTest::qWait(50);
    }
}

QList<Snapshot> SamplerRun::collect(int count, int timeoutMs)
{
    const qsizetype first = snapshots.size();
    QDeadlineTimer deadline(timeoutMs);
    while (snapshots.size() < first + count && !deadline.hasExpired())
        QTest::qWait(50);
    return snapshots.mid(first);
}

bool SamplerRun::waitForState(SamplerStatus::State state, int timeoutMs)
{
    qsizetype seen = statuses.size();
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        for (; seen < statuses.size(); ++seen) {
            if (statuses.at(seen).state == state)
                return true;
        }
        QTest::qWait(50);
    }
    return false;
}

QList<double> SamplerRun::values(QLatin1String name) const
{
    QList<double> out;
    for (const Snapshot &s : snapshots) {
        if (s.has(name))
            out << s.value(name);
    }
    return out;
}

namespace {

Target make(TargetKind kind, const QString &uri, const QString &id)
{
    Target t;
    t.id = id;
    t.kind = kind;
    t.name = id;
    t.uri = uri;
    return t;
}

} // namespace

Target postgresTarget(const QString &uri, const QString &id)
{
    return make(TargetKind::PostgreSQL, uri, id);
}

Target pgbouncerTarget(const QString &uri, const QString &id)
{
    return make(TargetKind::PgBouncer, uri, id);
}

Target redisTarget(const QString &uri, const QString &id)
{
    return make(TargetKind::Redis, uri, id);
}

} // namespace sonde::test
