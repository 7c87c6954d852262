#include "RecommendationModel.h"

#include "common/DisplayFormat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sonde {

RecommendationModel::RecommendationModel(QObject *parent)
    : RowListModel(parent)
{}

void RecommendationModel::setRecommendations(const QList<IndexRecommendation> &recommendations)
{
    setRows(recommendations);
}

int RecommendationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecommendationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const IndexRecommendation &r = row(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Index:
            return r.definition.display();
        case Saves:
            return DisplayFormat::duration(r.savedMs);
        case Share:
            return DisplayFormat::percent(r.savedShare * 100.0);
        case Statements:
            return int(r.statements.size());
        case Cost:
            return tr("%1 → %2").arg(DisplayFormat::cost(r.costBefore()),
                                     DisplayFormat::cost(r.costAfter()));
        case Size:
            return DisplayFormat::bytes(r.sizeBytes);
        case Writes:
            return tr("%1 ins/s, %2 upd/s%3")
                .arg(DisplayFormat::rate(r.writeCost.insertsPerSecond),
                     DisplayFormat::rate(r.writeCost.updatesPerSecond),
                     r.writeCost.hotBreakingColumns.isEmpty() ? QString() : tr(", breaks HOT"));
        case Reason:
            return r.reason;
        default:
            break;
        }
    } else if (role == SortRole) {
        switch (index.column()) {
        case Saves:
            return r.savedMs;
        case Share:
            return r.savedShare;
        case Statements:
            return int(r.statements.size());
        case Cost:
            return r.costBefore() - r.costAfter();
        case Size:
            return r.sizeBytes;
        case Writes:
            return r.writeCost.insertsPerSecond + r.writeCost.updatesPerSecond;
        default:
            return data(index, Qt::DisplayRole);
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == Writes)
            return r.writeCost.summary();
        if (index.column() == Reason)
            return r.reason;
        return r.ddl;
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() != Index && index.column() != Reason && index.column() != Writes)
            return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant RecommendationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Index:
        return tr("Index");
    case Saves:
        return tr("Saves");
    case Share:
        return tr("Of workload");
    case Statements:
        return tr("Statements");
    case Cost:
        return tr("Cost before → after");
    case Size:
        return tr("Size");
    case Writes:
        return tr("Write cost");
    case Reason:
        return tr("Why");
    default:
        return {};
    }
}

QString RecommendationModel::rowKey(const IndexRecommendation &row) const
{
    return row.name;
}

} // namespace sonde
