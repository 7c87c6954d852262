#pragma once

#include "common/RowListModel.h"
#include "redis/RedisActivity.h"

namespace sonde {

struct Snapshot;

// The Redis commands run in the last sampling interval (commandstats deltas) with their
// latency percentiles (latencystats).
class RedisCommandModel : public RowListModel<RedisCommandActivity>
{
    Q_OBJECT
public:
    enum Column
    {
        Command,
        CallsPerSecond,
        MeanMs,
        P50Ms,
        P99Ms,
        P999Ms,
        TotalCalls,
        ColumnCount
    };

    explicit RedisCommandModel(QObject *parent = nullptr);
    void setSnapshot(const Snapshot &snapshot);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QString rowKey(const RedisCommandActivity &row) const override { return row.command; }
};

} // namespace sonde
