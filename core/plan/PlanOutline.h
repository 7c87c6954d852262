#pragma once

#include <QString>
#include <QStringList>

namespace sonde {

// An EXPLAIN (FORMAT JSON) plan as the indented text psql shows ("Limit (cost=… rows=…)",
// "->  Index Scan using … on …", "Index Cond: …"), for text output (reports, the clipboard)
// and line diffs of two plans. Screens draw plans with the plan views instead.
class PlanOutline
{
public:
    // The outline's lines; empty for text that is not a plan.
    static QStringList lines(const QString &planJson);
    static QString fromJson(const QString &planJson) { return lines(planJson).join(u'\n'); }
    // "  " unchanged, "- " only before, "+ " only after (longest common subsequence).
    static QString unifiedDiff(const QStringList &before, const QStringList &after);
};

} // namespace sonde
