#pragma once

#include "PageActions.h"

#include "connection/TargetList.h"
#include "plan/Plan.h"
#include "plan/ShownPlan.h"
#include "postgres/Explainer.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace sonde {

class JobTracker;
class PlanDiffView;
class PlanView;
class TargetPicker;

// Plans: type or paste a statement (or come from the slow-query list), get its generic plan,
// the planner's estimate, or run it with EXPLAIN (ANALYZE, BUFFERS) inside a transaction
// that is rolled back — a statement that writes only after a confirmation, never on a
// read-only target. Saved plans open too. Keep one plan as the baseline to compare the next
// one with (before / after an index).
class PlanPage : public QWidget, public PageActions
{
    Q_OBJECT
public:
    PlanPage(TargetList *targets, QWidget *parent = nullptr);
    ~PlanPage() override;

    // Explains a statement of a target (as the slow-query list asks), in the chosen mode.
    void explain(const QString &targetId, const QString &sql,
                 ExplainRequest::Mode mode = ExplainRequest::Mode::Auto);
    void runExplain();
    void cancel();
    // Shows a saved EXPLAIN (FORMAT JSON) text; false (and a message) when it is not one.
    bool showPlanText(const QByteArray &text, const QString &caption);
    // The same for a saved file, read up to BoundedRead::PlanCap.
    bool openPlanFile(const QString &path);
    void keepAsBaseline();

    PlanView *planView() const { return m_planView; }
    PlanDiffView *diffView() const { return m_diffView; }
    QTabWidget *tabs() const { return m_tabs; }
    QPlainTextEdit *editor() const { return m_editor; }
    QString statusText() const;
    bool isBusy() const;
    // Skip the confirmation dialog for writes (tests, and a scripted demo).
    void setWritesConfirmed(bool on) { m_writesConfirmed = on; }

    bool focusSearch() override;
    bool explainSelected() override;
    bool copySelectedQuery() override;

signals:
    void explained(const sonde::ExplainResult &result);
    // A plan of a target was shown (a recording keeps it).
    void planShown(const QString &targetId, const sonde::ShownPlan &plan);

private:
    void showResult(const ExplainResult &result);
    void setBusy(bool busy);
    ExplainRequest::Mode chosenMode() const;
    void openFile();

    TargetPicker *m_picker;
    JobTracker *m_jobs;
    QPlainTextEdit *m_editor;
    QComboBox *m_mode;
    QCheckBox *m_buffers;
    QPushButton *m_explain;
    QPushButton *m_cancel;
    QPushButton *m_baseline;
    QLabel *m_status;
    QTabWidget *m_tabs;
    PlanView *m_planView;
    PlanDiffView *m_diffView;
    QPlainTextEdit *m_json;
    Plan m_current;
    QString m_currentCaption;
    Plan m_baselinePlan;
    QString m_baselineCaption;
    bool m_writesConfirmed = false;
    QString m_explainedTarget; // the target of the EXPLAIN running
};

} // namespace sonde
