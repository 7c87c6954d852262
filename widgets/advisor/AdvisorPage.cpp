#include "AdvisorPage.h"

#include "ApplyIndexDialog.h"
#include "DataTableView.h"
#include "IndexChangesTab.h"
#include "RecommendationDetails.h"
#include "advisor/CoverageBanner.h"
#include "advisor/IndexFindingModel.h"
#include "advisor/RecommendationModel.h"
#include "advisor/StatementExampleBox.h"
#include "advisor/UnhelpedStatementModel.h"
#include "common/DisplayFormat.h"
#include "common/JobTracker.h"
#include "indexes/ChangeLog.h"
#include "indexes/IndexChangeService.h"
#include "sql/ParseTree.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

enum Source
{
    SinceReset,
    Window,
    Entered
};

DataTableView *table(QWidget *parent, QAbstractItemModel *model, const QString &name, int sortRole,
                     QSortFilterProxyModel **proxyOut = nullptr)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    auto *view = new DataTableView(parent);
    view->setObjectName(name);
    view->setExportName(name);
    view->setModel(proxy);
    if (proxyOut)
        *proxyOut = proxy;
    return view;
}

} // namespace

AdvisorPage::AdvisorPage(TargetList *targets, QWidget *parent)
    : QWidget(parent)
    , m_targets(targets)
    , m_jobs(new JobTracker(this))
    , m_target(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_window(new QSpinBox(this))
    , m_advise(new QPushButton(tr("Advise"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_statements(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_coverage(new CoverageBanner(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_recommendations(new RecommendationModel(this))
    , m_details(new RecommendationDetails(this))
    , m_apply(new QPushButton(tr("Apply…"), this))
    , m_unhelped(new UnhelpedStatementModel(this))
    , m_example(new StatementExampleBox(this))
    , m_findings(new IndexFindingModel(this))
    , m_changes(new IndexChangesTab(this))
{
    m_target->setObjectName(u"advisorTarget"_s);
    m_target->setAccessibleName(tr("Target"));
    m_source->setObjectName(u"workloadSource"_s);
    m_source->addItem(tr("pg_stat_statements since its reset"));
    m_source->addItem(tr("Watch the workload for"));
    m_source->addItem(tr("Statements I enter"));
    m_window->setObjectName(u"window"_s);
    m_window->setAccessibleName(tr("Workload window"));
    m_window->setRange(5, 3600);
    m_window->setValue(60);
    m_window->setSuffix(tr(" s"));
    m_advise->setObjectName(u"adviseButton"_s);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setToolTip(tr("Stops the running job on the server (a build leaves nothing "
                            "behind)."));
    m_statements->setObjectName(u"statementsEdit"_s);
    m_statements->setAccessibleName(tr("Statements to advise on"));
    m_statements->setPlaceholderText(
        tr("SELECT … ; UPDATE … ;  (one or more statements, $1 parameters allowed)"));
    m_statements->setMaximumHeight(110);
    m_message->setObjectName(u"advisorMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(u"advisorProgress"_s);
    m_progress->setAccessibleName(tr("Progress of the running job"));
    m_progress->hide();
    m_hint->setObjectName(u"advisorHint"_s);
    m_tabs->setObjectName(u"advisorTabs"_s);
    m_hint->setWordWrap(true);
    m_apply->setObjectName(u"applyButton"_s);

    m_recommendationTable = table(this, m_recommendations, u"recommendations"_s,
                                  RecommendationModel::SortRole, &m_recommendationProxy);
    m_recommendationTable->horizontalHeader()->resizeSection(RecommendationModel::Index, 380);
    m_recommendationTable->setAccessibleName(tr("Recommendations"));
    auto *unhelpedTable =
        table(this, m_unhelped, u"unhelpedStatements"_s, UnhelpedStatementModel::SortRole);
    unhelpedTable->horizontalHeader()->resizeSection(UnhelpedStatementModel::Statement, 420);
    unhelpedTable->setAccessibleName(tr("Statements no index helps"));
    auto *findingTable = table(this, m_findings, u"indexFindings"_s, IndexFindingModel::SortRole);
    findingTable->horizontalHeader()->resizeSection(IndexFindingModel::Finding, 480);
    findingTable->setAccessibleName(tr("Existing indexes"));

    auto *recTab = new QWidget(this);
    auto *split = new QSplitter(Qt::Vertical, recTab);
    split->addWidget(m_recommendationTable);
    split->addWidget(m_details);
    split->setStretchFactor(1, 2);
    auto *recButtons = new QHBoxLayout;
    recButtons->addWidget(m_apply);
    recButtons->addStretch(1);
    auto *recLayout = new QVBoxLayout(recTab);
    recLayout->addWidget(split, 1);
    recLayout->addLayout(recButtons);
    m_tabs->addTab(recTab, tr("Recommendations"));
    auto *unhelpedTab = new QWidget(this);
    auto *unhelpedLayout = new QVBoxLayout(unhelpedTab);
    unhelpedLayout->addWidget(unhelpedTable, 1);
    unhelpedLayout->addWidget(m_example);
    m_tabs->addTab(unhelpedTab, tr("Statements without an index"));
    m_tabs->addTab(findingTable, tr("Existing indexes"));
    m_tabs->addTab(m_changes, tr("Change log"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Server:"), this));
    bar->addWidget(m_target, 1);
    bar->addWidget(new QLabel(tr("Workload:"), this));
    bar->addWidget(m_source);
    bar->addWidget(m_window);
    bar->addWidget(m_advise);
    bar->addWidget(m_cancel);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_progressText, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_statements);
    layout->addLayout(progress);
    layout->addWidget(m_message);
    layout->addWidget(m_hint);
    layout->addWidget(m_coverage);
    layout->addWidget(m_tabs, 1);

    connect(m_source, &QComboBox::currentIndexChanged, this, &AdvisorPage::updateActions);
    connect(m_source, &QComboBox::currentIndexChanged, this, &AdvisorPage::updateHint);
    connect(m_target, &QComboBox::currentIndexChanged, this, &AdvisorPage::updateActions);
    connect(m_advise, &QPushButton::clicked, this, &AdvisorPage::startAdvice);
    connect(m_cancel, &QPushButton::clicked, this, [this]() {
        for (const char *slot : {"advise", "build", "revert", "recheck"})
            m_jobs->cancel(QString::fromLatin1(slot));
        m_progressText->setText(tr("Canceling on the server…"));
    });
    connect(m_apply, &QPushButton::clicked, this, &AdvisorPage::applySelected);
    connect(m_recommendationTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this]() {
                const QModelIndexList rows =
                    m_recommendationTable->selectionModel()->selectedRows();
                if (rows.isEmpty()) {
                    m_details->clear();
                } else {
                    m_details->setRecommendation(m_recommendations->recommendation(
                        m_recommendationProxy->mapToSource(rows.first()).row()));
                }
                updateActions();
            });
    connect(m_coverage, &CoverageBanner::showUnplannedRequested, this,
            [this, unhelpedTab]() { m_tabs->setCurrentWidget(unhelpedTab); });
    connect(unhelpedTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, unhelpedTable](const QModelIndex &current) {
                const auto *proxy = static_cast<QSortFilterProxyModel *>(unhelpedTable->model());
                const QModelIndex row = proxy->mapToSource(current);
                if (!row.isValid()) {
                    m_example->clearStatement();
                    return;
                }
                const UnhelpedStatement &u = m_unhelped->statement(row.row());
                m_example->setStatement(u, m_examples.value(m_resultTarget).value(u.queryId));
            });
    connect(m_example, &StatementExampleBox::exampleGiven, this,
            [this](qint64 queryId, const QString &sql) {
                m_examples[m_resultTarget].insert(queryId, sql);
                startAdvice();
            });
    connect(m_changes, &IndexChangesTab::revertRequested, this, &AdvisorPage::revert);
    connect(m_changes, &IndexChangesTab::recheckRequested, this, &AdvisorPage::recheck);
    connect(m_changes, &IndexChangesTab::reloadRequested, this, &AdvisorPage::reloadChanges);
    connect(m_jobs, &JobTracker::progress, this, &AdvisorPage::showProgress);
    connect(m_jobs, &JobTracker::started, this, &AdvisorPage::updateActions);
    connect(m_jobs, &JobTracker::finished, this, [this](const QString &slot) {
        updateActions();
        emit jobFinished(slot.section(u':', 0, 0));
    });
    connect(m_targets, &TargetList::targetAdded, this, &AdvisorPage::onTargetAdded);
    connect(m_targets, &TargetList::targetChanged, this, &AdvisorPage::refreshTargets);
    connect(m_targets, &TargetList::targetRemoved, this, &AdvisorPage::refreshTargets);
    refreshTargets();
    reloadChanges();
    updateHint();
}

AdvisorPage::~AdvisorPage()
{
    m_jobs->cancelAll();
}

bool AdvisorPage::isBusy() const
{
    for (const char *slot : {"advise", "build", "revert"}) {
        if (m_jobs->isRunning(QString::fromLatin1(slot)))
            return true;
    }
    return false;
}

Target AdvisorPage::currentTarget() const
{
    return m_targets->byId(m_target->currentData().toString());
}

void AdvisorPage::refreshTargets()
{
    const QString current = m_target->currentData().toString();
    const QSignalBlocker block(m_target);
    m_target->clear();
    for (const Target &t : m_targets->ofKind(TargetKind::PostgreSQL)) {
        m_target->addItem(t.readOnly ? tr("%1 (read-only)").arg(t.name) : t.name, t.id);
        m_target->setItemData(m_target->count() - 1, t.displayUri(), Qt::ToolTipRole);
    }
    const int i = m_target->findData(current);
    m_target->setCurrentIndex(i >= 0 ? i : 0);
    updateActions();
}

void AdvisorPage::onTargetAdded(const Target &target)
{
    refreshTargets();
    if (target.kind != TargetKind::PostgreSQL)
        return;
    // "Next start": clean up after builds a crash interrupted on this server.
    const QString uri = target.uri;
    m_jobs->run(
        u"recover:"_s + target.id, [uri](JobContext &) { return IndexChangeService::recover(uri); },
        [this, name = target.name](const IndexRecoveryResult &r) {
            if (!r.messages.isEmpty()) {
                setMessage(tr("%1: %2").arg(name, r.messages.join(u' ')));
                reloadChanges();
            }
        });
}

void AdvisorPage::adviseOn(const QStringList &statements)
{
    m_source->setCurrentIndex(Entered);
    m_statements->setPlainText(statements.join(u";\n"_s) + u';');
    startAdvice();
}

void AdvisorPage::startAdvice()
{
    const Target target = currentTarget();
    if (!target.isValid()) {
        setMessage(tr("Connect to a PostgreSQL server (or start the demo) first."), true);
        return;
    }
    AdvisorRequest request;
    request.examples = m_examples.value(target.id);
    if (m_source->currentIndex() == Window)
        request.windowSeconds = m_window->value();
    if (m_source->currentIndex() == Entered) {
        QString error;
        request.statements = ParseTree::split(m_statements->toPlainText(), &error);
        if (!error.isEmpty() || request.statements.isEmpty()) {
            setMessage(error.isEmpty() ? tr("Enter at least one statement.")
                                       : tr("The statements do not parse: %1").arg(error),
                       true);
            return;
        }
    }
    setMessage({});
    m_progress->setRange(0, 0);
    m_progressText->setText(tr("Starting…"));
    const QString uri = target.uri;
    m_jobs->run(
        u"advise"_s,
        [uri, request](JobContext &ctx) {
            return AdviceService::advise(uri, request, ctx.cancelFlag(), ctx.progress());
        },
        [this, id = target.id](const AdviceOutcome &r) {
            m_resultTarget = id;
            showResult(r);
        });
}

void AdvisorPage::showResult(const AdviceOutcome &r)
{
    m_progress->setRange(0, 100);
    m_progress->setValue(r.error ? 0 : 100);
    if (r.error) {
        m_progressText->clear();
        setMessage(r.error.toString(), true);
        return;
    }
    m_result = r.result;
    m_coverage->setCoverage(m_result.coverage);
    m_example->clearStatement();
    m_recommendations->setRecommendations(m_result.recommendations);
    m_unhelped->setStatements(m_result.unhelped);
    m_findings->setFindings(m_result.audit);
    m_hint->hide();
    updateTabCounts();
    m_progressText->setText(tr("%1 statements, %2 candidate indexes tried with %3 plans in %4.")
                                .arg(DisplayFormat::count(m_result.workload.statements.size()),
                                     DisplayFormat::count(m_result.candidatesTried),
                                     DisplayFormat::count(m_result.explains),
                                     DisplayFormat::duration(double(m_result.elapsedMs))));
    const QStringList notes = m_result.notes + m_result.workload.notes;
    setMessage(notes.join(u' '));
    if (!m_result.recommendations.isEmpty())
        m_recommendationTable->selectRow(0);
    else
        m_details->clear();
    updateActions();
}

QList<IndexRecommendation> AdvisorPage::selectedRecommendations() const
{
    QList<IndexRecommendation> out;
    for (const QModelIndex &i : m_recommendationTable->selectionModel()->selectedRows())
        out << m_recommendations->recommendation(m_recommendationProxy->mapToSource(i).row());
    return out;
}

void AdvisorPage::applySelected()
{
    const Target target = m_targets->byId(m_resultTarget);
    const QList<IndexRecommendation> recs = selectedRecommendations();
    if (!target.isValid() || recs.isEmpty())
        return;
    if (target.readOnly) {
        setMessage(tr("%1 is read-only in Sonde: indexes are not built there.").arg(target.name),
                   true);
        return;
    }
    QStringList ddl;
    for (const IndexRecommendation &r : recs)
        ddl << r.ddl + u';';
    auto *dialog =
        new ApplyIndexDialog(ApplyIndexDialog::Mode::Build, target.name, ddl.join(u"\n\n"_s), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, target, recs]() { startBuild(target, recs, dialog->lockTimeoutMs()); });
    dialog->open();
}

void AdvisorPage::startBuild(const Target &target, const QList<IndexRecommendation> &recs,
                             int lockMs)
{
    if (target.readOnly)
        return;
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progressText->setText(tr("Building…"));
    const QString uri = target.uri;
    QStringList statements;
    const QList<IndexBuildPlan> plans = AdviceService::plans(recs, &statements);
    m_jobs->run(
        u"build"_s,
        [uri, plans, statements, lockMs](JobContext &ctx) {
            return IndexChangeService::apply(uri, plans, statements, lockMs, ctx.cancelFlag(),
                                             ctx.progress());
        },
        [this](const IndexChangeResult &r) {
            m_progress->setValue(r.error || !r.failed.isEmpty() ? 0 : 100);
            if (r.error)
                setMessage(r.error.toString(), true);
            else if (!r.failed.isEmpty())
                setMessage(tr("Not built: %1").arg(r.failed.join(u"; "_s)), true);
            else
                setMessage(tr("Built %1.").arg(r.built.join(u", "_s)) +
                           (r.notes.isEmpty() ? QString() : u' ' + r.notes.join(u' ')));
            m_progressText->setText(
                r.built.isEmpty() ? QString() : tr("Built %n index(es).", "", int(r.built.size())));
            dropBuilt(r.built);
            reloadChanges();
            m_tabs->setCurrentWidget(m_changes);
        });
}

void AdvisorPage::revert(const IndexChange &change)
{
    const Target target = currentTarget();
    if (!target.isValid() || target.readOnly)
        return;
    auto *dialog = new ApplyIndexDialog(ApplyIndexDialog::Mode::Revert, target.name,
                                        change.revertDdl + u';', this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, target, change]() {
        const QString uri = target.uri;
        const int lockMs = dialog->lockTimeoutMs();
        const qint64 id = change.id;
        m_progress->setRange(0, 0);
        m_progressText->setText(tr("Dropping %1…").arg(change.indexName));
        m_jobs->run(
            u"revert"_s,
            [uri, id, lockMs](JobContext &ctx) {
                return IndexChangeService::revert(uri, id, lockMs, ctx.cancelFlag(),
                                                  ctx.progress());
            },
            [this, change](const IndexChangeResult &r) {
                m_progress->setRange(0, 100);
                m_progress->setValue(r.error ? 0 : 100);
                setMessage(r.error ? r.error.toString() : tr("Dropped %1.").arg(change.indexName),
                           bool(r.error));
                m_progressText->clear();
                reloadChanges();
            });
    });
    dialog->open();
}

void AdvisorPage::recheck(const IndexChange &change)
{
    const Target target = currentTarget();
    if (!target.isValid())
        return;
    const QString uri = target.uri;
    const QString statements = change.statementsJson;
    m_jobs->run(
        u"recheck"_s,
        [uri, statements](JobContext &ctx) {
            return AdviceService::recheck(uri, statements, ctx.cancelFlag(), ctx.progress());
        },
        [this, change](const RecheckOutcome &r) { m_changes->setRecheck(change, r); });
}

void AdvisorPage::reloadChanges()
{
    // The log is a local SQLite file, still read off the GUI thread like everything else.
    m_jobs->run(
        u"changes"_s,
        [](JobContext &) {
            ChangeLog log;
            QString error;
            return log.open(&error) ? log.all() : QList<IndexChange>();
        },
        [this](const QList<IndexChange> &changes) { m_changes->setChanges(changes); });
}

void AdvisorPage::updateActions()
{
    const Target target = currentTarget();
    const bool busy = isBusy();
    m_window->setVisible(m_source->currentIndex() == Window);
    m_statements->setVisible(m_source->currentIndex() == Entered);
    m_advise->setEnabled(target.isValid() && !busy);
    m_cancel->setEnabled(busy || m_jobs->isRunning(u"recheck"_s));
    const Target resultTarget = m_targets->byId(m_resultTarget);
    const bool selected = !m_recommendationTable->selectionModel()->selectedRows().isEmpty();
    m_apply->setEnabled(selected && resultTarget.isValid() && !resultTarget.readOnly && !busy);
    m_apply->setToolTip(
        resultTarget.readOnly
            ? tr("%1 is read-only in Sonde: nothing is built there.").arg(resultTarget.name)
            : tr("Shows the DDL and builds the selected indexes after you "
                 "confirm."));
    m_changes->setReadOnly(
        target.readOnly,
        tr("%1 is read-only in Sonde: nothing is dropped there.").arg(target.name));
    m_changes->setBusy(busy);
    if (!busy && m_progress->maximum() == 0)
        m_progress->setRange(0, 100);
    // The bar shows a job's progress; between jobs the text beside it tells the outcome.
    m_progress->setVisible(busy);
}

void AdvisorPage::updateHint()
{
    const QString does =
        tr("tries candidate indexes on them with HypoPG (hypothetical indexes: nothing is "
           "built or written) and lists the indexes worth building, with the plans before and "
           "after. Nothing is built until you select a recommendation and press Apply.");
    QString reads;
    switch (m_source->currentIndex()) {
    case Window:
        reads = tr("Press Advise: Sonde watches the statements the server runs for the time "
                   "set (pg_stat_statements), then %1");
        break;
    case Entered:
        reads = tr("Enter statements above and press Advise: Sonde plans them, then %1");
        break;
    default:
        reads = tr("Press Advise: Sonde reads the statements pg_stat_statements has counted "
                   "since its last reset, then %1");
        break;
    }
    m_hint->setText(reads.arg(does));
}

void AdvisorPage::updateTabCounts()
{
    m_tabs->setTabText(0, tr("Recommendations (%1)").arg(m_recommendations->rowCount()));
    m_tabs->setTabText(1, tr("Statements without an index (%1)").arg(m_unhelped->rowCount()));
    m_tabs->setTabText(2, tr("Existing indexes (%1)").arg(m_findings->rowCount()));
}

void AdvisorPage::dropBuilt(const QStringList &built)
{
    if (built.isEmpty())
        return;
    QList<IndexRecommendation> left;
    for (int row = 0; row < m_recommendations->rowCount(); ++row) {
        const IndexRecommendation &r = m_recommendations->recommendation(row);
        if (!built.contains(r.plan.qualifiedName()))
            left << r;
    }
    m_recommendations->setRecommendations(left);
    m_details->clear();
    updateTabCounts();
}

void AdvisorPage::showProgress(const QString &slot, const QString &text, int percent)
{
    if (slot != u"advise"_s && slot != u"build"_s && slot != u"revert"_s)
        return;
    if (percent < 0) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, 100);
        m_progress->setValue(percent);
    }
    m_progressText->setText(text);
}

void AdvisorPage::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b00020;"_s : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace sonde
