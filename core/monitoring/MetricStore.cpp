#include "MetricStore.h"

#include <limits>

namespace sonde {

MetricStore::MetricStore(QObject *parent, const MetricSeries::Limits &limits)
    : QObject(parent)
    , m_limits(limits)
{
    qRegisterMetaType<sonde::Snapshot>();
}

MetricStore::~MetricStore() = default;

MetricSeries &MetricStore::seriesFor(TargetData &data, const QString &metric)
{
    auto it = data.series.find(metric);
    if (it == data.series.end())
        it = data.series.insert(metric, std::make_shared<MetricSeries>(m_limits));
    return *it.value();
}

void MetricStore::ingest(const Snapshot &snapshot)
{
    TargetData &data = m_targets[snapshot.targetId];
    append(data, snapshot);
    data.latest = snapshot;
    emit snapshotIngested(snapshot);
}

void MetricStore::append(TargetData &data, const Snapshot &snapshot)
{
    const qint64 ms = snapshot.at.toMSecsSinceEpoch();
    if (snapshot.startsAfterGap()) {
        for (auto &s : data.series)
            s->appendGap(ms - 1);
    }
    for (auto it = snapshot.values.cbegin(); it != snapshot.values.cend(); ++it)
        seriesFor(data, it.key()).append(ms, it.value());
    // A rate that could not be computed this tick (reset) is a gap, not a bridge.
    if (snapshot.continuity == Snapshot::Continuity::Reset) {
        for (auto it = data.series.begin(); it != data.series.end(); ++it) {
            if (!snapshot.values.contains(it.key()))
                it.value()->appendGap(ms);
        }
    }
}

void MetricStore::ingestHistory(const QList<Snapshot> &older)
{
    QHash<QString, QList<const Snapshot *>> byTarget;
    for (const Snapshot &s : older)
        byTarget[s.targetId].append(&s);
    for (auto t = byTarget.cbegin(); t != byTarget.cend(); ++t) {
        mergeHistory(
            t.key(),
            [&](TargetData &merged, qint64 liveFrom) {
                qint64 lastMs = std::numeric_limits<qint64>::min();
                for (const Snapshot *s : t.value()) {
                    const qint64 ms = s->at.toMSecsSinceEpoch();
                    if (ms < liveFrom) {
                        append(merged, *s);
                        lastMs = std::max(lastMs, ms);
                    }
                }
                return lastMs;
            },
            true);
    }
    emit tickIngested();
}

void MetricStore::ingestHistory(const QString &targetId, const HistorySeries &series,
                                bool gapBeforeLive)
{
    mergeHistory(
        targetId,
        [&](TargetData &merged, qint64 liveFrom) {
            qint64 lastMs = std::numeric_limits<qint64>::min();
            for (auto it = series.cbegin(); it != series.cend(); ++it) {
                MetricSeries &into = seriesFor(merged, it.key());
                for (const auto &[ms, value] : it.value()) {
                    if (ms >= liveFrom)
                        break;
                    into.append(ms, value);
                    lastMs = std::max(lastMs, ms);
                }
            }
            return lastMs;
        },
        gapBeforeLive);
    emit tickIngested();
}

void MetricStore::mergeHistory(const QString &targetId,
                               const std::function<qint64(TargetData &, qint64)> &fillOlder,
                               bool gapBeforeLive)
{
    TargetData merged;
    const auto live = m_targets.constFind(targetId);
    qint64 liveFrom = std::numeric_limits<qint64>::max();
    if (live != m_targets.cend()) {
        for (const auto &series : live->series) {
            if (!series->isEmpty())
                liveFrom = std::min(liveFrom, series->firstMs());
        }
        merged.latest = live->latest;
    }
    const qint64 lastMs = fillOlder(merged, liveFrom);
    // A gap after the history (Sonde was not running), before this run's readings: the
    // first of those continues no line.
    const bool liveReadings = liveFrom != std::numeric_limits<qint64>::max();
    if (gapBeforeLive && lastMs != std::numeric_limits<qint64>::min()) {
        const qint64 gapMs = liveReadings ? liveFrom - 1 : lastMs + 1;
        for (auto series = merged.series.begin(); series != merged.series.end(); ++series)
            series.value()->appendGap(gapMs);
    }
    if (live != m_targets.cend()) {
        for (auto series = live->series.cbegin(); series != live->series.cend(); ++series) {
            MetricSeries &into = seriesFor(merged, series.key());
            const auto points =
                series.value()->points(series.value()->firstMs(), series.value()->lastMs(), 0);
            for (const SeriesPoint &p : points)
                into.append(p.ms, p.value);
        }
    }
    m_targets.insert(targetId, merged);
}

void MetricStore::ingest(const QList<Snapshot> &snapshots)
{
    for (const Snapshot &s : snapshots)
        ingest(s);
    emit tickIngested();
}

void MetricStore::markGap(const QString &targetId, const QDateTime &at)
{
    auto it = m_targets.find(targetId);
    if (it == m_targets.end())
        return;
    const qint64 ms = at.toMSecsSinceEpoch();
    for (auto &s : it->series)
        s->appendGap(ms);
}

void MetricStore::removeTarget(const QString &targetId)
{
    if (m_targets.remove(targetId) > 0)
        emit targetRemoved(targetId);
}

void MetricStore::clear()
{
    m_targets.clear();
    emit cleared();
}

const MetricSeries *MetricStore::series(const QString &targetId, const QString &metric) const
{
    const auto t = m_targets.constFind(targetId);
    if (t == m_targets.cend())
        return nullptr;
    const auto s = t->series.constFind(metric);
    return s == t->series.cend() ? nullptr : s.value().get();
}

QStringList MetricStore::targetIds() const
{
    return m_targets.keys();
}

QStringList MetricStore::metrics(const QString &targetId) const
{
    const auto t = m_targets.constFind(targetId);
    return t == m_targets.cend() ? QStringList() : t->series.keys();
}

Snapshot MetricStore::latest(const QString &targetId) const
{
    const auto t = m_targets.constFind(targetId);
    return t == m_targets.cend() ? Snapshot() : t->latest;
}

qint64 MetricStore::firstMs() const
{
    qint64 first = 0;
    for (const TargetData &t : m_targets) {
        for (const auto &s : t.series) {
            if (!s->isEmpty() && (first == 0 || s->firstMs() < first))
                first = s->firstMs();
        }
    }
    return first;
}

qint64 MetricStore::lastMs() const
{
    qint64 last = 0;
    for (const TargetData &t : m_targets) {
        for (const auto &s : t.series)
            last = qMax(last, s->isEmpty() ? 0 : s->lastMs());
    }
    return last;
}

int MetricStore::seriesCount() const
{
    int n = 0;
    for (const TargetData &t : m_targets)
        n += int(t.series.size());
    return n;
}

std::size_t MetricStore::memoryBytes() const
{
    std::size_t bytes = sizeof(*this);
    for (const TargetData &t : m_targets) {
        for (const auto &s : t.series)
            bytes += s->memoryBytes();
    }
    return bytes;
}

} // namespace sonde
