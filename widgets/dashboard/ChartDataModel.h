#pragma once

#include "ChartLine.h"
#include "common/RowListModel.h"
#include "monitoring/MetricCatalog.h"

#include <QList>

namespace sonde {

class MetricStore;

// One instant of the charts: the value of every line, NaN where a line has none.
struct ChartInstant
{
    qint64 atMs = 0;
    QList<double> values;
};

// The dashboard's charts as a table: one row per instant of the shown window, one column
// per line of every chart ("Latency — Demo PostgreSQL mean (ms)"). For screen readers, for
// exact numbers and for copy / export; it follows the charts' window and pause. Read from
// the store, for the lines the dashboard gives each chart.
class ChartDataModel : public RowListModel<ChartInstant>
{
    Q_OBJECT
public:
    explicit ChartDataModel(const MetricStore *store, QObject *parent = nullptr);

    // The lines of one chart (charts keep the order of their first call).
    void setLines(ChartGroup chart, const QList<ChartLine> &lines);
    // Re-reads the lines of the charts over [fromMs, toMs] at most `maxRows` instants.
    void refresh(qint64 fromMs, qint64 toMs, int maxRows = 300);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString rowKey(const ChartInstant &row) const override;

private:
    struct Column
    {
        QString title;
        QString targetId;
        QString metric;
    };

    const MetricStore *m_store;
    QList<std::pair<ChartGroup, QList<ChartLine>>> m_charts;
    QList<Column> m_columns;
};

} // namespace sonde
