#pragma once

#include <QList>
#include <QtGlobal>

#include <cstddef>
#include <optional>
#include <vector>

namespace sonde {

// A point as charts get it: `value` is the mean of what fell into it, `min`/`max` its
// extremes (equal to value at full resolution). A NaN value marks a gap: the line breaks.
struct SeriesPoint
{
    qint64 ms = 0; // milliseconds since the epoch (UTC)
    double value = 0;
    double min = 0;
    double max = 0;

    bool isGap() const { return value != value; }
};

// One metric of one target over time, in bounded memory: every reading of the last
// `fullSpanMs` (default one hour) at full resolution in a fixed ring, older readings folded
// into fixed buckets (default one minute, min/avg/max) in a second fixed ring (default 24 h).
// Memory is allocated once, at construction: a session left open for a day does not grow.
class MetricSeries
{
public:
    struct Limits
    {
        int fullCapacity = 3600;     // readings kept at full resolution
        qint64 fullSpanMs = 3600000; // … and for at most this long
        qint64 bucketMs = 60000;     // width of a downsampled bucket
        int bucketCapacity = 1440;   // downsampled buckets kept
        // Older still (a Prometheus' week): ten-minute buckets, 0 for none.
        qint64 coarseBucketMs = 600000;
        int coarseCapacity = 1008; // 7 days
    };

    MetricSeries();
    explicit MetricSeries(const Limits &limits);

    // Appends a reading; a NaN value marks a gap. A reading older than the last one is ignored.
    void append(qint64 ms, double value);
    void appendGap(qint64 ms);

    bool isEmpty() const { return m_rawSize == 0 && m_fine.size == 0 && m_coarse.size == 0; }
    qint64 firstMs() const;
    qint64 lastMs() const;
    // The last reading (NaN when it was a gap or there is none).
    double lastValue() const;
    int fullResolutionCount() const { return m_rawSize; }
    int bucketCount() const { return m_fine.size; }
    int coarseBucketCount() const { return m_coarse.size; }
    // Bytes held by this series: constant after construction.
    std::size_t memoryBytes() const;
    const Limits &limits() const { return m_limits; }

    // The points in [fromMs, toMs], downsampled to at most maxPoints (min/avg/max per slot;
    // gaps kept). The last point before fromMs is included so a line enters the range.
    QList<SeriesPoint> points(qint64 fromMs, qint64 toMs, int maxPoints) const;
    // The value at an instant: the nearest reading within `toleranceMs`; nothing in a gap.
    std::optional<double> valueAt(qint64 ms, qint64 toleranceMs) const;

private:
    struct Raw
    {
        qint64 ms;
        double value;
    };
    struct Bucket
    {
        qint64 startMs;
        double min;
        double max;
        double sum;
        int count; // readings with a value
        int gaps;  // gap markers
        // What it holds: from its first reading to just after its last (a bucket may hold
        // only part of its span: the oldest, or one whose minute is still being folded).
        qint64 beginMs = 0;
        qint64 endMs = 0;

        qint64 middleMs() const { return beginMs + (endMs - beginMs) / 2; }
    };

    const Raw &raw(int i) const { return m_raw[size_t((m_rawHead + i) % m_limits.fullCapacity)]; }
    // A ring of buckets, allocated once: the oldest at `head`.
    struct Ring
    {
        std::vector<Bucket> buckets;
        int head = 0;
        int size = 0;

        const Bucket &at(int i) const
        {
            return buckets[(size_t(head) + size_t(i)) % buckets.size()];
        }
    };
    const Bucket &bucket(int i) const { return m_fine.at(i); }
    const Bucket &coarse(int i) const { return m_coarse.at(i); }
    // The bucket `width` wide holding `ms` at the ring's end: the last one when it is, else a
    // new one (the oldest handed to `dropping` and dropped when the ring is full).
    Bucket *bucketFor(Ring &ring, qint64 ms, qint64 width,
                      void (MetricSeries::*dropping)(const Bucket &));
    void foldOldest();
    // The oldest one-minute bucket, dropped from its ring, into the ten-minute ones.
    void foldIntoCoarse(const Bucket &b);
    void collect(qint64 fromMs, qint64 toMs, QList<SeriesPoint> *out) const;

    Limits m_limits;
    std::vector<Raw> m_raw;
    int m_rawHead = 0;
    int m_rawSize = 0;
    Ring m_fine;   // one-minute buckets: a day
    Ring m_coarse; // ten-minute buckets: a week
};

} // namespace sonde
