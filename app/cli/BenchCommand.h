#pragma once

#include "CliCommand.h"

namespace sonde::cli {

// sonde-cli bench <uri> [--workload …] …: runs a benchmark and stores it.
CliCommand benchCommand();

} // namespace sonde::cli
