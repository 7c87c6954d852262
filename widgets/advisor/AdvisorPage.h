#pragma once

#include "advisor/AdviceService.h"
#include "connection/TargetList.h"
#include "indexes/IndexChange.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTabWidget;

namespace sonde {

class CoverageBanner;
class DataTableView;
class IndexChangesTab;
class IndexFindingModel;
class JobTracker;
class RecommendationDetails;
class RecommendationModel;
class StatementExampleBox;
class UnhelpedStatementModel;

// Index advice for a PostgreSQL target: the workload (pg_stat_statements since reset or
// over a watched window, or statements typed in), recommendations proven with HypoPG
// (table + details with statements, costs and plans before/after), the statements no
// index helps and why, the review of existing indexes, and the change log. Applying shows
// the DDL and asks for confirmation, builds off the GUI thread with a progress bar and a
// server-side cancel; refused for read-only targets. When a PostgreSQL target appears, the
// page cleans up after builds a crash interrupted there and says so.
class AdvisorPage : public QWidget
{
    Q_OBJECT
public:
    explicit AdvisorPage(TargetList *targets, QWidget *parent = nullptr);
    ~AdvisorPage() override;

    // Advise on these statements (e.g. chosen on the slow-query page) for the current target.
    void adviseOn(const QStringList &statements);
    void startAdvice();
    const AdvisorResult &result() const { return m_result; }
    bool isBusy() const;

signals:
    // A job ended: "advise", "build", "revert", "recheck", "changes", "recover".
    void jobFinished(const QString &job);

private:
    Target currentTarget() const;
    void refreshTargets();
    void onTargetAdded(const Target &target);
    void showResult(const AdviceOutcome &result);
    void applySelected();
    void startBuild(const Target &target, const QList<IndexRecommendation> &recs, int lockMs);
    void revert(const IndexChange &change);
    void recheck(const IndexChange &change);
    void reloadChanges();
    void updateActions();
    void showProgress(const QString &slot, const QString &text, int percent);
    void setMessage(const QString &text, bool error = false);
    // What Advise will read and do with the workload source chosen, until a first result.
    void updateHint();
    // The tabs' counts, from what their tables hold.
    void updateTabCounts();
    // Built recommendations leave the list (the change log has them).
    void dropBuilt(const QStringList &built);
    QList<IndexRecommendation> selectedRecommendations() const;

    TargetList *m_targets;
    JobTracker *m_jobs;
    QComboBox *m_target = nullptr;
    QComboBox *m_source = nullptr;
    QSpinBox *m_window = nullptr;
    QPushButton *m_advise = nullptr;
    QPushButton *m_cancel = nullptr;
    QPlainTextEdit *m_statements = nullptr;
    QLabel *m_message = nullptr;
    CoverageBanner *m_coverage = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QLabel *m_hint = nullptr;
    QTabWidget *m_tabs = nullptr;
    RecommendationModel *m_recommendations = nullptr;
    QSortFilterProxyModel *m_recommendationProxy = nullptr;
    DataTableView *m_recommendationTable = nullptr;
    RecommendationDetails *m_details = nullptr;
    QPushButton *m_apply = nullptr;
    UnhelpedStatementModel *m_unhelped = nullptr;
    StatementExampleBox *m_example = nullptr;
    // Examples with real values the user gave, by target id and queryid.
    QHash<QString, QHash<qint64, QString>> m_examples;
    IndexFindingModel *m_findings = nullptr;
    IndexChangesTab *m_changes = nullptr;
    AdvisorResult m_result;
    QString m_resultTarget; // target id the result belongs to
};

} // namespace sonde
