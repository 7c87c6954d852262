#pragma once

#include "IndexRecommendation.h"

#include <QAbstractTableModel>
#include <QList>

namespace sonde {

// The advisor's recommendations as a table: one row per index. Qt::UserRole gives the raw
// value for sorting (numbers as numbers).
class RecommendationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Index,
        Saves,
        Share,
        Statements,
        Cost,
        Size,
        Writes,
        Reason,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    explicit RecommendationModel(QObject *parent = nullptr);

    void setRecommendations(const QList<IndexRecommendation> &recommendations);
    const IndexRecommendation &recommendation(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<IndexRecommendation> m_rows;
};

} // namespace sonde
