#pragma once

#include "PageActions.h"

#include "connection/TargetList.h"
#include "monitoring/FeedReading.h"
#include "statements/StatementHistory.h"
#include "statements/StatementWindow.h"

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace sonde {

class DataTableView;
class MonitoringPipeline;
class RedisSlowLogPane;
class SlowQueryFilterModel;
class SlowQueryModel;
class StatementDetailsPane;
class TargetMonitor;
class TargetPicker;

// Slow queries: statements of pg_stat_statements ranked over a chosen window (last 5 min,
// 15 min, 1 h, since a marker, since reset) from deltas, flagged when slow or suspected N+1,
// searchable; the selected one in detail; the Redis slow log below. Asks the pipeline for its
// target's statement counters every 10 s for as long as it exists, so the windows have
// history when the user looks.
class SlowQueriesPage : public QWidget, public PageActions
{
    Q_OBJECT
public:
    explicit SlowQueriesPage(MonitoringPipeline *pipeline, QWidget *parent = nullptr);
    ~SlowQueriesPage() override;

    void setMarker();
    void setWindowSpec(const StatementWindowSpec &spec);
    void refresh();
    SlowQueryModel *model() const { return m_model; }
    DataTableView *table() const { return m_table; }
    StatementDetailsPane *details() const { return m_details; }
    RedisSlowLogPane *redisSlowLog() const { return m_redis; }
    const StatementHistory &history() const { return m_history; }
    QString statusText() const;
    bool selectStatement(const QString &textFragment);
    // The statement selected in the list (empty when none).
    QString selectedQuery() const;

    bool focusSearch() override;
    bool explainSelected() override;
    bool copySelectedQuery() override;
    bool refreshNow() override;

signals:
    void explainRequested(const QString &targetId, const QString &sql);
    void benchmarkRequested(const QString &targetId, const QString &sql);
    // Every snapshot taken (tests and the window's status bar use it).
    void sampled();

private:
    void startOn(const Target &target);
    void onFeed(const FeedReading &reading);
    // A recording's readings of the target up to the end of the window shown.
    void replayRecorded();
    void recompute();
    void showSelected();
    StatementWindowSpec chosenSpec() const;

    MonitoringPipeline *m_pipeline;
    TargetMonitor *m_monitor;
    TargetPicker *m_picker;
    Target m_target;
    StatementHistory m_history;
    QDateTime m_marker;
    QString m_warning;
    QString m_error;
    SlowQueryModel *m_model;
    SlowQueryFilterModel *m_filter;
    QComboBox *m_window;
    QDoubleSpinBox *m_threshold;
    QLineEdit *m_search;
    QCheckBox *m_flaggedOnly;
    QLabel *m_status;
    DataTableView *m_table;
    StatementDetailsPane *m_details;
    RedisSlowLogPane *m_redis;
};

} // namespace sonde
