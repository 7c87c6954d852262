#include "LatencyHistogram.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <cmath>

namespace sonde {

uint64_t LatencyHistogram::bucketLow(int index)
{
    if (index < 2 * SubBuckets)
        return uint64_t(index);
    const int shift = (index - 2 * SubBuckets) / SubBuckets + 1;
    const uint64_t sub = uint64_t((index - 2 * SubBuckets) % SubBuckets + SubBuckets);
    return sub << shift;
}

uint64_t LatencyHistogram::bucketWidth(int index)
{
    if (index < 2 * SubBuckets)
        return 1;
    return uint64_t(1) << ((index - 2 * SubBuckets) / SubBuckets + 1);
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    if (other.m_count == 0)
        return;
    for (size_t i = 0; i < m_counts.size(); ++i)
        m_counts[i] += other.m_counts[i];
    if (m_count == 0 || other.m_min < m_min)
        m_min = other.m_min;
    m_max = std::max(m_max, other.m_max);
    m_count += other.m_count;
    m_sum += other.m_sum;
}

void LatencyHistogram::reset()
{
    m_counts.fill(0);
    m_count = 0;
    m_min = 0;
    m_max = 0;
    m_sum = 0.0;
}

int64_t LatencyHistogram::percentile(double p) const
{
    if (m_count == 0)
        return 0;
    p = std::clamp(p, 0.0, 100.0);
    // Nearest rank: the smallest sample with at least p % of the samples at or below it.
    int64_t rank = int64_t(std::ceil(p / 100.0 * double(m_count)));
    rank = std::clamp<int64_t>(rank, 1, m_count);
    int64_t seen = 0;
    for (int i = 0; i < BucketCount; ++i) {
        seen += m_counts[size_t(i)];
        if (seen >= rank) {
            if (i == BucketCount - 1)
                return m_max; // the overflow bucket
            const int64_t mid = int64_t(bucketLow(i) + bucketWidth(i) / 2);
            return std::clamp(mid, m_min, m_max);
        }
    }
    return m_max;
}

QList<QPair<int64_t, int64_t>> LatencyHistogram::buckets() const
{
    QList<QPair<int64_t, int64_t>> out;
    for (int i = 0; i < BucketCount; ++i) {
        if (const int64_t c = m_counts[size_t(i)]) {
            const int64_t mid = int64_t(bucketLow(i) + bucketWidth(i) / 2);
            out.append({std::clamp(mid, m_min, m_max), c});
        }
    }
    return out;
}

QByteArray LatencyHistogram::serialize() const
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << quint8(1) << qint64(m_count) << qint64(m_min) << qint64(m_max) << m_sum;
    qint32 used = 0;
    for (int64_t c : m_counts)
        used += c ? 1 : 0;
    out << used;
    for (int i = 0; i < BucketCount; ++i) {
        if (m_counts[size_t(i)])
            out << qint32(i) << qint64(m_counts[size_t(i)]);
    }
    return data;
}

bool LatencyHistogram::deserialize(const QByteArray &data, LatencyHistogram *out)
{
    QDataStream in(data);
    in.setVersion(QDataStream::Qt_6_4);
    quint8 version = 0;
    qint64 count = 0, min = 0, max = 0;
    double sum = 0;
    qint32 used = 0;
    in >> version >> count >> min >> max >> sum >> used;
    if (in.status() != QDataStream::Ok || version != 1 || used < 0 || used > BucketCount)
        return false;
    LatencyHistogram h;
    int64_t total = 0;
    for (qint32 k = 0; k < used; ++k) {
        qint32 i = 0;
        qint64 c = 0;
        in >> i >> c;
        if (in.status() != QDataStream::Ok || i < 0 || i >= BucketCount || c < 0)
            return false;
        h.m_counts[size_t(i)] = c;
        total += c;
    }
    if (total != count)
        return false;
    h.m_count = count;
    h.m_min = min;
    h.m_max = max;
    h.m_sum = sum;
    *out = h;
    return true;
}

} // namespace sonde
