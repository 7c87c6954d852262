#pragma once

#include "CliCommand.h"

namespace sonde::cli {

// sonde-cli sample <uri> [--interval S] [--count N] [--json]: the dashboard's per-interval
// metrics of one server, one line (or one JSON object) per interval.
CliCommand sampleCommand();

} // namespace sonde::cli
