#pragma once

#include "connection/TargetList.h"

#include <QWidget>

class QLabel;

namespace sonde {

class DataTableView;
class RedisSlowLogModel;
class RedisSlowLogSampler;
class TargetPicker;

// The Redis slow log beside the slow statements: time, duration, command (long arguments
// shortened), client. Samples the chosen Redis target every few seconds; its model announces
// new entries (entriesAdded) for the dashboard's time axis.
class RedisSlowLogPane : public QWidget
{
    Q_OBJECT
public:
    RedisSlowLogPane(TargetList *targets, QWidget *parent = nullptr);
    ~RedisSlowLogPane() override;

    RedisSlowLogModel *model() const { return m_model; }
    Target currentTarget() const;
    DataTableView *table() const { return m_table; }
    QString statusText() const;

private:
    void startOn(const Target &target);

    TargetPicker *m_picker;
    RedisSlowLogSampler *m_sampler;
    RedisSlowLogModel *m_model;
    DataTableView *m_table;
    QLabel *m_status;
};

} // namespace sonde
