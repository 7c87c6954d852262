#pragma once

#include "IndexChange.h"

#include <QAbstractTableModel>

namespace sonde {

// The change log as a table, newest first.
class ChangeLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Id,
        When,
        Outcome,
        Action,
        Index,
        Target,
        User,
        Statement,
        Message,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    explicit ChangeLogModel(QObject *parent = nullptr);

    void setChanges(const QList<IndexChange> &changes);
    const IndexChange &change(int row) const { return m_rows.at(row); }
    // "create", "revert", "setting", "fix" …
    static QString actionText(const IndexChange &change);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<IndexChange> m_rows;
};

} // namespace sonde
