#pragma once

#include <QString>

namespace sonde {

// An EXPLAIN (FORMAT JSON) plan as the indented text psql shows ("Limit (cost=… rows=…)",
// "->  Index Scan using … on …", "Index Cond: …"), for showing before/after plans until a
// graphical plan view takes over. Empty for text that is not a plan.
class PlanOutline
{
public:
    static QString fromJson(const QString &planJson);
};

} // namespace sonde
