#pragma once

#include "monitoring/MetricCatalog.h"

namespace sonde {

// What a Prometheus server target reports of itself (the fleet at a glance). A target for
// one instance it scrapes reports that instance's own metrics instead (PromQlMap).
namespace metric {
inline constexpr QLatin1String PromInstancesUp("prom.instances_up");
inline constexpr QLatin1String PromInstancesDown("prom.instances_down");
inline constexpr QLatin1String PromAlertsFiring("prom.alerts_firing");
} // namespace metric

class PrometheusMetrics
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusMetrics)
public:
    static QList<MetricInfo> all();
};

} // namespace sonde
