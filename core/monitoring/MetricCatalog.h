#pragma once

#include "connection/Target.h"

#include <QCoreApplication>
#include <QLatin1String>
#include <QList>
#include <QString>

namespace sonde {

// The dashboard's charts; metrics on one chart share its unit and its thresholds.
enum class ChartGroup
{
    Latency,    // milliseconds
    Throughput, // per second
    HitRate,    // percent
    PoolUse,    // percent (and a count of waiting clients on a second axis)
    None,       // stored and shown in tables, not charted
};

// The units metrics are in.
namespace unit {
inline constexpr QLatin1String Ms("ms");
inline constexpr QLatin1String PerSec("/s");
inline constexpr QLatin1String Pct("%");
inline constexpr QLatin1String Seconds("s");
inline constexpr QLatin1String Bytes("B");
inline constexpr QLatin1String BytesPerSec("B/s");
inline constexpr QLatin1String Count("");
} // namespace unit

struct MetricInfo
{
    QString name;
    TargetKind kind = TargetKind::PostgreSQL;
    QString label; // translated, short: "PostgreSQL latency per call"
    QString unit;  // "ms", "/s", "%", "" (a count), "B", "s"
    ChartGroup chart = ChartGroup::None;
    // Checked against the chart's thresholds (a count of waiting clients is not a percent).
    bool alerting = false;
    // Charted on the chart's second axis (counts next to percentages).
    bool secondaryAxis = false;
    QString help; // tooltip: how it is computed

    static MetricInfo make(QLatin1String name, TargetKind kind, const QString &label,
                           const QString &unit, ChartGroup chart, bool alerting,
                           const QString &help, bool secondaryAxis = false);
};

// What every metric is, for charts, tables, alerts and the CLI. The catalog names no server:
// each source registers the metrics its snapshots carry (SourceRegistry::add), in the order
// they are listed on charts and in tables. Thread-safe.
class MetricCatalog
{
    Q_DECLARE_TR_FUNCTIONS(MetricCatalog)
public:
    // The metrics of one source; called when the catalog is first read after a source was
    // added, so that labels are translated in the language then installed.
    using Provider = QList<MetricInfo> (*)();
    // A later call for the same kind replaces its metrics.
    static void add(TargetKind kind, Provider provider);

    static QList<MetricInfo> all();
    // An empty MetricInfo (name empty) when unknown.
    static MetricInfo info(const QString &name);
    static QList<MetricInfo> forChart(ChartGroup chart);
    static QString chartTitle(ChartGroup chart);
    static QString chartUnit(ChartGroup chart);
    // The value as DisplayFormat writes its unit: "12.3 ms", "2.50 s", "95.0 %", "1.5 MB",
    // "1,234 /s".
    static QString format(const QString &metricName, double value);
    // The number alone, for a name that already says the unit: "12.3" for pg.latency_ms;
    // whole counts without decimals ("1,234").
    static QString formatNumber(const QString &metricName, double value);
};

} // namespace sonde
