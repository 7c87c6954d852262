#pragma once

#include "CliCommand.h"

namespace sonde::cli {

// sonde-cli explain <uri> --query-id ID | --sql TEXT [--analyze] [--json]
// sonde-cli explain --file PLAN.json [--json]
CliCommand explainCommand();

} // namespace sonde::cli
