#pragma once

#include "Plan.h"
#include "PlanDiff.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

namespace sonde {

// A plan as a tree for views: one row per node with its numbers. Expense, misestimate and
// diff marks come as data roles so each view picks its own colours. GUI thread only.
class PlanTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NodeColumn,
        EstimatedRowsColumn,
        ActualRowsColumn,
        MisestimateColumn,
        LoopsColumn,
        ExclusiveTimeColumn,
        InclusiveTimeColumn,
        TimeShareColumn,
        ExclusiveCostColumn,
        TotalCostColumn,
        BuffersColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role
    {
        NodeIdRole = Qt::UserRole + 1,
        // int(PlanExpense) of the node.
        ExpenseRole,
        // Misestimate factor (≥ 1) when ≥ 10, else 0.
        MisestimateRole,
        // Share of time (or cost) 0..1.
        ShareRole,
        // int(PlanDiffRow::Change), or -1 when the model shows no comparison.
        DiffChangeRole,
        // True when a finding points at the node.
        HasFindingRole,
        // The number behind a column, for sorting and charts.
        ValueRole,
    };

    explicit PlanTreeModel(QObject *parent = nullptr);

    void setPlan(const Plan &plan);
    const Plan &plan() const { return m_plan; }
    // Marks nodes with how they changed in a comparison (empty: no marks).
    void setDiffChanges(const QHash<int, PlanDiffRow::Change> &changes);
    // Node ids that findings point at.
    void setFindingNodes(const QSet<int> &ids);
    void clear();

    QModelIndex indexOfNode(int nodeId, int column = 0) const;
    int nodeIdAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Everything EXPLAIN said about a node, as "name: value" lines (details pane, tooltip).
    static QString nodeDetails(const PlanNode &node);

private:
    QVariant display(const PlanNode &n, int column) const;
    QVariant value(const PlanNode &n, int column) const;
    int rowInParent(const PlanNode &n) const;
    void refreshAll();

    Plan m_plan;
    QHash<int, PlanDiffRow::Change> m_changes;
    QSet<int> m_findingNodes;
};

} // namespace sonde
