#pragma once

#include "IndexChange.h"

#include "common/RowListModel.h"

namespace sonde {

// The change log as a table, newest first.
class ChangeLogModel : public RowListModel<IndexChange>
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

    explicit ChangeLogModel(QObject *parent = nullptr);

    void setChanges(const QList<IndexChange> &changes);
    const IndexChange &change(int r) const { return row(r); }
    // "create", "revert", "setting", "fix" …
    static QString actionText(const IndexChange &change);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString rowKey(const IndexChange &row) const override;
};

} // namespace sonde
