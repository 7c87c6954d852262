#pragma once

#include "CliCommand.h"

namespace sonde::cli {

// sonde-cli compare RUN_A RUN_B [--html FILE] [--pdf FILE]: two stored runs side by side.
CliCommand compareCommand();

} // namespace sonde::cli
