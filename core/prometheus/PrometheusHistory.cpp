#include "PrometheusHistory.h"

#include "PromQlMap.h"
#include "monitoring/MetricStore.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// instance=~"a|b|c" (exact names, regex-escaped) for a set of instances of one kind.
QString matchersFor(const QList<PromInstance> &instances)
{
    if (instances.size() == 1)
        return instances.constFirst().matchers();
    QStringList names;
    QSet<QString> jobs;
    for (const PromInstance &i : instances) {
        names << QRegularExpression::escape(i.instance);
        jobs.insert(i.job);
    }
    QString m = promLabelMatcher(u"instance"_s, names.join(u'|'));
    m.replace(0, int(qstrlen("instance=")), u"instance=~"_s);
    if (jobs.size() == 1)
        m += u',' + promLabelMatcher(u"job"_s, *jobs.cbegin());
    return m;
}

} // namespace

int InstanceHistory::pointCount() const
{
    int n = 0;
    for (const auto &s : series)
        n += int(s.size());
    return n;
}

const InstanceHistory *PromHistory::find(const QString &instanceKey) const
{
    for (const InstanceHistory &h : instances) {
        if (h.instance.key() == instanceKey)
            return &h;
    }
    return nullptr;
}

bool PrometheusHistory::read(PrometheusClient &client, const PromHistoryRequest &request,
                             PromHistory *out, PromError *error)
{
    PromHistory history;
    history.fromMs = request.fromMs;
    history.toMs = request.toMs;
    history.stepSeconds = PrometheusClient::stepToFit(request.toMs - request.fromMs,
                                                      std::max(1, request.stepSeconds));
    const int rate = PromQlMap::rateWindowSeconds(history.stepSeconds, request.scrapeSeconds);
    const qint64 stepMs = history.stepSeconds * 1000LL;
    QHash<QString, int> index;
    QHash<TargetKind, QList<PromInstance>> byKind;
    for (const PromInstance &i : request.instances) {
        index.insert(i.key(), int(history.instances.size()));
        InstanceHistory h;
        h.instance = i;
        history.instances.append(h);
        byKind[i.kind].append(i);
    }
    // Every metric of every kind at once: Prometheus evaluates them side by side.
    struct Wanted
    {
        PromQlMapping mapping;
        QString matchers;
        bool recorded;
    };
    QList<Wanted> wanted;
    QList<PrometheusClient::RangeQuery> queries;
    for (auto kind = byKind.cbegin(); kind != byKind.cend(); ++kind) {
        const QString matchers = matchersFor(kind.value());
        for (const PromQlMapping &m : PromQlMap::forKind(kind.key())) {
            if (!request.metrics.isEmpty() && !request.metrics.contains(m.metric))
                continue;
            const bool recorded = request.recorded.contains(PromQlMap::recordedName(m.metric));
            wanted.append({m, matchers, recorded});
            queries.append({recorded ? PromQlMap::recordedExpression(m.metric, matchers)
                                     : PromQlMap::expression(m, matchers, rate),
                            request.fromMs, request.toMs, history.stepSeconds});
        }
    }
    QList<QList<PromSeries>> results;
    history.queries += int(queries.size());
    if (!client.queryRanges(queries, &results, error))
        return false;
    // Recorded series start when their rules did: the time before is evaluated.
    QList<PrometheusClient::RangeQuery> earlier;
    QList<int> earlierOf;
    for (int w = 0; w < wanted.size(); ++w) {
        if (!wanted.at(w).recorded)
            continue;
        qint64 first = request.toMs;
        for (const PromSeries &s : std::as_const(results.at(w)))
            first = std::min(first, s.ms.isEmpty() ? request.toMs : s.ms.constFirst());
        if (results.at(w).size() < qsizetype(byKind.value(wanted.at(w).mapping.kind).size()))
            first = request.toMs; // an instance without recorded series: all of it
        if (first - request.fromMs > 2 * stepMs) {
            earlier.append(
                {PromQlMap::expression(wanted.at(w).mapping, wanted.at(w).matchers, rate),
                 request.fromMs, first - stepMs, history.stepSeconds});
            earlierOf.append(w);
        }
    }
    QList<QList<PromSeries>> before;
    history.queries += int(earlier.size());
    if (!earlier.isEmpty() && !client.queryRanges(earlier, &before, error))
        return false;
    auto put = [&](const QString &metric, const QList<PromSeries> &series) {
        for (const PromSeries &s : series) {
            const QString key = s.labels.value(u"job"_s) + u'/' + s.labels.value(u"instance"_s);
            const auto at = index.constFind(key);
            if (at == index.cend())
                continue;
            auto &points = history.instances[at.value()].series[metric];
            points.reserve(points.size() + s.ms.size() + 8);
            qint64 previous = points.isEmpty() ? 0 : points.constLast().first;
            for (qsizetype i = 0; i < s.ms.size(); ++i) {
                const qint64 ms = s.ms.at(i);
                if (ms <= previous)
                    continue;
                // A missing step is a gap: the line breaks instead of bridging it.
                if (previous != 0 && ms - previous > stepMs + stepMs / 2)
                    points.append({previous + stepMs, std::nan("")});
                points.append({ms, s.values.at(i)});
                previous = ms;
            }
        }
    };
    for (int e = 0; e < earlierOf.size(); ++e)
        put(wanted.at(earlierOf.at(e)).mapping.metric, before.at(e));
    for (int w = 0; w < wanted.size(); ++w)
        put(wanted.at(w).mapping.metric, results.at(w));
    // Readings that stop before the range's end (the exporter or its server went away): a
    // gap after them, so nothing joins them to what comes next.
    for (InstanceHistory &h : history.instances) {
        for (auto &points : h.series) {
            if (!points.isEmpty() && !std::isnan(points.constLast().second) &&
                request.toMs - points.constLast().first > stepMs + stepMs / 2)
                points.append({points.constLast().first + stepMs, std::nan("")});
        }
    }
    *out = std::move(history);
    return true;
}

void PrometheusHistory::ingest(const InstanceHistory &history, const QString &targetId,
                               MetricStore *store)
{
    store->ingestHistory(targetId, history.series, false);
}

} // namespace sonde
