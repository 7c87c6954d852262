#pragma once

#include "common/RowListModel.h"
#include "postgres/PostgresActivity.h"

namespace sonde {

struct Snapshot;

// The busiest statements of the last sampling interval of one PostgreSQL target (from
// pg_stat_statements deltas), for the dashboard's "Statements" table.
class StatementActivityModel : public RowListModel<StatementActivity>
{
    Q_OBJECT
public:
    enum Column
    {
        Query,
        CallsPerSecond,
        MeanMs,
        TotalMs,
        ShareOfTime,
        Rows,
        CacheHit,
        User,
        Database,
        QueryId,
        ColumnCount
    };

    explicit StatementActivityModel(QObject *parent = nullptr);

    // Takes the statements of a PostgreSQL snapshot (others are ignored).
    void setSnapshot(const Snapshot &snapshot);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QString rowKey(const StatementActivity &row) const override;

private:
    double m_seconds = 1;
    double m_totalMs = 0;
};

} // namespace sonde
