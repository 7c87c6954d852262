#pragma once

#include "connection/TargetList.h"
#include "monitoring/FeedReading.h"

#include <QWidget>

class QLabel;

namespace sonde {

class DataTableView;
class MonitoringPipeline;
class RedisSlowLogModel;
class TargetMonitor;
class TargetPicker;

// The Redis slow log beside the slow statements: time, duration, command (long arguments
// shortened), client. Asks the pipeline for the chosen Redis target's slow log every few
// seconds; its model announces new entries (entriesAdded) for the dashboard's time axis.
class RedisSlowLogPane : public QWidget
{
    Q_OBJECT
public:
    explicit RedisSlowLogPane(MonitoringPipeline *pipeline, QWidget *parent = nullptr);
    ~RedisSlowLogPane() override;

    RedisSlowLogModel *model() const { return m_model; }
    Target currentTarget() const;
    DataTableView *table() const { return m_table; }
    QString statusText() const;

private:
    void startOn(const Target &target);
    // A recording: the entries read up to the end of the window shown.
    void replayRecorded();
    void onFeed(const FeedReading &reading);

    MonitoringPipeline *m_pipeline;
    TargetMonitor *m_monitor;
    TargetPicker *m_picker;
    Target m_target;
    RedisSlowLogModel *m_model;
    DataTableView *m_table;
    QLabel *m_status;
};

} // namespace sonde
