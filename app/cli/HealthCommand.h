#pragma once

#include "CliCommand.h"

namespace sonde::cli {

// sonde-cli health <uri> [--json] [--ram SIZE] [--cores N] [--fix CHECK] [--revert ID]
CliCommand healthCommand();

} // namespace sonde::cli
