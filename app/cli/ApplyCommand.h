#pragma once

#include "CliCommand.h"

namespace sonde::cli {

// sonde-cli apply <uri> "CREATE INDEX …" [--yes] [--json] [--lock-timeout MS]
CliCommand applyCommand();
// sonde-cli revert <uri> <change-id> [--yes] [--json] [--lock-timeout MS]
CliCommand revertCommand();

} // namespace sonde::cli
