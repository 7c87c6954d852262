#include "BenchmarkProgressModel.h"

#include "common/DisplayFormat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sonde {

BenchmarkProgressModel::BenchmarkProgressModel(QObject *parent)
    : RowListModel(parent)
{}

int BenchmarkProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BenchmarkProgressModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const BenchmarkProgress &p = row(index.row());
    if (role == SortRole) {
        switch (index.column()) {
        case Second:
            return p.second;
        case Phase:
            return p.warmup ? 0 : 1;
        case Throughput:
            return p.throughput;
        case P50:
            return p.p50Ms;
        case P90:
            return p.p90Ms;
        case P99:
            return p.p99Ms;
        case Max:
            return p.maxMs;
        case Errors:
            return p.errors;
        case Counted:
            return p.totalTransactions;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Phase)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Second:
        return locale.toString(p.second, 'f', 1);
    case Phase:
        return p.warmup ? tr("warm-up") : tr("measured");
    case Throughput:
        return DisplayFormat::rate(p.throughput);
    case P50:
        return p.hasLatency() ? DisplayFormat::number(p.p50Ms) : u"—"_s;
    case P90:
        return p.hasLatency() ? DisplayFormat::number(p.p90Ms) : u"—"_s;
    case P99:
        return p.hasLatency() ? DisplayFormat::number(p.p99Ms) : u"—"_s;
    case Max:
        return p.hasLatency() ? DisplayFormat::number(p.maxMs) : u"—"_s;
    case Errors:
        return DisplayFormat::count(p.errors);
    case Counted:
        return DisplayFormat::count(p.totalTransactions);
    default:
        return {};
    }
}

QVariant BenchmarkProgressModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Second:
        return tr("Second");
    case Phase:
        return tr("Phase");
    case Throughput:
        return tr("Throughput (tx/s)");
    case P50:
        return tr("p50 (ms)");
    case P90:
        return tr("p90 (ms)");
    case P99:
        return tr("p99 (ms)");
    case Max:
        return tr("Max (ms)");
    case Errors:
        return tr("Errors");
    case Counted:
        return tr("Counted so far");
    default:
        return {};
    }
}

QString BenchmarkProgressModel::rowKey(const BenchmarkProgress &row) const
{
    return QString::number(row.second);
}

} // namespace sonde
