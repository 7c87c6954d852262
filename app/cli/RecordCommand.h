#pragma once

#include "CliCommand.h"

namespace sonde::cli {

// sonde-cli record <uri>… --seconds N --out FILE: samples the servers as `sample` does and
// writes everything the pipeline read into one recording file (docs/RECORDINGS.md).
CliCommand recordCommand();

// sonde-cli replay FILE [--json]: what a recording holds.
CliCommand replayCommand();

} // namespace sonde::cli
