#pragma once

#include <QDateTime>
#include <QLatin1String>
#include <QMetaType>
#include <QString>

namespace sonde {

// A plan the Plan page showed (EXPLAIN of a statement on a target), as a reading of the
// "plans" feed: not sampled, published when it is shown, so that a recording keeps the
// plans looked at during an incident.
struct ShownPlan
{
    QDateTime at;
    QString sql;
    QString caption;  // "Generic plan (parameters unknown)", "EXPLAIN ANALYZE at …"
    QString planJson; // EXPLAIN (FORMAT JSON) as the server gave it
};

inline constexpr QLatin1String PlansFeed("plans");

} // namespace sonde

Q_DECLARE_METATYPE(sonde::ShownPlan)
