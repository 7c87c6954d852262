#include "BenchmarkComparison.h"

#include "common/DisplayFormat.h"

#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde {

double ComparisonFigure::changePct() const
{
    if (!comparable())
        return 0;
    return (after - before) / std::fabs(before) * 100.0;
}

double ComparisonFigure::improvementPct() const
{
    return higherIsBetter ? changePct() : -changePct();
}

QString BenchmarkComparison::formatPct(double pct)
{
    if (!std::isfinite(pct))
        return u"—"_s;
    return DisplayFormat::signedPercent(pct);
}

bool ComparisonFigure::isSpeed() const
{
    return unit == u"ms"_s || unit == u"tx/s"_s;
}

QString BenchmarkComparison::formatImprovement(const ComparisonFigure &f)
{
    if (!f.comparable())
        return u"—"_s;
    if (f.isSpeed())
        return DisplayFormat::speedChange(f.before, f.after, f.higherIsBetter);
    const QString factor = formatFactor(f);
    return factor.isEmpty() ? formatPct(f.improvementPct()) : factor;
}

QString BenchmarkComparison::formatValue(double value, const QString &unit)
{
    if (unit == u"ms"_s)
        return DisplayFormat::duration(value);
    if (unit == u"%"_s)
        return DisplayFormat::percent(value);
    const QString number = DisplayFormat::number(value);
    return unit.isEmpty() ? number : number + DisplayFormat::UnitSpace + unit;
}

QString BenchmarkComparison::formatFactor(const ComparisonFigure &f)
{
    if (!f.comparable())
        return {};
    const double ratio = f.after / f.before;
    if (!std::isfinite(ratio) || (ratio < 2 && (ratio <= 0 || ratio > 0.5)))
        return {};
    return DisplayFormat::change(f.before, f.after);
}

QString BenchmarkComparison::serverFigureLabel(const QString &key, QString *unit,
                                               bool *higherIsBetter)
{
    struct Known
    {
        const char *key;
        const char *label;
        const char *unit;
        bool higher;
    };
    static const Known known[] = {
        {"pg.transactions_per_s", QT_TR_NOOP("Server transactions/s"), "tx/s", true},
        {"pg.buffer_hit_pct", QT_TR_NOOP("Buffer cache hit rate"), "%", true},
        {"pg.blocks_read_per_s", QT_TR_NOOP("Blocks read from disk/s"), "/s", false},
        {"pg.rows_read_per_s", QT_TR_NOOP("Rows read/s"), "/s", false},
        {"pg.temp_mb", QT_TR_NOOP("Temporary files"), "MB", false},
        {"pg.deadlocks", QT_TR_NOOP("Deadlocks"), "", false},
        {"redis.commands_per_s", QT_TR_NOOP("Redis commands/s"), "/s", true},
        {"redis.hit_pct", QT_TR_NOOP("Redis keyspace hit rate"), "%", true},
        {"redis.evicted_keys", QT_TR_NOOP("Evicted keys"), "", false},
        {"pgbouncer.max_clients_waiting", QT_TR_NOOP("PgBouncer clients waiting (max)"), "", false},
        {"pgbouncer.max_wait_ms", QT_TR_NOOP("PgBouncer longest wait"), "ms", false},
        {"client.cache_hit_pct", QT_TR_NOOP("Cache hit rate (clients)"), "%", true},
    };
    for (const Known &k : known) {
        if (key == QLatin1String(k.key)) {
            *unit = QString::fromLatin1(k.unit);
            *higherIsBetter = k.higher;
            return tr(k.label);
        }
    }
    *unit = QString();
    *higherIsBetter = true;
    return key;
}

QList<ComparisonFigure> BenchmarkComparison::figures(const BenchmarkResult &a,
                                                     const BenchmarkResult &b)
{
    QList<ComparisonFigure> out;
    auto add = [&](const QString &key, const QString &label, const QString &unit, double x,
                   double y, bool higher) {
        ComparisonFigure f;
        f.key = key;
        f.label = label;
        f.unit = unit;
        f.before = x;
        f.after = y;
        f.higherIsBetter = higher;
        out << f;
    };
    add(u"throughput"_s, tr("Throughput"), u"tx/s"_s, a.throughput(), b.throughput(), true);
    add(u"mean_ms"_s, tr("Mean latency"), u"ms"_s, a.latency.mean() / 1e6, b.latency.mean() / 1e6,
        false);
    const struct
    {
        const char *key;
        double p;
        const char *label;
    } percentiles[] = {{"p50_ms", 50, QT_TR_NOOP("Latency p50")},
                       {"p90_ms", 90, QT_TR_NOOP("Latency p90")},
                       {"p95_ms", 95, QT_TR_NOOP("Latency p95")},
                       {"p99_ms", 99, QT_TR_NOOP("Latency p99")},
                       {"p99_9_ms", 99.9, QT_TR_NOOP("Latency p99.9")}};
    for (const auto &p : percentiles)
        add(QString::fromLatin1(p.key), tr(p.label), u"ms"_s, a.percentileMs(p.p),
            b.percentileMs(p.p), false);
    add(u"max_ms"_s, tr("Latency max"), u"ms"_s, double(a.latency.max()) / 1e6,
        double(b.latency.max()) / 1e6, false);
    const double errA = a.transactions + a.errors > 0
                            ? 100.0 * double(a.errors) / double(a.transactions + a.errors)
                            : 0;
    const double errB = b.transactions + b.errors > 0
                            ? 100.0 * double(b.errors) / double(b.transactions + b.errors)
                            : 0;
    add(u"error_pct"_s, tr("Errors"), u"%"_s, errA, errB, false);

    QStringList keys = a.serverSummary.keys();
    for (const QString &k : b.serverSummary.keys()) {
        if (!keys.contains(k))
            keys << k;
    }
    for (const QString &k : std::as_const(keys)) {
        QString unit;
        bool higher = true;
        const QString label = serverFigureLabel(k, &unit, &higher);
        ComparisonFigure f;
        f.key = u"server."_s + k;
        f.label = label;
        f.unit = unit;
        f.before = a.serverSummary.value(k);
        f.after = b.serverSummary.value(k);
        f.hasBefore = a.serverSummary.contains(k);
        f.hasAfter = b.serverSummary.contains(k);
        f.higherIsBetter = higher;
        out << f;
    }
    return out;
}

QList<QPair<double, double>> BenchmarkComparison::cdf(const LatencyHistogram &histogram)
{
    QList<QPair<double, double>> out;
    const double total = double(histogram.count());
    if (total <= 0)
        return out;
    double seen = 0;
    for (const auto &[value, count] : histogram.buckets()) {
        seen += double(count);
        out.append({double(value) / 1e6, seen / total});
    }
    return out;
}

} // namespace sonde
