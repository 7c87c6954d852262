#pragma once

#include "BenchmarkResult.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace sonde {

// One figure of a before/after comparison.
struct ComparisonFigure
{
    QString key;   // "throughput", "p99_ms", "server.pg.buffer_hit_pct" …
    QString label; // translated
    QString unit;  // "tx/s", "ms", "%"
    double before = 0;
    double after = 0;
    bool higherIsBetter = true;
    bool hasBefore = true;
    bool hasAfter = true;

    // Signed change in % (after vs before); 0 when before is 0.
    double changePct() const;
    // Change in the good direction in % (positive = better): +50 means 50 % more throughput
    // or 50 % less latency.
    double improvementPct() const;
    bool comparable() const { return hasBefore && hasAfter && before != 0; }
    // Throughput or latency: a change reads as "faster" / "slower".
    bool isSpeed() const;
};

// Two runs side by side: the figures a DBA looks at, with the improvement of each.
class BenchmarkComparison
{
    Q_DECLARE_TR_FUNCTIONS(BenchmarkComparison)
public:
    static QList<ComparisonFigure> figures(const BenchmarkResult &before,
                                           const BenchmarkResult &after);
    // The latency CDF as (latency in ms, fraction 0..1) points, for charts.
    static QList<QPair<double, double>> cdf(const LatencyHistogram &histogram);
    // A translated label for a server summary key ("pg.buffer_hit_pct" → "Buffer hit rate").
    static QString serverFigureLabel(const QString &key, QString *unit, bool *higherIsBetter);
    // A figure with its unit, as DisplayFormat shows it: "1.97 s", "1,845 tx/s", "23.3 %".
    static QString formatValue(double value, const QString &unit);
    // "+12.3 %" / "−4.0 %" with the sign a reader expects.
    static QString formatPct(double pct);
    // The improvement of a figure as a reader wants it: "+12.3 %" (positive = better) below
    // 2×, and from there by how much: "74× faster", "15.9× slower" for throughput and
    // latency, "3.5× higher" for other figures — a percentage caps a latency gain at 100 %
    // and makes a 16× loss read "−1486 %". "—" when the runs cannot be compared.
    static QString formatImprovement(const ComparisonFigure &figure);
    // Only the factor: "74× lower", "3.5× higher"; empty below 2×.
    static QString formatFactor(const ComparisonFigure &figure);
};

} // namespace sonde
