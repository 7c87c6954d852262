#pragma once

#include "plan/PlanDiff.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace sonde {

class PlanTreeView;

// Two plans of one statement side by side — for example before and after an index —
// with added (green), removed (red) and changed (amber) nodes marked in both trees, the
// total cost and time difference on top, and a list of what changed. Selecting a node on
// one side selects its counterpart on the other. Self-contained: give it two Plans.
class PlanDiffView : public QWidget
{
    Q_OBJECT
public:
    explicit PlanDiffView(QWidget *parent = nullptr);

    void setPlans(const Plan &before, const Plan &after, const QString &beforeCaption = {},
                  const QString &afterCaption = {});
    // The same from EXPLAIN (FORMAT JSON) text; a side that does not parse stays empty and
    // its caption says why.
    void setPlanJson(const QString &beforeJson, const QString &afterJson,
                     const QString &beforeCaption = {}, const QString &afterCaption = {});
    void clear();
    const PlanDiff &diff() const { return m_diff; }
    PlanTreeView *beforeTree() const { return m_before; }
    PlanTreeView *afterTree() const { return m_after; }
    QTreeWidget *changes() const { return m_changes; }

private:
    PlanDiff m_diff;
    QLabel *m_summary;
    QLabel *m_beforeCaption;
    QLabel *m_afterCaption;
    PlanTreeView *m_before;
    PlanTreeView *m_after;
    QTreeWidget *m_changes;
};

} // namespace sonde
