#include "ComparisonConfidence.h"

#include "common/DisplayFormat.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde {

double RunVariation::standardError() const
{
    return intervals > 0 ? stddev / std::sqrt(double(intervals)) : 0;
}

RunVariation RunVariation::of(const BenchmarkResult &run)
{
    RunVariation v;
    v.runId = run.id;
    double sum = 0;
    for (const BenchmarkProgress &p : run.progress) {
        if (p.warmup)
            continue;
        sum += p.throughput;
        ++v.intervals;
    }
    if (v.intervals == 0)
        return v;
    v.meanThroughput = sum / v.intervals;
    if (v.intervals < 2)
        return v;
    double squares = 0;
    for (const BenchmarkProgress &p : run.progress) {
        if (!p.warmup)
            squares += (p.throughput - v.meanThroughput) * (p.throughput - v.meanThroughput);
    }
    v.stddev = std::sqrt(squares / (v.intervals - 1));
    return v;
}

ComparisonConfidence ComparisonConfidence::of(const BenchmarkResult &before,
                                              const BenchmarkResult &after)
{
    ComparisonConfidence c;
    c.before = RunVariation::of(before);
    c.after = RunVariation::of(after);
    if (c.before.meanThroughput > 0) {
        c.differencePct =
            100.0 * (c.after.meanThroughput - c.before.meanThroughput) / c.before.meanThroughput;
        const double se = std::hypot(c.before.standardError(), c.after.standardError());
        c.noisePct = 100.0 * 2.0 * se / c.before.meanThroughput;
    }
    return c;
}

bool ComparisonConfidence::tooFewSamples() const
{
    return before.intervals < MinIntervals || after.intervals < MinIntervals;
}

bool ComparisonConfidence::withinNoise() const
{
    return std::fabs(differencePct) <= noisePct;
}

bool ComparisonConfidence::unsteady() const
{
    return before.cvPct() > UnsteadyCvPct || after.cvPct() > UnsteadyCvPct;
}

QString ComparisonConfidence::variationText(const RunVariation &run)
{
    if (run.intervals < 2)
        return tr("Run #%1: %n measured interval(s), no variation to tell", nullptr, run.intervals)
            .arg(run.runId);
    return tr("Run #%1: throughput varied %2 from second to second (coefficient of "
              "variation) over %n interval(s)",
              nullptr, run.intervals)
        .arg(run.runId)
        .arg(DisplayFormat::spread(run.cvPct()));
}

QString ComparisonConfidence::verdict() const
{
    const QString difference = DisplayFormat::speedChange(1.0, 1.0 + differencePct / 100.0, true);
    if (withinNoise())
        return tr("The throughput difference (%1) is within the runs' noise (%2): it may be "
                  "chance.")
            .arg(difference, DisplayFormat::spread(noisePct));
    return tr("The throughput difference (%1) is larger than the runs' noise (%2).")
        .arg(difference, DisplayFormat::spread(noisePct));
}

QStringList ComparisonConfidence::warnings() const
{
    QStringList out;
    for (const RunVariation *run : {&before, &after}) {
        if (run->intervals < MinIntervals)
            out << tr("Run #%1 has only %n measured interval(s), fewer than %2: too few to "
                      "tell its variation. Run for at least %2 s.",
                      nullptr, run->intervals)
                       .arg(run->runId)
                       .arg(MinIntervals);
    }
    for (const RunVariation *run : {&before, &after}) {
        if (run->cvPct() > UnsteadyCvPct)
            out << tr("Run #%1 was not steady (throughput varied %2 from second to second): "
                      "something else loaded the machine or the server.")
                       .arg(run->runId)
                       .arg(DisplayFormat::spread(run->cvPct()));
    }
    if (!out.isEmpty() || withinNoise())
        out << tr("Before claiming a change, repeat each run a few times (alternating before "
                  "and after) and compare the repeats.");
    return out;
}

QJsonObject ComparisonConfidence::toJson() const
{
    auto run = [](const RunVariation &v) {
        return QJsonObject{{u"run_id"_s, v.runId},
                           {u"intervals"_s, v.intervals},
                           {u"mean_throughput"_s, v.meanThroughput},
                           {u"throughput_stddev"_s, v.stddev},
                           {u"throughput_cv_pct"_s, v.cvPct()}};
    };
    QJsonArray warn;
    for (const QString &w : warnings())
        warn.append(w);
    return QJsonObject{{u"before"_s, run(before)},
                       {u"verdict"_s, verdict()},
                       {u"after"_s, run(after)},
                       {u"difference_pct"_s, differencePct},
                       {u"noise_pct"_s, noisePct},
                       {u"too_few_samples"_s, tooFewSamples()},
                       {u"within_noise"_s, withinNoise()},
                       {u"unsteady"_s, unsteady()},
                       {u"warnings"_s, warn}};
}

} // namespace sonde
