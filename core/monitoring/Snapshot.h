#pragma once

#include "SnapshotDetail.h"
#include "TimelineEvent.h"
#include "connection/Target.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <cmath>
#include <memory>

namespace sonde {

// One tick of one sampler: an immutable value handed from the sampler's worker thread to
// the GUI thread through a queued signal. `values` holds the per-interval metrics
// (MetricCatalog names); a metric that could not be computed this tick (first reading,
// counter reset, nothing happened) is simply absent.
struct Snapshot
{
    // How this reading relates to the previous one of the same sampler.
    enum class Continuity
    {
        Continuous,  // rates over the interval since the previous reading
        First,       // first reading: gauges only, rates from the next tick on
        Reconnected, // first reading after the target came back: a gap before it
        Resumed,     // first reading after a pause: a gap before it
        Reset,       // counters went backwards (restart, stats reset): rates skipped
    };

    QString targetId;
    QString targetName;
    TargetKind kind = TargetKind::PostgreSQL;
    QDateTime at;               // wall-clock time of the reading (UTC)
    double intervalSeconds = 0; // monotonic time since the previous reading (0 when none)
    Continuity continuity = Continuity::First;
    QHash<QString, double> values;
    QList<TimelineEvent> events; // e.g. evictions, latency events, deadlocks, a reset
    QStringList notes;           // what is missing and why ("pg_stat_statements …")

    // What the source saw besides the values (shared, never modified); may be null.
    std::shared_ptr<const SnapshotDetail> detail;

    // The detail as the source's own type, or null when it is of another kind.
    template<typename T>
    const T *detailAs() const
    {
        return dynamic_cast<const T *>(detail.get());
    }

    bool has(QLatin1String name) const { return values.contains(name); }
    double value(QLatin1String name) const { return values.value(name, std::nan("")); }
    bool startsAfterGap() const
    {
        return continuity == Continuity::Reconnected || continuity == Continuity::Resumed ||
               continuity == Continuity::Reset;
    }
};

QString continuityName(Snapshot::Continuity continuity);

} // namespace sonde

Q_DECLARE_METATYPE(sonde::Snapshot)
