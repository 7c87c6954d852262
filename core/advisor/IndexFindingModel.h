#pragma once

#include "IndexAudit.h"

#include "common/RowListModel.h"

namespace sonde {

// The review of existing indexes: invalid, duplicate, redundant, unused, unindexed FKs.
class IndexFindingModel : public RowListModel<IndexFinding>
{
    Q_OBJECT
public:
    enum Column
    {
        Kind,
        Table,
        Index,
        Size,
        Finding,
        Fix,
        ColumnCount
    };

    explicit IndexFindingModel(QObject *parent = nullptr);

    void setFindings(const QList<IndexFinding> &findings);
    const IndexFinding &finding(int r) const { return row(r); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString kindText(IndexFinding::Kind kind);

protected:
    QString rowKey(const IndexFinding &row) const override;
};

} // namespace sonde
