#pragma once

#include "MetricCatalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QMetaType>

class QSettings;

namespace sonde {

enum class AlertLevel
{
    Normal,
    Warning,
    Critical
};

// The warning and critical limits of one chart. `below` means lower values are worse (a
// hit rate). A NaN limit is off.
struct Threshold
{
    double warning = std::nan("");
    double critical = std::nan("");
    bool below = false;

    bool isEnabled() const { return !std::isnan(warning) || !std::isnan(critical); }
    AlertLevel levelFor(double value) const;
    bool operator==(const Threshold &o) const;
};

// The thresholds of the dashboard's charts, with defaults from common practice: latency
// > 200 ms warning / > 500 ms critical, cache hit rate < 60 %, pool use > 90 %.
class ThresholdSet
{
    Q_DECLARE_TR_FUNCTIONS(ThresholdSet)
public:
    ThresholdSet();
    static ThresholdSet defaults();

    Threshold forChart(ChartGroup chart) const { return m_thresholds.value(chart); }
    void set(ChartGroup chart, const Threshold &threshold)
    {
        m_thresholds.insert(chart, threshold);
    }
    // A crossing raises an alert only when it holds for this many consecutive readings, so a
    // single slow interval does not page anyone.
    int sustainReadings() const { return m_sustain; }
    void setSustainReadings(int n) { m_sustain = qMax(1, n); }

    // QSettings group "thresholds" (numbers only, never anything secret).
    void save(QSettings &settings) const;
    static ThresholdSet load(QSettings &settings);

    bool operator==(const ThresholdSet &o) const;

private:
    QHash<ChartGroup, Threshold> m_thresholds;
    int m_sustain = 2;
};

QString alertLevelName(AlertLevel level);

} // namespace sonde

Q_DECLARE_METATYPE(sonde::ThresholdSet)
