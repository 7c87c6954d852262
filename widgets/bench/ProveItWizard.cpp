#include "ProveItWizard.h"

#include "bench/BenchmarkComparison.h"
#include "bench/BenchmarkRunner.h"
#include "bench/DdlApplier.h"
#include "common/DisplayFormat.h"
#include "common/JobTracker.h"

#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

ProveItWizard::RecommendationProvider &provider()
{
    static ProveItWizard::RecommendationProvider p;
    return p;
}

// A wizard page whose "Next" waits for its step.
class StepPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    bool done = false;
    bool isComplete() const override { return done; }
    void setDone(bool d)
    {
        done = d;
        emit completeChanged();
    }
};

} // namespace

void ProveItWizard::setRecommendationProvider(RecommendationProvider p)
{
    provider() = std::move(p);
}

ProveItWizard::ProveItWizard(const BenchmarkConfig &config, const Target &postgresTarget,
                             const QString &storePath, QWidget *parent)
    : QWizard(parent)
    , m_config(config)
    , m_target(postgresTarget)
    , m_runner(new BenchmarkRunner(storePath, this))
    , m_jobs(new JobTracker(this))
{
    setObjectName(u"proveItWizard"_s);
    setWindowTitle(tr("Prove it: before, apply, after"));
    setWizardStyle(QWizard::ClassicStyle);
    resize(720, 520);
    setPage(BeforePage, makeRunPage(true));
    setPage(ApplyPage, makeApplyPage());
    setPage(AfterPage, makeRunPage(false));
    setPage(ResultPage, makeResultPage());
    connect(m_runner, &BenchmarkRunner::finished, this, &ProveItWizard::onRunFinished);
    connect(m_runner, &BenchmarkRunner::progress, this, [this](const BenchmarkProgress &p) {
        QLabel *status = m_runningBefore ? m_beforeStatus : m_afterStatus;
        status->setText(tr("%1: %2 tx/s, p99 %3")
                            .arg(DisplayFormat::duration(p.second * 1000.0),
                                 DisplayFormat::rate(p.throughput),
                                 p.hasLatency() ? DisplayFormat::duration(p.p99Ms) : u"—"_s));
    });
    connect(this, &QWizard::accepted, this, [this]() {
        if (m_before.id > 0 && m_after.id > 0)
            emit compareRequested(m_before.id, m_after.id);
    });
    loadRecommendations();
}

ProveItWizard::~ProveItWizard()
{
    m_runner->stop();
}

QWizardPage *ProveItWizard::makeRunPage(bool before)
{
    auto *page = new StepPage(this);
    page->setTitle(before ? tr("1. Benchmark before the change") : tr("3. Benchmark again"));
    page->setSubTitle(tr("%1 on %2")
                          .arg(m_config.summary(), m_config.targetDisplay.isEmpty()
                                                       ? m_target.name
                                                       : m_config.targetDisplay));
    auto *layout = new QVBoxLayout(page);
    auto *text = new QLabel(before ? tr("Runs the benchmark as configured on the benchmark page "
                                        "and keeps it as the \"before\" run.")
                                   : tr("Runs the same benchmark again, now with the changes "
                                        "applied, and records the applied statements with it."),
                            page);
    text->setWordWrap(true);
    auto *run = new QPushButton(
        before ? tr("Run the \"before\" benchmark") : tr("Run the \"after\" benchmark"), page);
    run->setObjectName(before ? u"proveRunBefore"_s : u"proveRunAfter"_s);
    auto *status = new QLabel(page);
    status->setWordWrap(true);
    layout->addWidget(text);
    layout->addWidget(run);
    layout->addWidget(status);
    layout->addStretch();
    (before ? m_beforeStatus : m_afterStatus) = status;
    connect(run, &QPushButton::clicked, this,
            before ? &ProveItWizard::runBefore : &ProveItWizard::runAfter);
    return page;
}

QWizardPage *ProveItWizard::makeApplyPage()
{
    auto *page = new StepPage(this);
    page->setTitle(tr("2. Apply the recommendations"));
    page->setSubTitle(tr("The statements run one by one on %1, each in its own transaction "
                         "(CREATE INDEX CONCURRENTLY cannot run in one).")
                          .arg(m_target.isValid() ? m_target.displayUri() : tr("the server")));
    auto *layout = new QVBoxLayout(page);
    m_ddl = new QPlainTextEdit(page);
    m_ddl->setObjectName(u"proveDdl"_s);
    m_ddl->setPlaceholderText(
        u"CREATE INDEX CONCURRENTLY audit_logs_user_created_idx\n    ON audit_logs (user_id, created_at);"_s);
    m_applyButton = new QPushButton(tr("Apply…"), page);
    m_applyStatus = new QLabel(page);
    m_applyStatus->setWordWrap(true);
    layout->addWidget(new QLabel(tr("Statements to apply (one per \";\"):"), page));
    layout->addWidget(m_ddl, 1);
    layout->addWidget(m_applyButton);
    layout->addWidget(m_applyStatus);
    connect(m_applyButton, &QPushButton::clicked, this, [this]() { applyDdl(false); });
    connect(m_jobs, &JobTracker::progress, m_applyStatus,
            [this](const QString &slot, const QString &text, int) {
                if (slot == u"apply"_s)
                    m_applyStatus->setText(tr("Applying: %1").arg(text));
            });
    if (m_target.readOnly) {
        m_applyButton->setEnabled(false);
        m_applyStatus->setText(tr("%1 is read-only: Sonde does not change it.").arg(m_target.name));
    }
    return page;
}

QWizardPage *ProveItWizard::makeResultPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("4. The difference"));
    page->setSubTitle(tr("Finish opens the side-by-side comparison, ready to export."));
    auto *layout = new QVBoxLayout(page);
    m_resultText = new QLabel(page);
    m_resultText->setWordWrap(true);
    m_resultText->setTextFormat(Qt::RichText);
    layout->addWidget(m_resultText);
    layout->addStretch();
    return page;
}

void ProveItWizard::loadRecommendations()
{
    if (!provider() || !m_target.isValid())
        return;
    const RecommendationProvider p = provider();
    const Target target = m_target;
    m_applyStatus->setText(tr("Asking the advisor for recommendations…"));
    m_jobs->run(
        u"recommend"_s, [p, target](JobContext &ctx) { return p(target, ctx.cancelFlag()); },
        [this](const QStringList &ddl) {
            if (!ddl.isEmpty() && m_ddl->toPlainText().trimmed().isEmpty())
                m_ddl->setPlainText(ddl.join(u";\n\n"_s) + u';');
            m_applyStatus->setText(ddl.isEmpty() ? tr("The advisor has no recommendation: type "
                                                      "the statements to apply.")
                                                 : tr("%n recommendation(s) from the advisor.",
                                                      nullptr, int(ddl.size())));
        });
}

void ProveItWizard::runBefore()
{
    m_runningBefore = true;
    BenchmarkConfig c = m_config;
    c.name = tr("before");
    m_beforeStatus->setText(tr("Starting…"));
    m_runner->start(c);
}

void ProveItWizard::runAfter()
{
    m_runningBefore = false;
    BenchmarkConfig c = m_config;
    c.name = tr("after");
    m_afterStatus->setText(tr("Starting…"));
    m_runner->start(c, m_applied);
}

void ProveItWizard::onRunFinished(const BenchmarkResult &r)
{
    QLabel *status = m_runningBefore ? m_beforeStatus : m_afterStatus;
    emit runStored();
    if (r.status != BenchmarkResult::Status::Completed) {
        status->setText(r.error.isEmpty() ? tr("The run ended: %1.").arg(r.statusName()) : r.error);
        return;
    }
    status->setText(
        tr("Run #%1: %2 tx/s, p50 %3, p99 %4, %5 errors.")
            .arg(r.id)
            .arg(DisplayFormat::rate(r.throughput()), DisplayFormat::duration(r.percentileMs(50)),
                 DisplayFormat::duration(r.percentileMs(99)), DisplayFormat::count(r.errors)));
    auto *page = static_cast<StepPage *>(this->page(m_runningBefore ? BeforePage : AfterPage));
    (m_runningBefore ? m_before : m_after) = r;
    page->setDone(true);
    if (!m_runningBefore) {
        QString html;
        for (const ComparisonFigure &f : BenchmarkComparison::figures(m_before, m_after)) {
            if (f.key != u"throughput"_s && f.key != u"p50_ms"_s && f.key != u"p99_ms"_s)
                continue;
            html += u"<p><b>%1</b>: %2 → %3 <b style='color:%4'>%5</b></p>"_s.arg(
                f.label, BenchmarkComparison::formatValue(f.before, f.unit),
                BenchmarkComparison::formatValue(f.after, f.unit),
                f.improvementPct() >= 0 ? u"#1a7f37"_s : u"#cf222e"_s,
                BenchmarkComparison::formatImprovement(f));
        }
        m_resultText->setText(html);
    }
    emit stepFinished(m_runningBefore ? BeforePage : AfterPage);
}

void ProveItWizard::applyDdl(bool confirmed)
{
    const QStringList statements = DdlApplier::split(m_ddl->toPlainText());
    if (statements.isEmpty()) {
        m_applyStatus->setText(tr("Nothing to apply: type or paste the statements first."));
        return;
    }
    if (!confirmed &&
        QMessageBox::question(
            this, tr("Apply the changes"),
            tr("Run these %n statement(s) on %1?\n\n%2", nullptr, int(statements.size()))
                .arg(m_target.displayUri(), statements.join(u";\n"_s))) != QMessageBox::Yes)
        return;
    m_applyButton->setEnabled(false);
    m_applyStatus->setText(tr("Applying…"));
    const QString uri = m_target.uri;
    const bool readOnly = m_target.readOnly;
    m_jobs->run(
        u"apply"_s,
        [uri, readOnly, statements](JobContext &ctx) {
            return DdlApplier::apply(uri, readOnly, statements, ctx.cancelFlag(),
                                     [&ctx](const QString &sql, int i, int n) {
                                         ctx.reportProgress(sql.left(80), 100 * i / n);
                                     });
        },
        [this](const DdlApplier::Outcome &outcome) {
            m_applied << outcome.applied;
            m_applyButton->setEnabled(true);
            if (outcome.error) {
                m_applyStatus->setText(
                    tr("%n statement(s) applied; then: %1", nullptr, int(outcome.applied.size()))
                        .arg(outcome.error.message));
            } else {
                m_applyStatus->setText(
                    tr("%n statement(s) applied.", nullptr, int(outcome.applied.size())));
            }
            static_cast<StepPage *>(page(ApplyPage))->setDone(!m_applied.isEmpty());
            emit stepFinished(ApplyPage);
        });
}

} // namespace sonde
