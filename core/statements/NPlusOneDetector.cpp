#include "NPlusOneDetector.h"

#include <cmath>

namespace sonde {
namespace {

// Per-interval ratio a/b stays the same (for perfectly steady loads, where correlation says
// nothing): coefficient of variation of the ratio below 10 %.
bool steadyRatio(const QList<double> &a, const QList<double> &b)
{
    QList<double> ratios;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (b.at(i) > 0)
            ratios << a.at(i) / b.at(i);
        else if (a.at(i) > 0)
            return false;
    }
    if (ratios.size() < 2)
        return false;
    double mean = 0;
    for (double r : ratios)
        mean += r;
    mean /= double(ratios.size());
    double var = 0;
    for (double r : ratios)
        var += (r - mean) * (r - mean);
    var /= double(ratios.size());
    return mean > 0 && std::sqrt(var) / mean < 0.1;
}

bool isConstant(const QList<double> &v)
{
    for (double x : v) {
        if (x != v.first())
            return false;
    }
    return true;
}

} // namespace

double NPlusOneDetector::correlation(const QList<double> &a, const QList<double> &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    if (n < 2)
        return 0;
    double ma = 0;
    double mb = 0;
    for (qsizetype i = 0; i < n; ++i) {
        ma += a.at(i);
        mb += b.at(i);
    }
    ma /= double(n);
    mb /= double(n);
    double cov = 0;
    double va = 0;
    double vb = 0;
    for (qsizetype i = 0; i < n; ++i) {
        cov += (a.at(i) - ma) * (b.at(i) - mb);
        va += (a.at(i) - ma) * (a.at(i) - ma);
        vb += (b.at(i) - mb) * (b.at(i) - mb);
    }
    if (va <= 0 || vb <= 0)
        return 0;
    return cov / std::sqrt(va * vb);
}

void NPlusOneDetector::mark(const QList<const StatementInterval *> &intervals,
                            QList<SlowStatement> *statements, const Settings &settings)
{
    if (intervals.size() < settings.minIntervals)
        return;
    auto callsOf = [&](const StatementKey &key) {
        QList<double> out;
        out.reserve(intervals.size());
        for (const StatementInterval *i : intervals) {
            const auto d = i->deltas.constFind(key);
            out << (d == i->deltas.constEnd() ? 0.0 : d->change.calls);
        }
        return out;
    };
    QHash<StatementKey, QList<double>> series;
    auto seriesOf = [&](const StatementKey &key) -> const QList<double> & {
        auto it = series.find(key);
        if (it == series.end())
            it = series.insert(key, callsOf(key));
        return *it;
    };
    for (SlowStatement &a : *statements) {
        if (a.calls < settings.minCalls || a.meanMs > settings.maxMeanMs ||
            a.rowsPerCall > settings.maxRowsPerCall)
            continue;
        const QList<double> &sa = seriesOf(a.key);
        double best = 0;
        const SlowStatement *parent = nullptr;
        for (const SlowStatement &b : std::as_const(*statements)) {
            if (b.key == a.key || b.calls < 2 || a.calls / b.calls < settings.minRatio)
                continue;
            const QList<double> &sb = seriesOf(b.key);
            int active = 0;
            for (qsizetype i = 0; i < sa.size(); ++i)
                active += (sa.at(i) > 0 || sb.at(i) > 0) ? 1 : 0;
            if (active < settings.minIntervals)
                continue;
            double score = correlation(sa, sb);
            if ((isConstant(sa) || isConstant(sb)) && steadyRatio(sa, sb))
                score = 1.0;
            if (score >= settings.minCorrelation && score > best) {
                best = score;
                parent = &b;
            }
        }
        if (parent) {
            a.nPlusOne = true;
            a.nPlusOneParent = parent->key;
            a.nPlusOneRatio = a.calls / parent->calls;
        }
    }
}

} // namespace sonde
