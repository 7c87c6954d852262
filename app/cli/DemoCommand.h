#pragma once

#include "CliCommand.h"

namespace sonde::cli {

// sonde-cli demo [--seconds N] [--json] …: the demo sandbox and workload from a terminal.
CliCommand demoCommand();

} // namespace sonde::cli
