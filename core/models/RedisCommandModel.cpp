#include "RedisCommandModel.h"

#include "common/DisplayFormat.h"
#include "monitoring/Snapshot.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde {

RedisCommandModel::RedisCommandModel(QObject *parent)
    : RowListModel(parent)
{}

void RedisCommandModel::setSnapshot(const Snapshot &snapshot)
{
    if (const auto *redis = snapshot.detailAs<RedisActivity>())
        setRows(redis->commands);
}

int RedisCommandModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RedisCommandModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RedisCommandActivity &c = row(index.row());
    double number = 0;
    switch (index.column()) {
    case Command:
        return role == Qt::DisplayRole || role == SortRole ? QVariant(c.command.toUpper())
                                                           : QVariant();
    case CallsPerSecond:
        number = c.callsPerSecond;
        break;
    case MeanMs:
        number = c.meanMs;
        break;
    case P50Ms:
        number = c.p50Ms;
        break;
    case P99Ms:
        number = c.p99Ms;
        break;
    case P999Ms:
        number = c.p999Ms;
        break;
    case TotalCalls:
        number = double(c.totalCalls);
        break;
    default:
        return {};
    }
    if (role == SortRole)
        return std::isnan(number) ? -1.0 : number;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    if (std::isnan(number))
        return u"–"_s;
    if (index.column() == TotalCalls)
        return DisplayFormat::count(c.totalCalls);
    if (index.column() == CallsPerSecond)
        return DisplayFormat::rate(number);
    return DisplayFormat::number(number);
}

QVariant RedisCommandModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && (section == P50Ms || section == P99Ms || section == P999Ms))
        return tr("From INFO latencystats: the distribution since the last statistics reset.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Command:
        return tr("Command");
    case CallsPerSecond:
        return tr("Calls/s");
    case MeanMs:
        return tr("Mean (ms)");
    case P50Ms:
        return tr("p50 (ms)");
    case P99Ms:
        return tr("p99 (ms)");
    case P999Ms:
        return tr("p99.9 (ms)");
    case TotalCalls:
        return tr("Calls since reset");
    }
    return {};
}

} // namespace sonde
