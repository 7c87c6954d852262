#pragma once

#include "plan/PlanTreeModel.h"

#include <QTreeView>

namespace sonde {

// A plan as a tree with its numbers: rows tinted by their share of the time (> 10 / 50 /
// 90 %), a bar in the "% time" column, misestimates of 10× or more in orange / red, nodes
// a finding points at marked with ⚠, and — in a comparison — added / removed / changed
// nodes coloured. Owns its PlanTreeModel.
class PlanTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit PlanTreeView(QWidget *parent = nullptr);

    PlanTreeModel *planModel() const { return m_model; }
    void setPlan(const Plan &plan);
    void selectNode(int nodeId);
    int selectedNode() const;

signals:
    void nodeSelected(int nodeId);

private:
    PlanTreeModel *m_model;
};

} // namespace sonde
