#pragma once

#include "connection/Target.h"
#include "monitoring/Snapshot.h"

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

// The tables under the dashboard's charts: events and alerts (newest first), the
// statements of the last interval, PgBouncer's pools and Redis's commands — each for the
// target chosen in its tab when there are several of a kind. A table whose tab is not shown
// keeps only the latest snapshot for it and takes it when its tab is shown.
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
    // Over a recording: only the events and the chart data (the other tables show the live
    // details of the last interval, which a recording keeps as a summary only).
    void hideLiveTabs();
    // Whether a table's tab is the one shown, on a visible page.
    bool isTabShown(const QWidget *tab) const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *tableTab(QAbstractItemModel *model, QComboBox *chooser, const QString &exportName,
                      const QString &help, DataTableView **view = nullptr);
    void refreshChoosers();
    void onSnapshot(const Snapshot &snapshot);
    void applyPending();

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
    QWidget *m_statementsTab = nullptr;
    QWidget *m_poolsTab = nullptr;
    QWidget *m_commandsTab = nullptr;
    // The latest snapshot for a table whose tab is hidden (null detail: none).
    Snapshot m_pendingStatements;
    Snapshot m_pendingPools;
    Snapshot m_pendingCommands;
};

} // namespace sonde
