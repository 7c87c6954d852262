#include "SnapshotSummary.h"

namespace sonde {

QString snapshotSummary(const Snapshot &s)
{
    return s.detail ? s.detail->summary(s) : QString();
}

} // namespace sonde
