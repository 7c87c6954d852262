#pragma once

#include "Snapshot.h"

namespace sonde {

// One line of what a snapshot says beyond the charts, in the DBA's words (its source's
// detail decides: sessions and lock waits for PostgreSQL, waiting clients for PgBouncer,
// memory and clients for Redis); empty when the snapshot carries no detail.
QString snapshotSummary(const Snapshot &snapshot);

} // namespace sonde
