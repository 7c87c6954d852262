#include "PrometheusMetrics.h"

namespace sonde {

QList<MetricInfo> PrometheusMetrics::all()
{
    const auto prom = TargetKind::Prometheus;
    return {
        MetricInfo::make(metric::PromInstancesUp, prom, tr("Prometheus targets up"), unit::Count,
                         ChartGroup::None, false,
                         tr("Scrape targets whose last scrape worked (up == 1).")),
        MetricInfo::make(metric::PromInstancesDown, prom, tr("Prometheus targets down"),
                         unit::Count, ChartGroup::None, false,
                         tr("Scrape targets whose last scrape failed (up == 0).")),
        MetricInfo::make(metric::PromAlertsFiring, prom, tr("Prometheus alerts firing"),
                         unit::Count, ChartGroup::None, false,
                         tr("Alerts Prometheus' rules fire now (ALERTS{alertstate=\"firing\"}).")),
    };
}

} // namespace sonde
