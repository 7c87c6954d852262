#pragma once

#include "IndexRecommendation.h"

#include "common/RowListModel.h"
#include <QList>

namespace sonde {

// The advisor's recommendations as a table: one row per index. Qt::UserRole gives the raw
// value for sorting (numbers as numbers).
class RecommendationModel : public RowListModel<IndexRecommendation>
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

    explicit RecommendationModel(QObject *parent = nullptr);

    void setRecommendations(const QList<IndexRecommendation> &recommendations);
    const IndexRecommendation &recommendation(int r) const { return row(r); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString rowKey(const IndexRecommendation &row) const override;
};

} // namespace sonde
