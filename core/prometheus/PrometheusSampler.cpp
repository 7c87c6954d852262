#include "PrometheusSampler.h"

#include "PromQlMap.h"
#include "PrometheusMetrics.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// Reads every 5th tick: alerts change at the rules' evaluation pace, not every second.
constexpr int AlertsEveryTicks = 5;
// A history reading may fetch a day of several instances.
constexpr int HistoryBudgetMs = 120000;
// The fleet's queries run side by side; a slow Prometheus still has this long.
constexpr int FleetBudgetMs = 60000;
// History at the scrape's pace for the last hour, a reading a minute before.
constexpr qint64 FullResolutionMs = 3600 * 1000;

// One instant query for several expressions: each labelled with the metric it computes.
QString combined(const QList<QPair<QString, QString>> &metricAndExpression)
{
    QStringList parts;
    for (const auto &[metric, expression] : metricAndExpression)
        parts << u"label_replace((%1), \"sonde_metric\", \"%2\", \"\", \"\")"_s.arg(expression,
                                                                                    metric);
    return parts.join(u" or "_s);
}

TimelineEvent::Severity severityOf(const PromAlert &a)
{
    const QString s = a.labels.value(u"severity"_s).toLower();
    if (s == u"critical"_s || s == u"page"_s)
        return TimelineEvent::Severity::Critical;
    if (s == u"warning"_s)
        return TimelineEvent::Severity::Warning;
    return TimelineEvent::Severity::Info;
}

} // namespace

QString PrometheusActivity::summary(const Snapshot &snapshot) const
{
    if (!instance.isEmpty()) {
        return firing.isEmpty()
                   ? tr("%1 through %2").arg(instance, url)
                   : tr("%1 through %2 — firing: %3").arg(instance, url, firing.join(u", "_s));
    }
    const int up = int(snapshot.value(metric::PromInstancesUp));
    const int down = int(snapshot.value(metric::PromInstancesDown));
    QString text = tr("%n scrape target(s) up", nullptr, up);
    if (down > 0)
        text += tr(", %n down", nullptr, down);
    if (!firing.isEmpty())
        text += tr(" — firing: %1").arg(firing.join(u", "_s));
    return text;
}

QJsonObject PrometheusActivity::toJson() const
{
    QJsonObject o{{u"prometheus"_s, url}, {u"firing"_s, QJsonArray::fromStringList(firing)}};
    if (!instance.isEmpty())
        o.insert(u"instance"_s, instance);
    return o;
}

PrometheusSampler::PrometheusSampler(const Target &target, QObject *parent)
    : Sampler(target, parent)
    , m_instance(PromInstanceRef::fromUri(target.uri))
{
    addFeed(
        FleetFeed,
        [this](const QVariant &argument, QVariant *value) { return readFleet(argument, value); },
        FleetBudgetMs);
    addFeed(
        PromHistoryFeed,
        [this](const QVariant &argument, QVariant *value) { return readHistory(argument, value); },
        HistoryBudgetMs);
}

PrometheusSampler::~PrometheusSampler() = default;

void PrometheusSampler::interrupt()
{
    m_interrupted.store(true);
}

DbError PrometheusSampler::toDbError(const PromError &e)
{
    using K = DbError::Kind;
    K kind = K::ConnectionLost;
    switch (e.kind) {
    case PromError::Kind::None:
        return {};
    case PromError::Kind::Unreachable:
        kind = K::ConnectionRefused;
        break;
    case PromError::Kind::Timeout:
        kind = K::Timeout;
        break;
    case PromError::Kind::Tls:
        kind = K::Tls;
        break;
    case PromError::Kind::NotPrometheus:
        kind = K::WrongProtocol;
        break;
    case PromError::Kind::Unauthorized:
    case PromError::Kind::Forbidden:
        kind = K::AuthenticationFailed;
        break;
    case PromError::Kind::BadQuery:
    case PromError::Kind::TooManyPoints:
        kind = K::Configuration;
        break;
    case PromError::Kind::Server:
        kind = K::ConnectionLost;
        break;
    case PromError::Kind::Canceled:
        kind = K::Canceled;
        break;
    }
    return DbError::make(kind, e.message, e.detail);
}

DbError PrometheusSampler::openConnection(QString *serverVersion, QStringList *notes)
{
    QString why;
    if (!PrometheusEndpoint::parse(target().uri, &m_endpoint, &why))
        return DbError::make(DbError::Kind::Configuration, why);
    m_interrupted.store(false);
    m_client = std::make_unique<PrometheusClient>(m_endpoint, &m_interrupted);
    PromError error;
    QString version;
    if (!m_client->buildInfo(&version, &error))
        return toDbError(error);
    *serverVersion = u"Prometheus "_s + version;
    // Optional (Mimir or VictoriaMetrics may not list targets): 15 s when not told.
    PromError optional;
    const int scrape = m_client->scrapeIntervalSeconds(&optional);
    m_scrapeSeconds = scrape > 0 ? scrape : 15;
    // Sonde's recording rules, when Prometheus evaluates them: history reads those.
    if (!m_client->recordingRuleNames(&m_recorded, &error))
        m_recorded.clear();
    if (m_instance.isValid()) {
        QList<PromSample> up;
        if (!m_client->query(
                u"up{%1}"_s.arg(PromQlMap::instanceMatchers(m_instance.instance, m_instance.job)),
                &up, &error))
            return toDbError(error);
        if (up.isEmpty())
            notes->append(tr("Prometheus scrapes no instance %1 (job %2) now: its history "
                             "shows, but nothing new comes.")
                              .arg(m_instance.instance, m_instance.job));
    }
    m_ticks = 0;
    return {};
}

void PrometheusSampler::closeConnection()
{
    m_client.reset();
}

DbError PrometheusSampler::readCounters()
{
    QList<QPair<QString, QString>> wanted;
    if (m_instance.isValid()) {
        const int rate = PromQlMap::rateWindowSeconds(m_scrapeSeconds, m_scrapeSeconds);
        const QString matchers = PromQlMap::instanceMatchers(m_instance.instance, m_instance.job);
        for (const PromQlMapping &m : PromQlMap::forKind(m_instance.kind))
            wanted.append({m.metric, PromQlMap::expression(m, matchers, rate)});
    } else {
        wanted = {
            {metric::PromInstancesUp, u"count(up == 1) or vector(0)"_s},
            {metric::PromInstancesDown, u"count(up == 0) or vector(0)"_s},
            {metric::PromAlertsFiring, u"count(ALERTS{alertstate=\"firing\"}) or vector(0)"_s}};
    }
    QList<PromSample> samples;
    PromError error;
    if (!m_client->query(combined(wanted), &samples, &error))
        return toDbError(error);
    m_values.clear();
    for (const PromSample &s : std::as_const(samples))
        m_values.insert(s.labels.value(u"sonde_metric"_s), s.value);
    // Alerts are optional (a proxy may refuse them, VictoriaMetrics has none without
    // vmalert): the metrics go on without them.
    if (m_ticks++ % AlertsEveryTicks == 0)
        readAlerts();
    return {};
}

void PrometheusSampler::readAlerts()
{
    QList<PromAlert> alerts;
    PromError error;
    if (!m_client->alerts(&alerts, &error))
        return;
    m_firing.clear();
    for (const PromAlert &a : std::as_const(alerts)) {
        if (a.state != u"firing"_s)
            continue;
        const QString instance = a.labels.value(u"instance"_s);
        if (m_instance.isValid() && instance != m_instance.instance)
            continue;
        m_firing << a.name();
        const QString key = a.name() + u'|' + instance + u'|' + a.labels.value(u"job"_s) + u'|' +
                            a.activeAt.toString(Qt::ISODateWithMs);
        if (m_seenAlerts.contains(key))
            continue;
        m_seenAlerts.insert(key);
        TimelineEvent e;
        e.at = a.activeAt.isValid() ? a.activeAt.toUTC() : QDateTime::currentDateTimeUtc();
        e.kind = TimelineEvent::Kind::PrometheusAlert;
        e.severity = severityOf(a);
        e.targetId = target().id;
        e.targetName = target().name;
        e.text = instance.isEmpty() ? tr("Prometheus fires %1").arg(a.name())
                                    : tr("Prometheus fires %1 on %2").arg(a.name(), instance);
        e.detail = a.annotations.value(u"description"_s, a.annotations.value(u"summary"_s));
        m_newEvents.append(e);
    }
    m_firing.removeDuplicates();
}

void PrometheusSampler::derive(bool hasPrevious, double seconds, Snapshot *out)
{
    Q_UNUSED(hasPrevious)
    Q_UNUSED(seconds)
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        out->values.insert(it.key(), it.value());
    // An instance's metric Prometheus has no value for now (its server is down, its exporter
    // cannot reach it): a gap in the line, not a bridge over the outage.
    if (m_instance.isValid()) {
        for (const PromQlMapping &m : PromQlMap::forKind(m_instance.kind)) {
            if (!out->values.contains(m.metric))
                out->values.insert(m.metric, std::nan(""));
        }
    }
    out->events += m_newEvents;
    auto activity = std::make_shared<PrometheusActivity>();
    activity->url = m_endpoint.displayUrl();
    activity->instance = m_instance.instance;
    activity->firing = m_firing;
    out->detail = activity;
}

void PrometheusSampler::commitReading()
{
    m_newEvents.clear();
}

DbError PrometheusSampler::readFleet(const QVariant &argument, QVariant *value)
{
    const ThresholdSet thresholds = argument.canConvert<ThresholdSet>()
                                        ? argument.value<ThresholdSet>()
                                        : ThresholdSet::defaults();
    FleetReading reading;
    PromError error;
    if (!PrometheusFleet::read(*m_client, thresholds, m_scrapeSeconds, &reading, &error))
        return toDbError(error);
    *value = QVariant::fromValue(reading);
    return {};
}

DbError PrometheusSampler::readHistory(const QVariant &argument, QVariant *value)
{
    const auto orders = argument.value<QList<PromHistoryOrder>>();
    QList<PromInstance> instances;
    PromError error;
    if (!discoverInstances(*m_client, &instances, &error))
        return toDbError(error);
    QList<PromHistoryDelivery> deliveries;
    for (const PromHistoryOrder &order : orders) {
        PromHistoryDelivery d;
        d.order = order;
        for (const PromInstance &i : std::as_const(instances)) {
            const bool match = order.instanceKey.isEmpty()
                                   ? i.kind == order.kind && i.server == order.server
                                   : i.key() == order.instanceKey;
            if (!match)
                continue;
            // The last hour at the scrape's pace (what the store keeps at full resolution),
            // the time before it a reading a minute (what the store keeps of it).
            const qint64 fullFrom = std::max(order.fromMs, order.toMs - FullResolutionMs);
            InstanceHistory merged;
            merged.instance = i;
            const std::pair<qint64, int> parts[] = {{order.fromMs, 60},
                                                    {fullFrom, m_scrapeSeconds}};
            for (int p = 0; p < 2; ++p) {
                const qint64 from = parts[p].first;
                const qint64 to = p == 0 ? fullFrom - 1 : order.toMs;
                if (to - from < 1000)
                    continue;
                PromHistoryRequest request;
                request.instances = {i};
                request.fromMs = from;
                request.toMs = to;
                request.stepSeconds = parts[p].second;
                request.scrapeSeconds = m_scrapeSeconds;
                request.recorded = m_recorded;
                PromHistory history;
                if (!PrometheusHistory::read(*m_client, request, &history, &error))
                    return toDbError(error);
                const InstanceHistory part = history.instances.value(0);
                for (auto it = part.series.cbegin(); it != part.series.cend(); ++it)
                    merged.series[it.key()] += it.value();
            }
            d.found = true;
            d.history = merged;
            break;
        }
        deliveries.append(d);
    }
    *value = QVariant::fromValue(deliveries);
    return {};
}

} // namespace sonde
