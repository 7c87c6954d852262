#include "TargetMonitor.h"

#include "MetricStore.h"
#include "SamplerThread.h"
#include "TimelineEventStore.h"
#include "connection/TargetList.h"
#include "pgbouncer/PgBouncerSampler.h"
#include "postgres/PostgresSampler.h"
#include "redis/RedisSampler.h"

#include <QCoreApplication>

namespace sonde {

TargetMonitor::TargetMonitor(TargetList *targets, MetricStore *store, TimelineEventStore *timeline,
                             QObject *parent)
    : QObject(parent)
    , m_targets(targets)
    , m_store(store)
    , m_timeline(timeline)
{
    qRegisterMetaType<sonde::SamplerStatus>();
    connect(targets, &TargetList::targetAdded, this, &TargetMonitor::startTarget);
    connect(targets, &TargetList::targetChanged, this, [this](const Target &t) {
        stopTarget(t.id);
        startTarget(t);
    });
    connect(targets, &TargetList::targetRemoved, this, &TargetMonitor::stopTarget);
    for (const Target &t : targets->targets())
        startTarget(t);
}

TargetMonitor::~TargetMonitor()
{
    m_samplers.clear();
}

Sampler *TargetMonitor::createSampler(const Target &target)
{
    switch (target.kind) {
    case TargetKind::PostgreSQL:
        return new PostgresSampler(target);
    case TargetKind::PgBouncer:
        return new PgBouncerSampler(target);
    case TargetKind::Redis:
        return new RedisSampler(target);
    }
    return nullptr;
}

void TargetMonitor::startTarget(const Target &target)
{
    if (!target.isValid() || m_samplers.contains(target.id))
        return;
    Sampler *sampler = createSampler(target);
    if (!sampler)
        return;
    m_names.insert(target.id, target.name);
    // Connected before the thread starts, so the first status is not missed.
    connect(sampler, &Sampler::snapshotReady, this, &TargetMonitor::onSnapshot,
            Qt::QueuedConnection);
    connect(sampler, &Sampler::statusChanged, this, &TargetMonitor::onStatus, Qt::QueuedConnection);
    auto thread = std::make_shared<SamplerThread>(sampler);
    thread->setIntervalMs(m_intervalMs);
    if (m_paused)
        thread->setPaused(true);
    m_samplers.insert(target.id, thread);
}

void TargetMonitor::stopTarget(const QString &id)
{
    if (m_samplers.remove(id) == 0)
        return;
    SamplerStatus stopped = m_status.value(id);
    stopped.targetId = id;
    stopped.state = SamplerStatus::State::Stopped;
    m_status.remove(id);
    m_store->removeTarget(id);
    emit statusChanged(stopped);
}

void TargetMonitor::setIntervalMs(int ms)
{
    m_intervalMs = ms;
    for (const auto &s : std::as_const(m_samplers))
        s->setIntervalMs(ms);
}

void TargetMonitor::setPaused(bool paused)
{
    m_paused = paused;
    for (const auto &s : std::as_const(m_samplers))
        s->setPaused(paused);
}

void TargetMonitor::onSnapshot(const Snapshot &snapshot)
{
    if (!m_samplers.contains(snapshot.targetId))
        return; // a late snapshot of a target that was removed
    m_store->ingest(snapshot);
    for (const TimelineEvent &e : snapshot.events)
        m_timeline->add(e);
    emit snapshotReceived(snapshot);
}

void TargetMonitor::onStatus(const SamplerStatus &status)
{
    if (!m_samplers.contains(status.targetId))
        return;
    const SamplerStatus before = m_status.value(status.targetId);
    m_status.insert(status.targetId, status);
    using S = SamplerStatus::State;
    const QString name = m_names.value(status.targetId);
    if (status.state == S::Reconnecting && before.state != S::Reconnecting) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_store->markGap(status.targetId, now);
        TimelineEvent e;
        e.at = now;
        e.targetId = status.targetId;
        e.targetName = name;
        if (before.state == S::Sampling) {
            e.kind = TimelineEvent::Kind::Disconnected;
            e.severity = TimelineEvent::Severity::Critical;
            e.text = QCoreApplication::translate("TargetMonitor", "%1: connection lost: %2")
                         .arg(name, status.lastError.message);
        } else {
            e.kind = TimelineEvent::Kind::Disconnected;
            e.severity = TimelineEvent::Severity::Warning;
            e.text = QCoreApplication::translate("TargetMonitor", "%1: cannot connect: %2")
                         .arg(name, status.lastError.message);
        }
        e.detail = status.lastError.detail;
        m_timeline->add(e);
    } else if (status.state == S::Sampling && before.state == S::Reconnecting) {
        TimelineEvent e;
        e.at = QDateTime::currentDateTimeUtc();
        e.kind = TimelineEvent::Kind::Reconnected;
        e.targetId = status.targetId;
        e.targetName = name;
        e.text = QCoreApplication::translate("TargetMonitor", "%1: connected again").arg(name);
        m_timeline->add(e);
    }
    emit statusChanged(status);
}

} // namespace sonde
