#pragma once

#include "connection/Target.h"

#include <QTabWidget>

class QAbstractItemModel;
class QComboBox;
class QSortFilterProxyModel;

namespace sonde {

class ChartDataModel;
class DataTableView;
class MetricStore;
class PgBouncerPoolModel;
class RedisCommandModel;
class StatementActivityModel;
class TargetList;
class TimelineEventModel;
class TimelineEventStore;
struct Snapshot;

// The tables under the dashboard's charts: events and alerts (newest first), the
// statements of the last interval, PgBouncer's pools and Redis's commands — each for the
// target chosen in its tab when there are several of a kind.
class DashboardDetailTabs : public QTabWidget
{
    Q_OBJECT
public:
    DashboardDetailTabs(TargetList *targets, MetricStore *store, TimelineEventStore *timeline,
                        QWidget *parent = nullptr);

    TimelineEventModel *eventModel() const { return m_events; }
    StatementActivityModel *statementModel() const { return m_statements; }
    PgBouncerPoolModel *poolModel() const { return m_pools; }
    RedisCommandModel *commandModel() const { return m_commands; }
    DataTableView *eventView() const { return m_eventView; }
    // Adds the "Chart data" tab: the charts' numbers as a table.
    void addChartData(ChartDataModel *model);
    bool isChartDataShown() const;

private:
    QWidget *tableTab(QAbstractItemModel *model, QComboBox *chooser, const QString &exportName,
                      const QString &help, DataTableView **view = nullptr);
    void refreshChoosers();
    void onSnapshot(const Snapshot &snapshot);

    TargetList *m_targets;
    TimelineEventModel *m_events;
    StatementActivityModel *m_statements;
    PgBouncerPoolModel *m_pools;
    RedisCommandModel *m_commands;
    QComboBox *m_pgChooser;
    QComboBox *m_poolChooser;
    QComboBox *m_redisChooser;
    DataTableView *m_eventView = nullptr;
    QWidget *m_chartDataTab = nullptr;
};

} // namespace sonde
