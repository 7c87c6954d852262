#pragma once

#include "CliCommand.h"

namespace sonde::cli {

// sonde-cli slow <uri> [--window S] [--json]
CliCommand slowCommand();

} // namespace sonde::cli
