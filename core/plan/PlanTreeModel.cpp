#include "PlanTreeModel.h"

#include "PlanFormat.h"

using namespace Qt::StringLiterals;

namespace sonde {

namespace Fmt = PlanFormat;

PlanTreeModel::PlanTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void PlanTreeModel::setPlan(const Plan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_changes.clear();
    m_findingNodes.clear();
    endResetModel();
}

void PlanTreeModel::setDiffChanges(const QHash<int, PlanDiffRow::Change> &changes)
{
    m_changes = changes;
    refreshAll();
}

void PlanTreeModel::refreshAll()
{
    for (const PlanNode &n : std::as_const(m_plan.nodes))
        emit dataChanged(indexOfNode(n.id, 0), indexOfNode(n.id, ColumnCount - 1));
}

void PlanTreeModel::setFindingNodes(const QSet<int> &ids)
{
    m_findingNodes = ids;
    refreshAll();
}

void PlanTreeModel::clear()
{
    setPlan(Plan());
}

int PlanTreeModel::rowInParent(const PlanNode &n) const
{
    if (n.parent < 0)
        return 0;
    return int(m_plan.node(n.parent).children.indexOf(n.id));
}

QModelIndex PlanTreeModel::indexOfNode(int nodeId, int column) const
{
    if (nodeId < 0 || nodeId >= m_plan.nodes.size())
        return {};
    return createIndex(rowInParent(m_plan.node(nodeId)), column, quintptr(nodeId));
}

int PlanTreeModel::nodeIdAt(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || m_plan.isEmpty())
        return {};
    if (!parent.isValid())
        return row == 0 ? createIndex(0, column, quintptr(0)) : QModelIndex();
    if (parent.column() != 0)
        return {};
    const PlanNode &p = m_plan.node(nodeIdAt(parent));
    if (row >= p.children.size())
        return {};
    return createIndex(row, column, quintptr(p.children.at(row)));
}

QModelIndex PlanTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const PlanNode &n = m_plan.node(nodeIdAt(child));
    if (n.parent < 0)
        return {};
    return indexOfNode(n.parent, 0);
}

int PlanTreeModel::rowCount(const QModelIndex &parent) const
{
    if (m_plan.isEmpty())
        return 0;
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    return int(m_plan.node(nodeIdAt(parent)).children.size());
}

int PlanTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == NodeColumn || section == DetailColumn
                   ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                   : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case MisestimateColumn:
            return tr("Actual rows / estimated rows per loop: ↑ more rows than the planner "
                      "expected, ↓ fewer. Marked from 10×.");
        case ExclusiveTimeColumn:
            return tr("Time spent in this node itself, without its children (over all loops).");
        case InclusiveTimeColumn:
            return tr("Time of this node including its children (over all loops).");
        case TimeShareColumn:
            return tr("Share of the statement's time spent in this node itself (of the cost "
                      "when the plan was not run with ANALYZE).");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NodeColumn:
        return tr("Node");
    case EstimatedRowsColumn:
        return tr("Rows (est.)");
    case ActualRowsColumn:
        return tr("Rows (actual)");
    case MisestimateColumn:
        return tr("Misestimate");
    case LoopsColumn:
        return tr("Loops");
    case ExclusiveTimeColumn:
        return tr("Excl. time");
    case InclusiveTimeColumn:
        return tr("Incl. time");
    case TimeShareColumn:
        return m_plan.hasTiming() || m_plan.isEmpty() ? tr("% time") : tr("% cost");
    case ExclusiveCostColumn:
        return tr("Excl. cost");
    case TotalCostColumn:
        return tr("Total cost");
    case BuffersColumn:
        return tr("Buffers");
    case DetailColumn:
        return tr("Condition");
    default:
        return {};
    }
}

QVariant PlanTreeModel::display(const PlanNode &n, int column) const
{
    switch (column) {
    case NodeColumn: {
        const QString prefix = n.subplanName.isEmpty() ? QString() : n.subplanName + u" — "_s;
        return n.neverExecuted() ? QString(prefix + n.title() + tr(" (never executed)"))
                                 : QString(prefix + n.title());
    }
    case EstimatedRowsColumn:
        return Fmt::count(n.planRows);
    case ActualRowsColumn:
        return n.hasActuals ? Fmt::count(n.actualRows) : QString();
    case MisestimateColumn: {
        const double f = n.misestimateFactor();
        if (f < 2)
            return QString();
        return QString(Fmt::factor(f) + (n.rowsRatio > 1 ? u" ↑"_s : u" ↓"_s));
    }
    case LoopsColumn:
        return n.hasActuals ? Fmt::count(n.actualLoops) : QString();
    case ExclusiveTimeColumn:
        return n.exclusiveMs >= 0 ? Fmt::duration(n.exclusiveMs) : QString();
    case InclusiveTimeColumn:
        return n.inclusiveMs >= 0 ? Fmt::duration(n.inclusiveMs) : QString();
    case TimeShareColumn:
        return Fmt::percent(n.timeShare);
    case ExclusiveCostColumn:
        return Fmt::cost(n.exclusiveCost);
    case TotalCostColumn:
        return Fmt::cost(n.totalCost);
    case BuffersColumn: {
        if (!n.buffers.present)
            return QString();
        QString text = tr("hit %1, read %2")
                           .arg(Fmt::count(double(n.buffers.sharedHit)),
                                Fmt::count(double(n.buffers.sharedRead)));
        if (n.buffers.tempRead + n.buffers.tempWritten > 0)
            text +=
                tr(", temp %1").arg(Fmt::count(double(n.buffers.tempRead + n.buffers.tempWritten)));
        return text;
    }
    case DetailColumn:
        for (const QString &s : {n.indexCond, n.hashCond, n.mergeCond, n.filter, n.joinFilter,
                                 n.recheckCond, n.cacheKey, n.oneTimeFilter}) {
            if (!s.isEmpty())
                return s;
        }
        if (!n.sortKey.isEmpty())
            return n.sortKey.join(u", "_s);
        return n.groupKey.join(u", "_s);
    default:
        return {};
    }
}

QVariant PlanTreeModel::value(const PlanNode &n, int column) const
{
    switch (column) {
    case EstimatedRowsColumn:
        return n.planRows;
    case ActualRowsColumn:
        return n.actualRows;
    case MisestimateColumn:
        return n.misestimateFactor();
    case LoopsColumn:
        return n.actualLoops;
    case ExclusiveTimeColumn:
        return n.exclusiveMs;
    case InclusiveTimeColumn:
        return n.inclusiveMs;
    case TimeShareColumn:
        return n.timeShare;
    case ExclusiveCostColumn:
        return n.exclusiveCost;
    case TotalCostColumn:
        return n.totalCost;
    case BuffersColumn:
        return double(n.buffers.sharedTotal());
    default:
        return display(n, column);
    }
}

QVariant PlanTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || m_plan.isEmpty())
        return {};
    const int id = nodeIdAt(index);
    if (id < 0 || id >= m_plan.nodes.size())
        return {};
    const PlanNode &n = m_plan.node(id);
    switch (role) {
    case Qt::DisplayRole:
        return display(n, index.column());
    case Qt::ToolTipRole:
        return nodeDetails(n);
    case Qt::TextAlignmentRole:
        return index.column() == NodeColumn || index.column() == DetailColumn
                   ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                   : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case NodeIdRole:
        return id;
    case ExpenseRole:
        return int(expenseOf(n));
    case MisestimateRole:
        return n.misestimateMarked() ? n.misestimateFactor() : 0.0;
    case ShareRole:
        return n.timeShare;
    case DiffChangeRole:
        return m_changes.isEmpty() ? -1 : int(m_changes.value(id, PlanDiffRow::Change::Same));
    case HasFindingRole:
        return m_findingNodes.contains(id);
    case ValueRole:
        return value(n, index.column());
    default:
        return {};
    }
}

QString PlanTreeModel::nodeDetails(const PlanNode &node)
{
    QStringList lines{node.title()};
    if (node.inclusiveMs >= 0)
        lines << tr("Time: %1 with children, %2 itself (%3 of the statement)")
                     .arg(Fmt::duration(node.inclusiveMs), Fmt::duration(node.exclusiveMs),
                          Fmt::percent(node.timeShare));
    if (node.misestimateFactor() >= 2)
        lines << tr("Rows: %1 estimated, %2 actual per loop (%3 %4)")
                     .arg(Fmt::count(node.planRows), Fmt::count(node.actualRows),
                          Fmt::factor(node.misestimateFactor()),
                          node.rowsRatio > 1 ? tr("more") : tr("fewer"));
    for (const auto &[name, text] : node.properties)
        lines << name + u": "_s + text;
    return lines.join(u'\n');
}

} // namespace sonde
