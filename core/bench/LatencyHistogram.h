#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <array>
#include <cstdint>

namespace sonde {

// An HDR-style latency histogram in nanoseconds with bounded memory (≈ 36 KB whatever the
// number of samples): values below 256 ns are exact; above, each power of two is split
// into 128 buckets, so a percentile is off by at most 1/256 of the value (≈ 0.4 %). Values
// above about 36 minutes share one overflow bucket (reported as the maximum). Recording is a few
// integer operations (no allocation); histograms of several threads are merged with merge(). Not
// thread-safe.
class LatencyHistogram
{
public:
    static constexpr int SubBuckets = 128;
    static constexpr int MaxShift = 33; // values up to 2^41 ns
    static constexpr int BucketCount = 2 * SubBuckets + MaxShift * SubBuckets;

    void record(int64_t nanoseconds, int64_t times = 1)
    {
        if (times <= 0)
            return;
        if (nanoseconds < 0)
            nanoseconds = 0;
        const int i = bucketIndex(uint64_t(nanoseconds));
        m_counts[size_t(i)] += times;
        m_count += times;
        m_sum += double(nanoseconds) * double(times);
        if (nanoseconds > m_max)
            m_max = nanoseconds;
        if (m_count == times || nanoseconds < m_min)
            m_min = nanoseconds;
    }
    void merge(const LatencyHistogram &other);
    void reset();

    int64_t count() const { return m_count; }
    int64_t min() const { return m_count ? m_min : 0; }
    int64_t max() const { return m_max; }
    double mean() const { return m_count ? m_sum / double(m_count) : 0.0; }
    // The value at percentile p (0..100): the nearest-rank sample's bucket midpoint, within
    // [min, max]. 0 when empty.
    int64_t percentile(double p) const;

    // Non-empty buckets as (representative value in ns, count), ascending: for CDF and
    // histogram charts.
    QList<QPair<int64_t, int64_t>> buckets() const;

    // Compact sparse form for storage (index/count pairs plus min/max/sum).
    QByteArray serialize() const;
    static bool deserialize(const QByteArray &data, LatencyHistogram *out);

    static int bucketIndex(uint64_t value)
    {
        if (value < 2 * SubBuckets)
            return int(value);
        const int msb = 63 - __builtin_clzll(value);
        int shift = msb - 7; // value >> shift lies in [128, 256)
        if (shift > MaxShift) {
            shift = MaxShift;
            return BucketCount - 1;
        }
        return 2 * SubBuckets + (shift - 1) * SubBuckets + int(value >> shift) - SubBuckets;
    }
    // Smallest value of a bucket and its width.
    static uint64_t bucketLow(int index);
    static uint64_t bucketWidth(int index);

private:
    std::array<int64_t, BucketCount> m_counts{};
    int64_t m_count = 0;
    int64_t m_min = 0;
    int64_t m_max = 0;
    double m_sum = 0.0;
};

} // namespace sonde
