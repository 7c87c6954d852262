#pragma once

#include "CliCommand.h"

namespace sonde::cli {

// sonde-cli history <prometheus-url>: the dashboard's series of the instances a Prometheus
// scrapes, over a range (docs/PROMETHEUS.md).
CliCommand historyCommand();
// sonde-cli fleet <prometheus-url>: the fleet overview table.
CliCommand fleetCommand();
// sonde-cli rules: Sonde's thresholds as Prometheus alerting rules.
CliCommand rulesCommand();

} // namespace sonde::cli
