#pragma once

#include <QString>
#include <QStringList>

namespace sonde {

// A plan as indented lines ("Index Scan using users_pkey on users  (cost 0.42..8.44)") from
// EXPLAIN (FORMAT JSON), and a line diff of two plans, for the before/after comparison of
// replayed statements.
class PlanOutline
{
public:
    static QStringList lines(const QString &planJson);
    // "  " unchanged, "- " only before, "+ " only after (longest common subsequence).
    static QString unifiedDiff(const QStringList &before, const QStringList &after);
};

} // namespace sonde
