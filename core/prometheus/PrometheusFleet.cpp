#include "PrometheusFleet.h"

#include "PromQlMap.h"

#include <QDateTime>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

constexpr TargetKind Kinds[] = {TargetKind::PostgreSQL, TargetKind::PgBouncer, TargetKind::Redis};

QString keyOf(const PromLabels &labels)
{
    return labels.value(u"job"_s) + u'/' + labels.value(u"instance"_s);
}

int levelRank(AlertLevel level)
{
    return level == AlertLevel::Critical ? 2 : level == AlertLevel::Warning ? 1 : 0;
}

AlertLevel worse(AlertLevel a, AlertLevel b)
{
    return levelRank(a) >= levelRank(b) ? a : b;
}

} // namespace

QString PromInstance::displayName() const
{
    const QString what = server.isEmpty() ? instance : server;
    return u"%1 %2 (%3)"_s.arg(targetKindName(kind), what, job);
}

QString PromInstance::matchers() const
{
    return PromQlMap::instanceMatchers(instance, job);
}

bool FleetRow::worseThan(const FleetRow &a, const FleetRow &b)
{
    if (a.instance.up != b.instance.up)
        return !a.instance.up;
    if (levelRank(a.level) != levelRank(b.level))
        return levelRank(a.level) > levelRank(b.level);
    if (a.firingAlerts.size() != b.firingAlerts.size())
        return a.firingAlerts.size() > b.firingAlerts.size();
    const double la = std::isnan(a.latencyMs) ? -1 : a.latencyMs;
    const double lb = std::isnan(b.latencyMs) ? -1 : b.latencyMs;
    if (la != lb)
        return la > lb;
    return a.instance.key() < b.instance.key();
}

bool discoverInstances(PrometheusClient &client, QList<PromInstance> *out, PromError *error)
{
    QStringList match;
    QHash<QString, TargetKind> kindOfMetric;
    for (TargetKind kind : Kinds) {
        for (const QString &m : PromQlMap::upMetrics(kind)) {
            match << m;
            kindOfMetric.insert(m, kind);
        }
    }
    match << u"pg_static"_s; // carries postgres_exporter's `server` label
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<PromLabels> series;
    if (!client.series(match, now - 3600 * 1000, now, &series, error))
        return false;
    QHash<QString, PromInstance> byKey;
    QHash<QString, QString> servers;
    for (const PromLabels &labels : std::as_const(series)) {
        const QString name = labels.value(u"__name__"_s);
        const QString key = keyOf(labels);
        if (!labels.value(u"server"_s).isEmpty())
            servers.insert(key, labels.value(u"server"_s));
        if (!kindOfMetric.contains(name) || byKey.contains(key))
            continue;
        PromInstance i;
        i.instance = labels.value(u"instance"_s);
        i.job = labels.value(u"job"_s);
        i.kind = kindOfMetric.value(name);
        byKey.insert(key, i);
    }
    // Up now: the scrape works, and the exporter reaches its server.
    QList<PromSample> up;
    // The worst of the scrape's `up` and the exporter's own (`or` would keep only `up`:
    // it matches on labels, not names).
    if (!client.query(u"min by (instance, job) ({__name__=~\"up|pg_up|redis_up|pgbouncer_up\"})"_s,
                      &up, error))
        return false;
    QSet<QString> down;
    for (const PromSample &s : std::as_const(up)) {
        if (s.value < 0.5)
            down.insert(keyOf(s.labels));
    }
    out->clear();
    for (auto it = byKey.begin(); it != byKey.end(); ++it) {
        it->server = servers.value(it.key());
        it->up = !down.contains(it.key());
        out->append(*it);
    }
    std::sort(out->begin(), out->end(),
              [](const PromInstance &a, const PromInstance &b) { return a.key() < b.key(); });
    return true;
}

bool PrometheusFleet::read(PrometheusClient &client, const ThresholdSet &thresholds,
                           int scrapeSeconds, FleetReading *out, PromError *error)
{
    FleetReading reading;
    reading.atMs = QDateTime::currentMSecsSinceEpoch();
    QList<PromInstance> instances;
    if (!discoverInstances(client, &instances, error))
        return false;
    reading.queries += 2;
    QHash<QString, FleetRow> rows;
    for (const PromInstance &i : std::as_const(instances)) {
        FleetRow row;
        row.instance = i;
        row.trend = QVector<double>(int(TrendSpanMs / 1000 / TrendStepSeconds) + 1, std::nan(""));
        rows.insert(i.key(), row);
    }

    const int rate = PromQlMap::rateWindowSeconds(TrendStepSeconds, scrapeSeconds);
    const qint64 now = reading.atMs;
    // Every column of every kind, and each kind's trend, side by side: a fixed number of
    // queries whatever the fleet's size.
    using Setter = void (*)(FleetRow &, double);
    struct Column
    {
        TargetKind kind;
        QString metric;
        Setter set;
    };
    QList<Column> columns;
    QStringList instant;
    QList<PrometheusClient::RangeQuery> trends;
    QList<TargetKind> trendKinds;
    for (TargetKind kind : Kinds) {
        const PromQlMap::FleetColumns c = PromQlMap::fleetColumns(kind);
        const std::pair<QString, Setter> wanted[] = {
            {c.latency,
             [](FleetRow &r, double v) {
                 r.latencyMs = v;
             }},
            {c.throughput,
             [](FleetRow &r, double v) {
                 r.throughputPerSec = v;
             }},
            {c.hitRate,
             [](FleetRow &r, double v) {
                 r.hitRatePct = v;
             }},
            {c.poolUse,
             [](FleetRow &r, double v) {
                 r.poolUsePct = v;
             }},
        };
        for (const auto &[metric, set] : wanted) {
            const PromQlMapping *m = metric.isEmpty() ? nullptr : PromQlMap::find(metric);
            if (!m)
                continue;
            columns.append({kind, metric, set});
            instant << PromQlMap::expression(*m, {}, rate);
        }
        if (const PromQlMapping *m = PromQlMap::find(c.latency)) {
            trends.append(
                {PromQlMap::expression(*m, {}, rate), now - TrendSpanMs, now, TrendStepSeconds});
            trendKinds << kind;
        }
    }
    QList<QList<PromSample>> values;
    QList<QList<PromSeries>> trendValues;
    reading.queries += int(instant.size() + trends.size());
    if (!client.queries(instant, &values, error) ||
        !client.queryRanges(trends, &trendValues, error))
        return false;
    for (int i = 0; i < columns.size(); ++i) {
        for (const PromSample &s : std::as_const(values.at(i))) {
            auto row = rows.find(keyOf(s.labels));
            if (row != rows.end() && row->instance.kind == columns.at(i).kind)
                columns.at(i).set(*row, s.value);
        }
    }
    const int slotCount = int(TrendSpanMs / 1000 / TrendStepSeconds) + 1;
    const qint64 firstMs = now - TrendSpanMs;
    for (int t = 0; t < trendKinds.size(); ++t) {
        for (const PromSeries &s : std::as_const(trendValues.at(t))) {
            auto row = rows.find(keyOf(s.labels));
            if (row == rows.end() || row->instance.kind != trendKinds.at(t))
                continue;
            for (qsizetype i = 0; i < s.ms.size(); ++i) {
                const qint64 slot = (s.ms.at(i) - firstMs) / (TrendStepSeconds * 1000);
                if (slot >= 0 && slot < slotCount)
                    row->trend[slot] = s.values.at(i);
            }
        }
    }
    // Firing alerts are optional: a proxy may refuse them, some backends have none.
    QList<PromAlert> alerts;
    PromError alertsError;
    ++reading.queries;
    if (client.alerts(&alerts, &alertsError)) {
        for (const PromAlert &a : std::as_const(alerts)) {
            if (a.state != u"firing"_s)
                continue;
            auto row = rows.find(keyOf(a.labels));
            if (row != rows.end())
                row->firingAlerts << a.name();
        }
    } else if (alertsError.kind == PromError::Kind::Canceled) {
        *error = alertsError;
        return false;
    }
    for (FleetRow &r : rows) {
        AlertLevel level = AlertLevel::Normal;
        if (!std::isnan(r.latencyMs))
            level = worse(level, thresholds.forChart(ChartGroup::Latency).levelFor(r.latencyMs));
        if (!std::isnan(r.hitRatePct))
            level = worse(level, thresholds.forChart(ChartGroup::HitRate).levelFor(r.hitRatePct));
        if (!std::isnan(r.poolUsePct))
            level = worse(level, thresholds.forChart(ChartGroup::PoolUse).levelFor(r.poolUsePct));
        r.level = level;
        reading.rows.append(r);
    }
    std::sort(reading.rows.begin(), reading.rows.end(), &FleetRow::worseThan);
    for (int i = 0; i < reading.rows.size(); ++i)
        reading.rows[i].rank = i;
    *out = reading;
    return true;
}

} // namespace sonde
