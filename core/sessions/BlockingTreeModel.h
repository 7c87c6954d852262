#pragma once

#include "SessionSnapshot.h"

#include <QAbstractItemModel>

namespace sonde {

// Who blocks whom (pg_blocking_pids) as a tree: each session that blocks others without
// being blocked itself is a root; under it the sessions waiting for it, and so on. A
// session waiting for several others appears under each. GUI thread only.
class BlockingTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        SessionColumn,
        StateColumn,
        WaitColumn,
        DurationColumn,
        QueryColumn,
        ColumnCount
    };
    enum Role
    {
        PidRole = Qt::UserRole + 1,
        IsRootRole, // a blocker nobody blocks: the session to look at first
    };

    struct Node
    {
        int pid = 0;
        int parent = -1;
        QList<int> children;
    };

    explicit BlockingTreeModel(QObject *parent = nullptr);

    void setSnapshot(const SessionSnapshot &snapshot);
    // The tree as nodes (roots have parent -1), built from a snapshot.
    static QList<Node> build(const SessionSnapshot &snapshot);
    const QList<Node> &nodes() const { return m_nodes; }
    int rootCount() const { return int(m_roots.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    SessionSnapshot m_snapshot;
    QList<Node> m_nodes;
    QList<int> m_roots;
};

} // namespace sonde
