#pragma once

#include "PrometheusFleet.h"
#include "common/RowListModel.h"

namespace sonde {

// The fleet overview table: one row per instance a Prometheus scrapes, worst first.
class FleetModel : public RowListModel<FleetRow>
{
    Q_OBJECT
public:
    enum Column
    {
        State,
        Instance,
        Kind,
        Latency,
        Throughput,
        HitRate,
        PoolUse,
        Alerts,
        Trend,
        ColumnCount
    };
    // The trend's values (QVector<double>) for a delegate to draw.
    static constexpr int TrendRole = Qt::UserRole + 1;
    // 0 fine, 1 warning (or a firing alert), 2 critical or down: for the view's colours.
    static constexpr int SeverityRole = Qt::UserRole + 2;

    explicit FleetModel(QObject *parent = nullptr);
    void setReading(const FleetReading &reading);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QString rowKey(const FleetRow &row) const override;
};

} // namespace sonde
