#pragma once

#include "bench/BenchmarkResult.h"
#include "connection/Target.h"

#include <QWizard>

#include <atomic>
#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sonde {

class BenchmarkRunner;
class JobTracker;

// "Prove it": benchmark → apply the recommendations → benchmark again → comparison, in
// one guided sequence with the same configuration for both runs. The applied DDL is
// recorded with the second run, so the report shows what changed.
class ProveItWizard : public QWizard
{
    Q_OBJECT
public:
    // Where the recommended DDL comes from. Called on a worker thread (it may query the
    // server); returns the statements to apply (e.g. CREATE INDEX CONCURRENTLY …).
    // Unset (or empty result): the user types or pastes the statements.
    using RecommendationProvider =
        std::function<QStringList(const Target &target, const std::atomic<bool> *cancel)>;
    static void setRecommendationProvider(RecommendationProvider provider);

    ProveItWizard(const BenchmarkConfig &config, const Target &postgresTarget,
                  const QString &storePath, QWidget *parent = nullptr);
    ~ProveItWizard() override;

    enum PageId
    {
        BeforePage,
        ApplyPage,
        AfterPage,
        ResultPage
    };

    // For tests and scripted demos.
    QPlainTextEdit *ddlEditor() const { return m_ddl; }
    void runBefore();
    void applyDdl(bool confirmed = false);
    void runAfter();
    qint64 beforeId() const { return m_before.id; }
    qint64 afterId() const { return m_after.id; }
    QStringList applied() const { return m_applied; }

signals:
    void compareRequested(qint64 before, qint64 after);
    void runStored();
    void stepFinished(int page);

private:
    QWizardPage *makeRunPage(bool before);
    QWizardPage *makeApplyPage();
    QWizardPage *makeResultPage();
    void onRunFinished(const BenchmarkResult &result);
    void loadRecommendations();

    BenchmarkConfig m_config;
    Target m_target;
    BenchmarkRunner *m_runner;
    JobTracker *m_jobs;
    bool m_runningBefore = true;
    BenchmarkResult m_before;
    BenchmarkResult m_after;
    QStringList m_applied;
    QLabel *m_beforeStatus = nullptr;
    QLabel *m_afterStatus = nullptr;
    QLabel *m_applyStatus = nullptr;
    QLabel *m_resultText = nullptr;
    QPlainTextEdit *m_ddl = nullptr;
    QPushButton *m_applyButton = nullptr;
};

} // namespace sonde
