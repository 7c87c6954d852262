#pragma once

#include "CliCommand.h"

namespace sonde::cli {

// sonde-cli changes [<uri>] [--json]: the change log (and, with a URI, cleanup after builds
// a crash interrupted on that server).
CliCommand changesCommand();

} // namespace sonde::cli
