#pragma once

#include "connection/Target.h"
#include "health/HealthReport.h"
#include "indexes/IndexChange.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;

namespace sonde {

class DataTableView;
class HealthChangesPane;
class HealthFindingDetails;
class HealthFindingModel;
class HealthWatch;
class JobTracker;
class MachineFactsBar;
class TargetList;

// The Health page: the findings of one target worst first, each with its evidence and its
// fix; "Apply fix…" shows the exact statements and runs them after an explicit
// confirmation (refused on a read-only target), recorded in the change log with their
// revert. The checks themselves run in the HealthWatch (off the GUI thread); this page asks
// it and shows its reports.
class HealthPage : public QWidget
{
    Q_OBJECT
public:
    HealthPage(TargetList *targets, HealthWatch *watch, QWidget *parent = nullptr);
    ~HealthPage() override;

    Target currentTarget() const;
    bool selectTarget(const QString &targetId);
    void runChecks();
    HealthFindingModel *model() const { return m_model; }
    DataTableView *table() const { return m_table; }
    QString message() const;

private:
    void rebuildTargets();
    void onTargetChanged();
    void showReport(const HealthReport &report);
    void showSelected();
    HealthFinding selectedFinding() const;
    void applySelected();
    void startFix(const Target &target, const HealthFinding &finding, int lockMs);
    void revert(const IndexChange &change);
    void reloadChanges();
    void updateActions();
    void setMessage(const QString &text, bool error = false);

    TargetList *m_targets;
    HealthWatch *m_watch;
    JobTracker *m_jobs;
    QComboBox *m_target;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    MachineFactsBar *m_machine;
    HealthFindingModel *m_model;
    QSortFilterProxyModel *m_proxy;
    DataTableView *m_table;
    HealthFindingDetails *m_details;
    QPushButton *m_apply;
    QPushButton *m_copy;
    QLabel *m_notes;
    QLabel *m_message;
    HealthChangesPane *m_changes;
};

} // namespace sonde
