#pragma once

#include "Snapshot.h"

#include <QJsonObject>

namespace sonde {

// A snapshot as one JSON object (what `sonde-cli sample --json` prints, one per line):
// {"time", "target", "kind", "interval_s", "continuity", "metrics": {name: value}, "events",
// "notes", and per kind a short "detail"}. Metrics that could not be computed are absent.
QJsonObject snapshotToJson(const Snapshot &snapshot);

} // namespace sonde
