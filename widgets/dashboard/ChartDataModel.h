#pragma once

#include "ChartLine.h"
#include "monitoring/MetricCatalog.h"

#include <QAbstractTableModel>
#include <QList>

namespace sonde {

class MetricStore;

// The dashboard's charts as a table: one row per instant of the shown window, one column
// per line of every chart ("Latency — Demo PostgreSQL mean (ms)"). For screen readers, for
// exact numbers and for copy / export; it follows the charts' window and pause. Read from
// the store, for the lines the dashboard gives each chart.
class ChartDataModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ChartDataModel(const MetricStore *store, QObject *parent = nullptr);

    // The lines of one chart (charts keep the order of their first call).
    void setLines(ChartGroup chart, const QList<ChartLine> &lines);
    // Re-reads the lines of the charts over [fromMs, toMs] at most `maxRows` instants.
    void refresh(qint64 fromMs, qint64 toMs, int maxRows = 300);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

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
    QList<qint64> m_times;
    QList<QList<double>> m_values; // [row][column], NaN for no value
};

} // namespace sonde
