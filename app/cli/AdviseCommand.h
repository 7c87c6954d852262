#pragma once

#include "CliCommand.h"

namespace sonde::cli {

// sonde-cli advise <uri> [--window S] [--json] [--apply] [--yes] …
CliCommand adviseCommand();

} // namespace sonde::cli
