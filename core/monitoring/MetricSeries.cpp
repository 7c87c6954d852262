#include "MetricSeries.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace sonde {
namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

MetricSeries::MetricSeries()
    : MetricSeries(Limits())
{}

MetricSeries::MetricSeries(const Limits &limits)
    : m_limits(limits)
{
    m_limits.fullCapacity = qMax(2, m_limits.fullCapacity);
    m_limits.bucketCapacity = qMax(1, m_limits.bucketCapacity);
    m_limits.bucketMs = qMax<qint64>(1, m_limits.bucketMs);
    m_raw.resize(size_t(m_limits.fullCapacity));
    m_fine.buckets.resize(size_t(m_limits.bucketCapacity));
    m_limits.coarseCapacity = qMax(0, m_limits.coarseCapacity);
    m_limits.coarseBucketMs = qMax(m_limits.bucketMs, m_limits.coarseBucketMs);
    m_coarse.buckets.resize(size_t(m_limits.coarseCapacity));
}

void MetricSeries::appendGap(qint64 ms)
{
    append(ms, NaN);
}

void MetricSeries::append(qint64 ms, double value)
{
    if (!std::isfinite(value))
        value = NaN;
    if (m_rawSize > 0) {
        const Raw &last = raw(m_rawSize - 1);
        if (ms < last.ms)
            return;
        // Two gap markers in a row say nothing more than one.
        if (std::isnan(value) && std::isnan(last.value))
            return;
    } else if (m_fine.size > 0 && ms < bucket(m_fine.size - 1).startMs) {
        return;
    } else if (m_fine.size == 0 && m_coarse.size > 0 && ms < coarse(m_coarse.size - 1).endMs) {
        return;
    }
    while (m_rawSize > 0 &&
           (m_rawSize == m_limits.fullCapacity || raw(0).ms < ms - m_limits.fullSpanMs))
        foldOldest();
    m_raw[size_t((m_rawHead + m_rawSize) % m_limits.fullCapacity)] = Raw{ms, value};
    ++m_rawSize;
}

MetricSeries::Bucket *MetricSeries::bucketFor(Ring &ring, qint64 ms, qint64 width,
                                              void (MetricSeries::*dropping)(const Bucket &))
{
    const qint64 start = ms - (((ms % width) + width) % width);
    const size_t capacity = ring.buckets.size();
    if (ring.size > 0) {
        Bucket &last = ring.buckets[(size_t(ring.head) + size_t(ring.size) - 1) % capacity];
        if (last.startMs == start)
            return &last;
    }
    if (size_t(ring.size) == capacity) {
        if (dropping)
            (this->*dropping)(ring.buckets[size_t(ring.head)]);
        ring.head = int((size_t(ring.head) + 1) % capacity);
        --ring.size;
    }
    Bucket *b = &ring.buckets[(size_t(ring.head) + size_t(ring.size)) % capacity];
    *b = Bucket{start, 0, 0, 0, 0, 0, ms, ms + 1};
    ++ring.size;
    return b;
}

void MetricSeries::foldOldest()
{
    const Raw r = raw(0);
    m_rawHead = (m_rawHead + 1) % m_limits.fullCapacity;
    --m_rawSize;
    Bucket *b = bucketFor(m_fine, r.ms, m_limits.bucketMs,
                          m_limits.coarseCapacity > 0 ? &MetricSeries::foldIntoCoarse : nullptr);
    b->endMs = r.ms + 1;
    if (std::isnan(r.value)) {
        ++b->gaps;
        return;
    }
    b->min = b->count ? std::min(b->min, r.value) : r.value;
    b->max = b->count ? std::max(b->max, r.value) : r.value;
    b->sum += r.value;
    ++b->count;
}

void MetricSeries::foldIntoCoarse(const Bucket &b)
{
    Bucket *c = bucketFor(m_coarse, b.beginMs, m_limits.coarseBucketMs, nullptr);
    if (b.count > 0) {
        c->min = c->count ? std::min(c->min, b.min) : b.min;
        c->max = c->count ? std::max(c->max, b.max) : b.max;
        c->sum += b.sum;
        c->count += b.count;
    }
    c->gaps += b.gaps;
    c->endMs = b.endMs;
}

qint64 MetricSeries::firstMs() const
{
    if (m_coarse.size > 0)
        return coarse(0).beginMs;
    if (m_fine.size > 0)
        return bucket(0).beginMs;
    return m_rawSize > 0 ? raw(0).ms : 0;
}

qint64 MetricSeries::lastMs() const
{
    if (m_rawSize > 0)
        return raw(m_rawSize - 1).ms;
    if (m_fine.size > 0)
        return bucket(m_fine.size - 1).endMs - 1;
    return m_coarse.size > 0 ? coarse(m_coarse.size - 1).endMs - 1 : 0;
}

double MetricSeries::lastValue() const
{
    return m_rawSize > 0 ? raw(m_rawSize - 1).value : NaN;
}

std::size_t MetricSeries::memoryBytes() const
{
    return sizeof(*this) + m_raw.capacity() * sizeof(Raw) +
           (m_fine.buckets.capacity() + m_coarse.buckets.capacity()) * sizeof(Bucket);
}

void MetricSeries::collect(qint64 fromMs, qint64 toMs, QList<SeriesPoint> *out) const
{
    // The ten-minute buckets, then the one-minute ones (each older than the next), each at
    // the middle of what it holds: a minute still being folded holds only its first readings,
    // all before the full-resolution ones that follow.
    for (const Ring *ring : {&m_coarse, &m_fine}) {
        for (int i = 0; i < ring->size; ++i) {
            const Bucket &b = ring->at(i);
            const qint64 mid = b.middleMs();
            if (mid < fromMs || mid > toMs)
                continue;
            if (b.count > 0)
                out->append({mid, b.sum / b.count, b.min, b.max});
            if (b.gaps > 0)
                out->append({mid, NaN, NaN, NaN});
        }
    }
    // Binary search for the first full-resolution reading at or after fromMs.
    int lo = 0;
    int hi = m_rawSize;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (raw(mid).ms < fromMs)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (int i = lo; i < m_rawSize; ++i) {
        const Raw &r = raw(i);
        if (r.ms > toMs)
            break;
        out->append({r.ms, r.value, r.value, r.value});
    }
}

QList<SeriesPoint> MetricSeries::points(qint64 fromMs, qint64 toMs, int maxPoints) const
{
    QList<SeriesPoint> all;
    if (toMs < fromMs || isEmpty())
        return all;
    // Include the reading just before the range, so the line enters it from the left edge.
    qint64 lead = qMax<qint64>(m_limits.bucketMs, (toMs - fromMs) / qMax(1, maxPoints) * 2);
    if (m_coarse.size > 0 && fromMs <= coarse(m_coarse.size - 1).endMs + m_limits.bucketMs)
        lead = qMax(lead, m_limits.coarseBucketMs);
    collect(fromMs - lead, toMs, &all);
    int firstInRange = 0;
    while (firstInRange < all.size() && all.at(firstInRange).ms < fromMs)
        ++firstInRange;
    if (firstInRange > 0)
        all.remove(0, firstInRange - 1);
    if (maxPoints <= 0 || all.size() <= maxPoints)
        return all;

    // Min/avg/max per time slot; a slot holding a gap marker keeps the gap after its values.
    QList<SeriesPoint> out;
    out.reserve(maxPoints + 8);
    const double slotMs = double(toMs - fromMs + 1) / maxPoints;
    int i = 0;
    while (i < all.size()) {
        const qint64 slot =
            all.at(i).ms < fromMs ? -1 : qint64(double(all.at(i).ms - fromMs) / slotMs);
        double sum = 0;
        double mn = 0;
        double mx = 0;
        int n = 0;
        bool gap = false;
        qint64 tSum = 0;
        int j = i;
        for (; j < all.size(); ++j) {
            const SeriesPoint &p = all.at(j);
            const qint64 s = p.ms < fromMs ? -1 : qint64(double(p.ms - fromMs) / slotMs);
            if (s != slot)
                break;
            if (p.isGap()) {
                gap = true;
                continue;
            }
            mn = n ? std::min(mn, p.min) : p.min;
            mx = n ? std::max(mx, p.max) : p.max;
            sum += p.value;
            tSum += p.ms - fromMs;
            ++n;
        }
        if (n > 0)
            out.append({fromMs + tSum / n, sum / n, mn, mx});
        if (gap)
            out.append({all.at(j - 1).ms, NaN, NaN, NaN});
        i = j;
    }
    return out;
}

std::optional<double> MetricSeries::valueAt(qint64 ms, qint64 toleranceMs) const
{
    QList<SeriesPoint> near;
    collect(ms - toleranceMs, ms + toleranceMs, &near);
    const SeriesPoint *best = nullptr;
    for (const SeriesPoint &p : near) {
        if (!best || std::llabs(p.ms - ms) < std::llabs(best->ms - ms))
            best = &p;
    }
    if (!best || best->isGap())
        return std::nullopt;
    return best->value;
}

} // namespace sonde
