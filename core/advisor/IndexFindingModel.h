#pragma once

#include "IndexAudit.h"

#include <QAbstractTableModel>

namespace sonde {

// The review of existing indexes: invalid, duplicate, redundant, unused, unindexed FKs.
class IndexFindingModel : public QAbstractTableModel
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
    static constexpr int SortRole = Qt::UserRole;

    explicit IndexFindingModel(QObject *parent = nullptr);

    void setFindings(const QList<IndexFinding> &findings);
    const IndexFinding &finding(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString kindText(IndexFinding::Kind kind);

private:
    QList<IndexFinding> m_rows;
};

} // namespace sonde
