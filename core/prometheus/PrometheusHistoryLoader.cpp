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

constexpr int RetryMs = 5000;
constexpr int MaxAttempts = 12;

QString canonicalHost(const QString &host)
{
    return host.isEmpty() || host == u"localhost"_s ? u"127.0.0.1"_s : host;
}

} // namespace

PrometheusHistoryLoader::PrometheusHistoryLoader(MonitoringPipeline *pipeline, QObject *parent)
    : QObject(parent)
    , m_pipeline(pipeline)
    , m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, [this]() {
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
            send(it.key());
    });
    connect(pipeline->targets(), &TargetList::targetAdded, this,
            &PrometheusHistoryLoader::targetAdded);
    connect(pipeline->targets(), &TargetList::targetRemoved, this, [this](const QString &id) {
        m_pending.remove(id);
        for (auto &orders : m_pending)
            orders.removeIf([&](const PromHistoryOrder &o) { return o.destinationTargetId == id; });
    });
    connect(pipeline->monitor(), &TargetMonitor::feedRead, this,
            &PrometheusHistoryLoader::feedRead);
    for (const Target &t : pipeline->targets()->targets())
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
            if (!PromInstanceRef::fromUri(p.uri).isValid())
                order(p, target);
        }
        return;
    }
    if (PromInstanceRef::fromUri(target.uri).isValid()) {
        // An instance target reads its own history.
        order(target, target);
        return;
    }
    for (const Target &t : m_pipeline->targets()->targets()) {
        if (t.kind != TargetKind::Prometheus)
            order(target, t);
    }
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
    auto &orders = m_pending[prometheus.id];
    if (orders.isEmpty())
        m_pipeline->monitor()->subscribe(this, prometheus.id, PromHistoryFeed, 0);
    orders.append(o);
    m_attempts = 0;
    send(prometheus.id);
}

void PrometheusHistoryLoader::send(const QString &prometheusId)
{
    const auto orders = m_pending.value(prometheusId);
    if (orders.isEmpty())
        return;
    TargetMonitor *monitor = m_pipeline->monitor();
    monitor->setFeedArgument(prometheusId, PromHistoryFeed, QVariant::fromValue(orders));
    monitor->requestFeed(prometheusId, PromHistoryFeed, u"history"_s);
}

void PrometheusHistoryLoader::feedRead(const FeedReading &reading)
{
    if (reading.feed != PromHistoryFeed || !m_pending.contains(reading.targetId))
        return;
    if (!reading.isValid()) {
        // Not connected yet, or the server failed: ask again a little later.
        if (++m_attempts <= MaxAttempts && !m_retry->isActive())
            m_retry->start(RetryMs);
        return;
    }
    const Target prometheus = m_pipeline->targets()->byId(reading.targetId);
    auto &orders = m_pending[reading.targetId];
    const auto deliveries = reading.value.value<QList<PromHistoryDelivery>>();
    for (const PromHistoryDelivery &d : deliveries) {
        const bool stillWanted =
            orders.removeIf([&](const PromHistoryOrder &o) {
                return o.destinationTargetId == d.order.destinationTargetId &&
                       o.fromMs == d.order.fromMs;
            }) > 0;
        if (!stillWanted || !m_pipeline->targets()->byId(d.order.destinationTargetId).isValid())
            continue;
        int points = 0;
        if (d.found) {
            m_pipeline->store()->ingestHistory(d.order.destinationTargetId, d.history.series,
                                               false);
            points = d.history.pointCount();
        }
        emit historyLoaded(d.order.destinationTargetId, points, prometheus.name);
    }
    if (orders.isEmpty()) {
        m_pending.remove(reading.targetId);
        m_pipeline->monitor()->unsubscribe(this, reading.targetId, PromHistoryFeed);
    }
}

} // namespace sonde
