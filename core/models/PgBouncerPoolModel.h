#pragma once

#include "common/RowListModel.h"
#include "pgbouncer/PgBouncerActivity.h"

namespace sonde {

struct Snapshot;

// PgBouncer's pools (SHOW POOLS with pool sizes) as of the last tick.
class PgBouncerPoolModel : public RowListModel<PoolActivity>
{
    Q_OBJECT
public:
    enum Column
    {
        Database,
        User,
        Mode,
        ClientsActive,
        ClientsWaiting,
        ServersActive,
        ServersIdle,
        ServersUsed,
        PoolSize,
        ServerUse,
        MaxWait,
        ColumnCount
    };

    explicit PgBouncerPoolModel(QObject *parent = nullptr);
    void setSnapshot(const Snapshot &snapshot);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QString rowKey(const PoolActivity &row) const override;
};

} // namespace sonde
