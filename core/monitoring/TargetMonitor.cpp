#include "TargetMonitor.h"

#include "MetricStore.h"
#include "Sampler.h"
#include "SamplerThread.h"
#include "SourceRegistry.h"
#include "TimelineEventStore.h"
#include "connection/TargetList.h"

#include <QCoreApplication>

namespace sonde {

TargetMonitor::TargetMonitor(TargetList *targets, MetricStore *store, TimelineEventStore *timeline,
                             QObject *parent)
    : QObject(parent)
    , m_targets(targets)
    , m_store(store)
    , m_timeline(timeline)
    , m_inbox(this, [this](const QList<Snapshot> &snapshots) { onSnapshots(snapshots); })
{
    qRegisterMetaType<sonde::SamplerStatus>();
    qRegisterMetaType<sonde::FeedReading>();
    connect(targets, &TargetList::targetAdded, this, &TargetMonitor::startTarget);
    connect(targets, &TargetList::targetChanged, this, [this](const Target &t) {
        stopTarget(t.id);
        startTarget(t);
    });
    connect(targets, &TargetList::targetRemoved, this, [this](const QString &id) {
        m_feedArguments.remove(id);
        stopTarget(id);
    });
    for (const Target &t : targets->targets())
        startTarget(t);
}

TargetMonitor::~TargetMonitor()
{
    m_samplers.clear();
}

void TargetMonitor::startTarget(const Target &target)
{
    if (!target.isValid() || m_samplers.contains(target.id))
        return;
    Sampler *sampler = SourceRegistry::create(target);
    if (!sampler)
        return;
    m_names.insert(target.id, target.name);
    // Connected before the thread starts, so the first status is not missed.
    m_inbox.attach(sampler);
    connect(sampler, &Sampler::statusChanged, this, &TargetMonitor::onStatus, Qt::QueuedConnection);
    connect(sampler, &Sampler::feedRead, this, &TargetMonitor::onFeed, Qt::QueuedConnection);
    auto thread = std::make_shared<SamplerThread>(sampler);
    thread->setIntervalMs(m_intervalMs);
    if (m_paused)
        thread->setPaused(true);
    m_samplers.insert(target.id, thread);
    const QHash<QString, QVariant> arguments = m_feedArguments.value(target.id);
    for (auto it = arguments.cbegin(); it != arguments.cend(); ++it)
        thread->setFeedArgument(it.key(), it.value());
    const QList<QString> feeds = m_subscriptions.value(target.id).keys();
    for (const QString &feed : feeds)
        applyFeed(target.id, feed);
}

void TargetMonitor::subscribe(QObject *consumer, const QString &targetId, const QString &feed,
                              int intervalMs)
{
    bool known = false;
    for (const auto &feeds : std::as_const(m_subscriptions)) {
        for (const auto &consumers : feeds)
            known = known || consumers.contains(consumer);
    }
    if (!known)
        connect(consumer, &QObject::destroyed, this, &TargetMonitor::forgetConsumer);
    m_subscriptions[targetId][feed].insert(consumer, qMax(0, intervalMs));
    applyFeed(targetId, feed);
}

void TargetMonitor::unsubscribe(QObject *consumer, const QString &targetId, const QString &feed)
{
    auto t = m_subscriptions.find(targetId);
    if (t == m_subscriptions.end())
        return;
    auto f = t->find(feed);
    if (f == t->end() || f->remove(consumer) == 0)
        return;
    if (f->isEmpty())
        t->erase(f);
    if (t->isEmpty())
        m_subscriptions.erase(t);
    applyFeed(targetId, feed);
}

void TargetMonitor::forgetConsumer(QObject *consumer)
{
    QList<std::pair<QString, QString>> changed;
    for (auto t = m_subscriptions.begin(); t != m_subscriptions.end(); ++t) {
        for (auto f = t->begin(); f != t->end(); ++f) {
            if (f->remove(consumer))
                changed.append({t.key(), f.key()});
        }
    }
    for (const auto &[targetId, feed] : changed) {
        auto t = m_subscriptions.find(targetId);
        if (t->value(feed).isEmpty())
            t->remove(feed);
        if (t->isEmpty())
            m_subscriptions.erase(t);
        applyFeed(targetId, feed);
    }
}

int TargetMonitor::feedInterval(const QString &targetId, const QString &feed) const
{
    const QHash<QObject *, int> consumers = m_subscriptions.value(targetId).value(feed);
    if (consumers.isEmpty())
        return -1;
    int fastest = 0;
    for (int ms : consumers) {
        if (ms > 0 && (fastest == 0 || ms < fastest))
            fastest = ms;
    }
    return fastest;
}

void TargetMonitor::applyFeed(const QString &targetId, const QString &feed)
{
    if (const auto thread = m_samplers.value(targetId))
        thread->setFeedInterval(feed, feedInterval(targetId, feed));
}

void TargetMonitor::requestFeed(const QString &targetId, const QString &feed, const QString &reason)
{
    if (const auto thread = m_samplers.value(targetId))
        thread->requestFeed(feed, reason);
}

void TargetMonitor::setFeedArgument(const QString &targetId, const QString &feed,
                                    const QVariant &argument)
{
    m_feedArguments[targetId].insert(feed, argument);
    if (const auto thread = m_samplers.value(targetId))
        thread->setFeedArgument(feed, argument);
}

void TargetMonitor::onFeed(const FeedReading &reading)
{
    if (m_samplers.contains(reading.targetId))
        emit feedRead(reading);
}

void TargetMonitor::stopTarget(const QString &id)
{
    if (m_samplers.remove(id) == 0)
        return;
    m_inbox.detach(id);
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

void TargetMonitor::onSnapshots(const QList<Snapshot> &snapshots)
{
    QList<Snapshot> live;
    for (const Snapshot &s : snapshots) {
        if (m_samplers.contains(s.targetId)) // not a late one of a target that was removed
            live << s;
    }
    if (live.isEmpty())
        return;
    // The events first: a view that redraws once the store has the tick draws them too.
    for (const Snapshot &s : std::as_const(live)) {
        for (const TimelineEvent &e : s.events)
            m_timeline->add(e);
    }
    m_store->ingest(live);
    for (const Snapshot &s : std::as_const(live))
        emit snapshotReceived(s);
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
        // A paused sampler may hold a connection too: its feeds keep reading.
        if (before.connected || before.state == S::Sampling) {
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
    } else if ((status.state == S::Sampling || status.connected) &&
               before.state == S::Reconnecting) {
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
