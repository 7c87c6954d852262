#pragma once

#include "Snapshot.h"

namespace sonde {

// One line of what a snapshot says beyond the charts, in the DBA's words: sessions by
// state, lock waits and the longest statement (PostgreSQL); clients waiting and the longest
// wait (PgBouncer); memory against maxmemory, clients, blocked clients, keys (Redis).
QString snapshotSummary(const Snapshot &snapshot);

} // namespace sonde
