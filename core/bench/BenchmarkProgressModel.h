#pragma once

#include "BenchmarkResult.h"

#include "common/RowListModel.h"

namespace sonde {

// The seconds of a run as a table: the live chart's numbers, for screen readers, exact
// figures and copy / export. Rows are appended as the run reports (append()), or set at once
// from a stored run (setProgress()).
class BenchmarkProgressModel : public RowListModel<BenchmarkProgress>
{
    Q_OBJECT
public:
    enum Column
    {
        Second,
        Phase,
        Throughput,
        P50,
        P90,
        P99,
        Max,
        Errors,
        Counted,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
    };

    explicit BenchmarkProgressModel(QObject *parent = nullptr);

    void append(const BenchmarkProgress &p) { appendRow(p); }
    void setProgress(const QList<BenchmarkProgress> &progress) { resetRows(progress); }
    void clear() { setProgress({}); }
    const QList<BenchmarkProgress> &progress() const { return rows(); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString rowKey(const BenchmarkProgress &row) const override;
};

} // namespace sonde
