#include "PrometheusHistoryLoader.h"

#include "connection/PgConnInfo.h"
#include "connection/RedisEndpoint.h"
#include "connection/TargetList.h"
#include "monitoring/MetricStore.h"
#include "monitoring/MonitoringPipeline.h"
#include "monitoring/TargetMonitor.h"

#include <QDateTime>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// A failed reading (not connected yet, Prometheus down) is asked again after 5 s, then
// longer, up to a minute: history is worth waiting for, never worth hammering a server.
constexpr int FirstRetryMs = 5000;
constexpr int LongestRetryMs = 60000;
// An instance Prometheus has not scraped yet (it just started, as the demo's) is looked for
// again this many times before the order is given up.
constexpr int NotFoundTries = 6;
const QString HistoryReason = QStringLiteral("history");

QString canonicalHost(const QString &host)
{
    return host.isEmpty() || host == u"localhost"_s ? u"127.0.0.1"_s : host;
}

bool isPrometheusServer(const Target &t)
{
    return t.kind == TargetKind::Prometheus && !PromInstanceRef::fromUri(t.uri).isValid();
}

} // namespace

PrometheusHistoryLoader::PrometheusHistoryLoader(MonitoringPipeline *pipeline, QObject *parent)
    : QObject(parent)
    , m_pipeline(pipeline)
{
    TargetList *targets = pipeline->targets();
    connect(targets, &TargetList::targetAdded, this, &PrometheusHistoryLoader::targetAdded);
    // A changed target (new address, fixed credentials) is a new one: its history again.
    connect(targets, &TargetList::targetChanged, this, [this](const Target &t) {
        targetGone(t.id);
        targetAdded(t);
    });
    connect(targets, &TargetList::targetRemoved, this, &PrometheusHistoryLoader::targetGone);
    connect(pipeline->monitor(), &TargetMonitor::feedRead, this,
            &PrometheusHistoryLoader::feedRead);
    for (const Target &t : targets->targets())
        targetAdded(t);
}

QString PrometheusHistoryLoader::serverOf(const Target &target)
{
    switch (target.kind) {
    case TargetKind::PostgreSQL:
    case TargetKind::PgBouncer: {
        PgConnInfo info;
        if (!PgConnInfo::parse(target.uri, &info, nullptr))
            return {};
        const QString host = info.value("host").section(u',', 0, 0);
        if (host.startsWith(u'/'))
            return {}; // a Unix socket: no exporter names it
        const int port = info.value("port").section(u',', 0, 0).toInt();
        return u"%1:%2"_s.arg(canonicalHost(host))
            .arg(port > 0 ? port : (target.kind == TargetKind::PgBouncer ? 6432 : 5432));
    }
    case TargetKind::Redis: {
        RedisEndpoint ep;
        QString why;
        if (!RedisEndpoint::parse(target.uri, &ep, &why))
            return {};
        return u"%1:%2"_s.arg(canonicalHost(ep.host)).arg(ep.port);
    }
    case TargetKind::Prometheus:
        break;
    }
    return {};
}

void PrometheusHistoryLoader::targetAdded(const Target &target)
{
    if (target.kind != TargetKind::Prometheus) {
        for (const Target &p : m_pipeline->targets()->ofKind(TargetKind::Prometheus)) {
            if (isPrometheusServer(p))
                order(p, target);
        }
        return;
    }
    if (!isPrometheusServer(target)) {
        // An instance target reads its own history.
        order(target, target);
        return;
    }
    for (const Target &t : m_pipeline->targets()->targets()) {
        if (t.kind != TargetKind::Prometheus)
            order(target, t);
    }
}

void PrometheusHistoryLoader::targetGone(const QString &id)
{
    m_done.removeIf([&](const QString &key) {
        return key.section(u'|', 0, 0) == id || key.section(u'|', 1) == id;
    });
    const auto it = m_pending.find(id);
    if (it != m_pending.end())
        finish(id);
    for (auto p = m_pending.begin(); p != m_pending.end();) {
        p->orders.removeIf([&](const PromHistoryOrder &o) { return o.destinationTargetId == id; });
        // Nothing left to ask and nothing under way: done with that Prometheus.
        if (p->orders.isEmpty() && !p->asking) {
            const QString prometheusId = p.key();
            ++p;
            finish(prometheusId);
        } else {
            ++p;
        }
    }
}

void PrometheusHistoryLoader::finish(const QString &prometheusId)
{
    const auto it = m_pending.find(prometheusId);
    if (it == m_pending.end())
        return;
    delete it->retry;
    m_pipeline->monitor()->unsubscribe(this, prometheusId, PromHistoryFeed);
    m_pending.erase(it);
}

void PrometheusHistoryLoader::order(const Target &prometheus, const Target &destination)
{
    const QString done = prometheus.id + u'|' + destination.id;
    if (m_done.contains(done))
        return;
    PromHistoryOrder o;
    o.destinationTargetId = destination.id;
    o.toMs = QDateTime::currentMSecsSinceEpoch();
    o.fromMs = o.toMs - m_spanMs;
    if (destination.kind == TargetKind::Prometheus) {
        o.instanceKey = PromInstanceRef::fromUri(destination.uri).key();
    } else {
        o.kind = destination.kind;
        o.server = serverOf(destination);
        if (o.server.isEmpty())
            return;
    }
    m_done.insert(done);
    Pending &p = m_pending[prometheus.id];
    if (!p.retry) {
        p.retry = new QTimer(this);
        p.retry->setSingleShot(true);
        connect(p.retry, &QTimer::timeout, this, [this, id = prometheus.id]() { send(id); });
        // Only on request (a subscription's own first reading, reason "start", is ignored).
        m_pipeline->monitor()->subscribe(this, prometheus.id, PromHistoryFeed, 0);
    }
    p.orders.append(o);
    send(prometheus.id);
}

void PrometheusHistoryLoader::send(const QString &prometheusId)
{
    const auto it = m_pending.find(prometheusId);
    if (it == m_pending.end() || it->asking)
        return;
    if (it->orders.isEmpty()) {
        finish(prometheusId);
        return;
    }
    it->asking = true;
    // One order a reading: each stays within the feed's budget, whatever the number of
    // servers.
    TargetMonitor *monitor = m_pipeline->monitor();
    monitor->setFeedArgument(prometheusId, PromHistoryFeed,
                             QVariant::fromValue(QList<PromHistoryOrder>{it->orders.constFirst()}));
    monitor->requestFeed(prometheusId, PromHistoryFeed, HistoryReason);
}

void PrometheusHistoryLoader::retryLater(const QString &prometheusId)
{
    Pending &p = m_pending[prometheusId];
    p.asking = false;
    const int wait = std::min(LongestRetryMs, FirstRetryMs << std::min(p.failures, 4));
    p.retry->start(wait);
}

void PrometheusHistoryLoader::feedRead(const FeedReading &reading)
{
    // Only the answers to this loader's requests (not a subscription's first reading, nor
    // one still queued from a sampler the target had before it changed).
    if (reading.feed != PromHistoryFeed || reading.reason != HistoryReason ||
        !m_pending.contains(reading.targetId))
        return;
    Pending &p = m_pending[reading.targetId];
    if (!p.asking)
        return;
    if (!reading.isValid()) {
        // Not connected yet, or Prometheus failed: ask again a little later.
        ++p.failures;
        retryLater(reading.targetId);
        return;
    }
    p.failures = 0;
    p.asking = false;
    p.retry->stop();
    const Target prometheus = m_pipeline->targets()->byId(reading.targetId);
    const auto deliveries = reading.value.value<QList<PromHistoryDelivery>>();
    for (const PromHistoryDelivery &d : deliveries) {
        const auto same = [&](const PromHistoryOrder &o) {
            return o.destinationTargetId == d.order.destinationTargetId &&
                   o.fromMs == d.order.fromMs;
        };
        if (!p.orders.isEmpty() && same(p.orders.constFirst()) && !d.found &&
            ++p.notFound < NotFoundTries) {
            retryLater(reading.targetId); // not scraped yet: look again
            return;
        }
        if (p.orders.removeIf(same) == 0)
            continue;
        p.notFound = 0;
        if (!m_pipeline->targets()->byId(d.order.destinationTargetId).isValid())
            continue;
        int points = 0;
        if (d.found) {
            m_pipeline->store()->ingestHistory(d.order.destinationTargetId, d.history.series,
                                               false);
            points = d.history.pointCount();
        }
        emit historyLoaded(d.order.destinationTargetId, points, prometheus.name);
    }
    send(reading.targetId); // the next order, or done
}

} // namespace sonde
