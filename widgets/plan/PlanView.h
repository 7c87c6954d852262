#pragma once

#include "plan/Plan.h"
#include "plan/PlanFinding.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace sonde {

class PlanGraphView;
class PlanTreeView;

// Everything about one plan: a summary line, the findings in words, the tree with its
// numbers and marks, the icicle graph beside it, and the selected node's details. Clicking a
// finding, a tree row or a graph block selects the same node everywhere. Self-contained:
// give it a Plan (from PlanParser or Explainer).
class PlanView : public QWidget
{
    Q_OBJECT
public:
    explicit PlanView(QWidget *parent = nullptr);

    // `caption` says how the plan was made ("EXPLAIN ANALYZE, rolled back").
    void setPlan(const Plan &plan, const QString &caption = {});
    void clear();
    const Plan &plan() const { return m_plan; }
    const QList<PlanFinding> &findings() const { return m_findings; }
    void selectNode(int nodeId);

    PlanTreeView *tree() const { return m_tree; }
    PlanGraphView *graph() const { return m_graph; }
    QListWidget *findingsList() const { return m_findingsList; }

signals:
    void nodeSelected(int nodeId);

private:
    QString summaryText(const QString &caption) const;

    Plan m_plan;
    QList<PlanFinding> m_findings;
    QLabel *m_summary;
    QListWidget *m_findingsList;
    PlanTreeView *m_tree;
    PlanGraphView *m_graph;
    QPlainTextEdit *m_details;
};

} // namespace sonde
