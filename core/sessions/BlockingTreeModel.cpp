#include "BlockingTreeModel.h"

#include "SessionModel.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace sonde {

BlockingTreeModel::BlockingTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

QList<BlockingTreeModel::Node> BlockingTreeModel::build(const SessionSnapshot &snapshot)
{
    QSet<int> blocked;
    QSet<int> blockers;
    for (const SessionInfo &s : snapshot.sessions) {
        if (!s.blockedBy.isEmpty())
            blocked.insert(s.pid);
        for (int p : s.blockedBy)
            blockers.insert(p);
    }
    QList<int> roots;
    for (int p : std::as_const(blockers)) {
        if (!blocked.contains(p))
            roots.append(p);
    }
    // A deadlock (a cycle) has no root until the server breaks it: start from its lowest pid.
    if (roots.isEmpty() && !blockers.isEmpty())
        roots.append(*std::min_element(blockers.cbegin(), blockers.cend()));
    std::sort(roots.begin(), roots.end());

    QList<Node> nodes;
    for (int root : std::as_const(roots)) {
        // Depth-first; `path` guards against cycles.
        struct Pending
        {
            int pid;
            int parent;
            QList<int> path;
        };
        QList<Pending> stack{{root, -1, {}}};
        while (!stack.isEmpty()) {
            const Pending p = stack.takeLast();
            const int id = int(nodes.size());
            nodes.append({p.pid, p.parent, {}});
            if (p.parent >= 0)
                nodes[p.parent].children.append(id);
            QList<int> waiting = snapshot.blockedBy(p.pid);
            std::sort(waiting.begin(), waiting.end(), std::greater<int>());
            const QList<int> path = p.path + QList<int>{p.pid};
            for (int w : std::as_const(waiting)) {
                if (!path.contains(w))
                    stack.append({w, id, path});
            }
        }
    }
    return nodes;
}

void BlockingTreeModel::setSnapshot(const SessionSnapshot &snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    m_nodes = build(snapshot);
    m_roots.clear();
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).parent < 0)
            m_roots.append(i);
    }
    endResetModel();
}

QModelIndex BlockingTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const QList<int> &siblings =
        parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_roots;
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex BlockingTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes.at(int(child.internalId())).parent;
    if (p < 0)
        return {};
    const int grand = m_nodes.at(p).parent;
    const QList<int> &siblings = grand < 0 ? m_roots : m_nodes.at(grand).children;
    return createIndex(int(siblings.indexOf(p)), 0, quintptr(p));
}

int BlockingTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(int(parent.internalId())).children.size());
}

int BlockingTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant BlockingTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SessionColumn:
        return tr("Session");
    case StateColumn:
        return tr("State");
    case WaitColumn:
        return tr("Waiting for");
    case DurationColumn:
        return tr("For");
    case QueryColumn:
        return tr("Query");
    default:
        return {};
    }
}

QVariant BlockingTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &n = m_nodes.at(int(index.internalId()));
    const SessionInfo *s = m_snapshot.byPid(n.pid);
    if (role == PidRole)
        return n.pid;
    if (role == IsRootRole)
        return n.parent < 0;
    if (role == Qt::ToolTipRole && s)
        return s->query;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SessionColumn: {
        const int waiting = int(m_snapshot.blockedBy(n.pid).size());
        const QString who = s ? tr("%1 (%2)").arg(n.pid).arg(s->user) : QString::number(n.pid);
        return waiting > 0 ? tr("%1 — blocks %n", nullptr, waiting).arg(who) : who;
    }
    case StateColumn:
        return s ? s->state : tr("(gone)");
    case WaitColumn:
        return s && !s->waitEventType.isEmpty() ? s->waitEventType + u": "_s + s->waitEvent
                                                : QString();
    case DurationColumn:
        return s ? SessionModel::durationText(s->state == u"active"_s ? s->querySeconds
                                                                      : s->stateSeconds)
                 : QString();
    case QueryColumn:
        return s ? s->query.simplified().left(200) : QString();
    default:
        return {};
    }
}

} // namespace sonde
