#pragma once

#include "PageActions.h"

#include "connection/TargetList.h"
#include "monitoring/FeedReading.h"
#include "sessions/SessionsAccess.h"

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sonde {

class BlockingTreeModel;
class DataTableView;
class DataTreeView;
class JobTracker;
class MonitoringPipeline;
class SessionFilterModel;
class SessionModel;
class TargetMonitor;
class TargetPicker;

// Live sessions (pg_stat_activity), read by the pipeline over the target's monitoring
// connection every 2 s while the page is shown: state,
// wait, durations, query, client; long-running, idle-in-transaction, waiting and blocking
// sessions highlighted; who blocks whom as a tree. Cancel and terminate after a
// confirmation, never on a read-only target.
class SessionsPage : public QWidget, public PageActions
{
    Q_OBJECT
public:
    explicit SessionsPage(MonitoringPipeline *pipeline, QWidget *parent = nullptr);
    ~SessionsPage() override;

    SessionModel *model() const { return m_model; }
    BlockingTreeModel *blockingTree() const { return m_tree; }
    DataTableView *table() const { return m_table; }
    QString statusText() const;
    // "4 sessions shown, 3 active · … (hidden: 2 of Sonde's own, 5 background processes)":
    // the counts describe the table's rows.
    QString shownCountsText() const;
    bool selectPid(int pid);
    // Asks the user, then sends the signal on a job thread. `confirm` false skips the
    // question (tests).
    void signalSelected(SessionsAccess::Signal signal, bool confirm = true);
    // The query of the selected session (empty when none).
    QString selectedQuery() const;
    bool selectTarget(const QString &targetId);

    bool focusSearch() override;
    bool explainSelected() override;
    bool copySelectedQuery() override;
    bool refreshNow() override;

signals:
    void sampled();
    void signalDone(const QString &message);
    void explainRequested(const QString &targetId, const QString &sql);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void startOn(const Target &target);
    void onFeed(const FeedReading &reading);
    void updateActions();
    void follow(bool on);
    // A recording: the reading at (or last before) the end of the window shown.
    void replayRecorded();

    MonitoringPipeline *m_pipeline;
    TargetMonitor *m_monitor;
    TargetPicker *m_picker;
    Target m_target;
    JobTracker *m_jobs;
    SessionModel *m_model;
    SessionFilterModel *m_filter;
    BlockingTreeModel *m_tree;
    DataTableView *m_table;
    DataTreeView *m_treeView;
    QLabel *m_status;
    QLabel *m_message;
    QLineEdit *m_search;
    QCheckBox *m_clientOnly;
    QPushButton *m_cancel;
    QPushButton *m_terminate;
    QString m_warning;
    QString m_error;
    QDateTime m_recordedAt; // a recording: when the reading shown was taken
};

} // namespace sonde
