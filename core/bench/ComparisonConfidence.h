#pragma once

#include "BenchmarkResult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sonde {

// How much a run's throughput moved from one measured interval (a second) to the next.
struct RunVariation
{
    qint64 runId = 0;
    int intervals = 0;         // measured intervals, warm-up left out
    double meanThroughput = 0; // mean of the intervals' tx/s
    double stddev = 0;         // sample standard deviation of the intervals' tx/s
    // Coefficient of variation in %: stddev / mean. 0 for fewer than two intervals.
    double cvPct() const { return meanThroughput > 0 ? 100.0 * stddev / meanThroughput : 0; }
    // Standard error of the mean, in tx/s.
    double standardError() const;

    static RunVariation of(const BenchmarkResult &run);
};

// Whether the throughput difference between two runs stands out of their run-to-run noise,
// from each run's per-interval throughput: the difference of the means is compared with
// twice their combined standard error (about 95 % when intervals are independent — they
// are not quite, and two runs on a shared machine vary more than their intervals show, so
// only repeats settle it). Fewer than MinIntervals intervals in a run is too few to tell.
class ComparisonConfidence
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonConfidence)
public:
    static constexpr int MinIntervals = 30;
    // A run whose throughput varied more than this (CV, %) was not steady.
    static constexpr double UnsteadyCvPct = 25;

    static ComparisonConfidence of(const BenchmarkResult &before, const BenchmarkResult &after);

    RunVariation before;
    RunVariation after;
    double differencePct = 0; // after's mean vs before's, in % of before's
    double noisePct = 0;      // twice the combined standard error, in % of before's mean

    bool tooFewSamples() const;
    bool withinNoise() const;
    bool unsteady() const;
    // Nothing to warn about: enough intervals, steady runs, a difference above the noise.
    bool clear() const { return !tooFewSamples() && !withinNoise() && !unsteady(); }

    // "Run #3: 10 intervals, throughput varied ±41.2 % from second to second (CV)"
    static QString variationText(const RunVariation &run);
    // One line: the difference against the noise.
    QString verdict() const;
    // What to be careful about (too few intervals, an unsteady run) and what to do, one
    // sentence each; empty when clear().
    QStringList warnings() const;
    QJsonObject toJson() const;
};

} // namespace sonde
