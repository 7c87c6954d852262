#include "BenchmarkRunModel.h"

#include "common/DisplayFormat.h"

using namespace Qt::StringLiterals;

namespace sonde {

BenchmarkRunModel::BenchmarkRunModel(QObject *parent)
    : RowListModel(parent)
{}

void BenchmarkRunModel::setRuns(const QList<BenchmarkResult> &runs)
{
    // A reset: the page re-selects the runs that were selected, by id.
    resetRows(runs);
}

int BenchmarkRunModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BenchmarkRunModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const BenchmarkResult &r = row(index.row());
    if (role == RunIdRole)
        return r.id;
    if (role == SortRole) {
        switch (index.column()) {
        case Id:
            return r.id;
        case Started:
            return r.startedAt;
        case Throughput:
            return r.throughput();
        case P50:
            return r.percentileMs(50);
        case P99:
            return r.percentileMs(99);
        case Errors:
            return r.errors;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Throughput)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return r.error.isEmpty() ? r.config.summary() : r.error;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return r.id;
    case Started:
        return DisplayFormat::dateTime(r.startedAt);
    case Name:
        return r.config.name;
    case Workload:
        return r.config.summary();
    case Target:
        return r.config.targetDisplay;
    case Status:
        return r.statusName();
    case Throughput:
        return DisplayFormat::rate(r.throughput());
    case P50:
        return DisplayFormat::number(r.percentileMs(50));
    case P99:
        return DisplayFormat::number(r.percentileMs(99));
    case Errors:
        return DisplayFormat::count(r.errors);
    default:
        return {};
    }
}

QVariant BenchmarkRunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Run");
    case Started:
        return tr("Started");
    case Name:
        return tr("Name");
    case Workload:
        return tr("Workload");
    case Target:
        return tr("Target");
    case Status:
        return tr("Status");
    case Throughput:
        return tr("Throughput (tx/s)");
    case P50:
        return tr("p50 (ms)");
    case P99:
        return tr("p99 (ms)");
    case Errors:
        return tr("Errors");
    default:
        return {};
    }
}

QString BenchmarkRunModel::rowKey(const BenchmarkResult &row) const
{
    return QString::number(row.id);
}

} // namespace sonde
