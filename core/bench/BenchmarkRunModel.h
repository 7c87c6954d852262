#pragma once

#include "BenchmarkResult.h"

#include "common/RowListModel.h"

namespace sonde {

// The stored benchmark runs as a table (newest first): when, name, workload, target,
// status, throughput, p50/p99 latency, errors. One setRuns() entry point.
class BenchmarkRunModel : public RowListModel<BenchmarkResult>
{
    Q_OBJECT
public:
    enum Column
    {
        Id,
        Started,
        Name,
        Workload,
        Target,
        Status,
        Throughput,
        P50,
        P99,
        Errors,
        ColumnCount
    };
    enum Role
    {
        RunIdRole = Qt::UserRole + 1,
        SortRole,
    };

    explicit BenchmarkRunModel(QObject *parent = nullptr);

    void setRuns(const QList<BenchmarkResult> &runs);
    const QList<BenchmarkResult> &runs() const { return rows(); }
    int rowOf(qint64 id) const { return rowOfKey(QString::number(id)); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString rowKey(const BenchmarkResult &row) const override;
};

} // namespace sonde
