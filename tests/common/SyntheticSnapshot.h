#pragma once

// A snapshot made up for a test: every metric of the target's kind at `value`.
#include "connection/Target.h"
#include "monitoring/MetricCatalog.h"
#include "monitoring/Snapshot.h"

#include <QDateTime>

namespace sonde::test {

inline Snapshot snapshotOf(const Target &t, qint64 ms, double value)
{
    Snapshot s;
    s.targetId = t.id;
    s.targetName = t.name;
    s.kind = t.kind;
    s.at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    s.intervalSeconds = 1.0;
    s.continuity = Snapshot::Continuity::Continuous;
    for (const MetricInfo &m : MetricCatalog::all()) {
        if (m.kind == t.kind)
            s.values.insert(m.name, value);
    }
    return s;
}

} // namespace sonde::test
