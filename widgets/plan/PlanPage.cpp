#include "PlanPage.h"

#include "TargetPicker.h"
#include "common/BoundedRead.h"
#include "common/DisplayFormat.h"
#include "common/JobTracker.h"
#include "plan/PlanDiffView.h"
#include "plan/PlanParser.h"
#include "plan/PlanView.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTime>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sonde {

using Mode = ExplainRequest::Mode;

PlanPage::PlanPage(TargetList *targets, QWidget *parent)
    : QWidget(parent)
    , m_picker(new TargetPicker(targets, TargetKind::PostgreSQL, this))
    , m_jobs(new JobTracker(this))
    , m_editor(new QPlainTextEdit(this))
    , m_mode(new QComboBox(this))
    , m_buffers(new QCheckBox(tr("Buffers"), this))
    , m_explain(new QPushButton(tr("&Explain"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_baseline(new QPushButton(tr("Keep as &baseline"), this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_planView(new PlanView(this))
    , m_diffView(new PlanDiffView(this))
    , m_json(new QPlainTextEdit(this))
{
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlaceholderText(tr("A statement to explain — with real values, or with $1 "
                                    "parameters as pg_stat_statements shows it"));
    m_editor->setAccessibleName(tr("Statement"));
    m_mode->addItem(tr("Plan only (generic plan for $1 parameters)"), int(Mode::Auto));
    m_mode->addItem(tr("Run it: EXPLAIN ANALYZE, rolled back"), int(Mode::Analyze));
    m_mode->setAccessibleName(tr("How to explain"));
    m_buffers->setChecked(true);
    m_buffers->setToolTip(tr("With ANALYZE: count the blocks each node read or found in cache"));
    m_explain->setDefault(true);
    m_explain->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_baseline->setToolTip(tr("Compare the next plan with this one (for example before and after "
                              "an index)"));
    auto *open = new QPushButton(tr("Open plan…"), this);
    open->setToolTip(tr("Read a saved EXPLAIN (FORMAT JSON) output"));
    auto *paste = new QPushButton(tr("Paste plan"), this);
    paste->setToolTip(tr("Read an EXPLAIN (FORMAT JSON) output from the clipboard"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_json->setReadOnly(true);
    m_json->setAccessibleName(tr("Plan as JSON"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_picker);
    bar->addWidget(m_mode);
    bar->addWidget(m_buffers);
    bar->addWidget(m_explain);
    bar->addWidget(m_cancel);
    bar->addStretch(1);
    bar->addWidget(m_baseline);
    bar->addWidget(open);
    bar->addWidget(paste);
    m_tabs->addTab(m_planView, tr("Plan"));
    m_tabs->addTab(m_diffView, tr("Compare with baseline"));
    m_tabs->addTab(m_json, tr("JSON"));
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(bar);
    topLayout->addWidget(m_editor, 1);
    topLayout->addWidget(m_status);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setSizes({170, 700});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_explain, &QPushButton::clicked, this, &PlanPage::runExplain);
    connect(m_cancel, &QPushButton::clicked, this, &PlanPage::cancel);
    connect(m_baseline, &QPushButton::clicked, this, &PlanPage::keepAsBaseline);
    connect(open, &QPushButton::clicked, this, &PlanPage::openFile);
    connect(paste, &QPushButton::clicked, this, [this]() {
        showPlanText(QApplication::clipboard()->text().toUtf8(), tr("pasted plan"));
    });
    connect(m_jobs, &JobTracker::finished, this, [this]() { setBusy(false); });
    setBusy(false);
}

PlanPage::~PlanPage()
{
    m_jobs->cancelAll();
}

Mode PlanPage::chosenMode() const
{
    return Mode(m_mode->currentData().toInt());
}

bool PlanPage::focusSearch()
{
    // The statement editor is where one looks for something on this page.
    m_editor->setFocus(Qt::ShortcutFocusReason);
    return true;
}

bool PlanPage::explainSelected()
{
    if (isBusy() || m_editor->toPlainText().trimmed().isEmpty())
        return false;
    runExplain();
    return true;
}

bool PlanPage::copySelectedQuery()
{
    const QString sql = m_editor->toPlainText();
    if (sql.trimmed().isEmpty())
        return false;
    QApplication::clipboard()->setText(sql);
    return true;
}

bool PlanPage::isBusy() const
{
    return m_jobs->isRunning(u"explain"_s);
}

void PlanPage::setBusy(bool busy)
{
    m_explain->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_baseline->setEnabled(!m_current.isEmpty() && !busy);
}

void PlanPage::explain(const QString &targetId, const QString &sql, Mode mode)
{
    m_picker->select(targetId);
    m_editor->setPlainText(sql);
    m_mode->setCurrentIndex(
        m_mode->findData(int(mode == Mode::Analyze ? Mode::Analyze : Mode::Auto)));
    runExplain();
}

void PlanPage::runExplain()
{
    const Target target = m_picker->current();
    if (!target.isValid()) {
        m_status->setText(tr("No PostgreSQL target: start the demo or connect to a server."));
        return;
    }
    ExplainRequest request;
    request.sql = m_editor->toPlainText();
    request.mode = chosenMode();
    request.buffers = m_buffers->isChecked();
    request.targetReadOnly = target.readOnly;
    if (Explainer::needsWriteConfirmation(request) && !target.readOnly) {
        request.writeConfirmed = m_writesConfirmed;
        if (!request.writeConfirmed) {
            const auto answer = QMessageBox::warning(
                this, tr("Run a statement that writes?"),
                tr("EXPLAIN ANALYZE runs the statement, and this one writes. Sonde runs it inside "
                   "a transaction and rolls it back, so its changes are undone — but it takes its "
                   "locks while it runs, sequences it uses stay advanced, and anything it does "
                   "outside the database (a trigger sending mail…) happens.\n\nRun it on %1?")
                    .arg(target.displayUri()),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Yes)
                return;
            request.writeConfirmed = true;
        }
    }
    m_status->setText(tr("Explaining on %1…").arg(target.displayUri()).toHtmlEscaped());
    m_explainedTarget = target.id;
    setBusy(true);
    m_jobs->run(
        u"explain"_s,
        [uri = target.uri, request](JobContext &ctx) {
            return Explainer::explain(uri, request, ctx.cancelFlag());
        },
        [this](const ExplainResult &r) { showResult(r); });
}

void PlanPage::cancel()
{
    m_jobs->cancel(u"explain"_s);
    m_status->setText(tr("Canceling…"));
}

void PlanPage::showResult(const ExplainResult &r)
{
    setBusy(false);
    if (!r.ok()) {
        m_status->setText(u"<span style='color:#c62828'><b>"_s + r.error.message.toHtmlEscaped() +
                          u"</b></span>"_s);
        if (!r.error.detail.isEmpty() && r.error.detail != r.error.message)
            m_status->setToolTip(r.error.detail);
        emit explained(r);
        return;
    }
    QString caption;
    switch (r.mode) {
    case Mode::GenericPlan:
        caption = tr("Generic plan (parameters unknown)");
        break;
    case Mode::Analyze:
        caption = tr("EXPLAIN ANALYZE at %1, rolled back")
                      .arg(DisplayFormat::timeOfDay(QDateTime::currentDateTime()));
        break;
    default:
        caption = tr("Planner's estimate");
        break;
    }
    m_current = r.plan;
    m_currentCaption = caption;
    m_planView->setPlan(r.plan, caption);
    m_json->setPlainText(QString::fromUtf8(
        QJsonDocument::fromJson(r.planJson.toUtf8()).toJson(QJsonDocument::Indented)));
    m_status->setText((r.note.isEmpty() ? QString() : r.note + u' ').toHtmlEscaped() +
                      tr("%n finding(s).", nullptr, int(r.findings.size())).toHtmlEscaped());
    if (!m_baselinePlan.isEmpty())
        m_diffView->setPlans(m_baselinePlan, m_current, m_baselineCaption, caption);
    m_tabs->setCurrentWidget(m_planView);
    setBusy(false);
    emit planShown(m_explainedTarget,
                   {QDateTime::currentDateTimeUtc(), r.sql, caption, r.planJson});
    emit explained(r);
}

bool PlanPage::showPlanText(const QByteArray &text, const QString &caption)
{
    const PlanParseResult parsed = PlanParser::parse(text);
    if (!parsed.ok()) {
        m_status->setText(u"<span style='color:#c62828'>"_s + parsed.error.toHtmlEscaped() +
                          u"</span>"_s);
        return false;
    }
    m_current = parsed.plan;
    m_currentCaption = caption;
    m_planView->setPlan(parsed.plan, caption);
    m_json->setPlainText(QString::fromUtf8(text));
    m_status->setText(tr("Read %1.").arg(caption).toHtmlEscaped());
    if (!m_baselinePlan.isEmpty())
        m_diffView->setPlans(m_baselinePlan, m_current, m_baselineCaption, caption);
    m_tabs->setCurrentWidget(m_planView);
    setBusy(false);
    return true;
}

void PlanPage::keepAsBaseline()
{
    if (m_current.isEmpty())
        return;
    m_baselinePlan = m_current;
    m_baselineCaption = m_currentCaption;
    m_diffView->setPlans(m_baselinePlan, Plan(), m_baselineCaption);
    m_status->setText(
        tr("Kept as the baseline: the next plan is compared with it.").toHtmlEscaped());
}

void PlanPage::openFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a plan"), QString(), tr("EXPLAIN JSON (*.json *.txt);;All files (*)"));
    if (!path.isEmpty())
        openPlanFile(path);
}

bool PlanPage::openPlanFile(const QString &path)
{
    QByteArray text;
    QString error;
    if (!BoundedRead::readFile(path, BoundedRead::PlanCap, &text, &error)) {
        m_status->setText(error.toHtmlEscaped());
        return false;
    }
    return showPlanText(text, QFileInfo(path).fileName());
}

QString PlanPage::statusText() const
{
    return m_status->text();
}

} // namespace sonde
