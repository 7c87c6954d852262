#include "HealthPage.h"

#include "ConfirmChangeDialog.h"
#include "DataTableView.h"
#include "HealthChangesPane.h"
#include "HealthFindingDetails.h"
#include "MachineFactsBar.h"
#include "common/DisplayFormat.h"
#include "common/JobTracker.h"
#include "connection/TargetList.h"
#include "health/HealthFindingModel.h"
#include "health/HealthFixer.h"
#include "health/HealthWatch.h"
#include "indexes/ChangeLog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// Colours the severity column (core's model knows no colours).
class SeverityColours : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.column() == HealthFindingModel::Severity) {
            switch (HealthSeverity(index.data(HealthFindingModel::SeverityRole).toInt())) {
            case HealthSeverity::Critical:
                return QColor(0xc6, 0x28, 0x28);
            case HealthSeverity::Warning:
                return QColor(0xd9, 0x77, 0x06);
            case HealthSeverity::Info:
                break;
            }
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

ConfirmChangeDialog::Texts fixTexts(const HealthFix &fix, const QString &target)
{
    const QString server = target.toHtmlEscaped();
    ConfirmChangeDialog::Texts t;
    t.title = HealthPage::tr("Apply a fix");
    t.confirm = HealthPage::tr("I want to run this on %1").arg(target);
    t.ok = HealthPage::tr("Apply");
    const QString logged = HealthPage::tr("The change is recorded in the change log with its "
                                          "revert.");
    switch (fix.kind) {
    case HealthFix::Kind::PostgresSetting:
        t.lockTimeout = false;
        t.intro = fix.takes == HealthFix::Takes::Restart
                      ? HealthPage::tr("Sonde will write %1 = %2 to postgresql.auto.conf on "
                                       "<b>%3</b> with ALTER SYSTEM. It takes effect at the next "
                                       "restart of the server, which Sonde never does.")
                            .arg(fix.setting, fix.value.toHtmlEscaped(), server)
                      : HealthPage::tr("Sonde will run ALTER SYSTEM on <b>%3</b>, then "
                                       "pg_reload_conf(): %1 becomes %2 for new sessions and "
                                       "for those that did not SET it. The reload also applies "
                                       "any other edit of the configuration files not yet "
                                       "reloaded.")
                            .arg(fix.setting, fix.value.toHtmlEscaped(), server);
        break;
    case HealthFix::Kind::RedisSetting:
        t.lockTimeout = false;
        t.intro = HealthPage::tr("Sonde will run CONFIG SET on <b>%1</b>; the previous value "
                                 "is kept as the revert. The running server changes at once; a "
                                 "restart of Redis forgets it unless redis.conf says the same.")
                      .arg(server);
        break;
    case HealthFix::Kind::Index:
        t.intro = HealthPage::tr("Sonde will build this index on <b>%1</b> with CREATE INDEX "
                                 "CONCURRENTLY: writers are not blocked, Cancel stops it on "
                                 "the server, and an INVALID index a failed build leaves is "
                                 "dropped again.")
                      .arg(server);
        break;
    case HealthFix::Kind::Sql:
    case HealthFix::Kind::None:
        t.intro = HealthPage::tr("Sonde will run these statements on <b>%1</b>, each with a "
                                 "lock_timeout; Cancel stops them on the server.")
                      .arg(server);
        break;
    }
    t.intro += u' ' + logged;
    if (!fix.caution.isEmpty())
        t.intro +=
            u"<p><b>%1</b> %2</p>"_s.arg(HealthPage::tr("Caution:"), fix.caution.toHtmlEscaped());
    return t;
}

} // namespace

HealthPage::HealthPage(TargetList *targets, HealthWatch *watch, QWidget *parent)
    : QWidget(parent)
    , m_targets(targets)
    , m_watch(watch)
    , m_jobs(new JobTracker(this))
    , m_target(new QComboBox(this))
    , m_run(new QPushButton(tr("Run checks"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_machine(new MachineFactsBar(this))
    , m_model(new HealthFindingModel(this))
    , m_proxy(new SeverityColours(this))
    , m_table(new DataTableView(this))
    , m_details(new HealthFindingDetails(this))
    , m_apply(new QPushButton(tr("Apply fix…"), this))
    , m_copy(new QPushButton(tr("Copy SQL"), this))
    , m_notes(new QLabel(this))
    , m_message(new QLabel(this))
    , m_changes(new HealthChangesPane(this))
{
    setObjectName(u"healthPage"_s);
    m_target->setObjectName(u"healthTarget"_s);
    m_target->setAccessibleName(tr("Server to check"));
    m_target->setMinimumWidth(220);
    m_run->setObjectName(u"healthRun"_s);
    m_cancel->setObjectName(u"healthCancel"_s);
    m_apply->setObjectName(u"healthApply"_s);
    m_copy->setObjectName(u"healthCopy"_s);
    m_progress->setMaximumWidth(160);
    m_progress->setRange(0, 100);
    m_status->setObjectName(u"healthStatus"_s);
    m_notes->setObjectName(u"healthNotes"_s);
    m_notes->setWordWrap(true);
    m_message->setObjectName(u"healthMessage"_s);
    m_message->setWordWrap(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(HealthFindingModel::SortRole);
    m_table->setObjectName(u"healthFindings"_s);
    m_table->setAccessibleName(tr("Health findings"));
    m_table->setExportName(u"health"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(HealthFindingModel::Finding,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->resizeSection(HealthFindingModel::Check, 170);
    m_table->horizontalHeader()->resizeSection(HealthFindingModel::Object, 200);
    m_table->sortByColumn(HealthFindingModel::Severity, Qt::DescendingOrder);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Server:"), this));
    top->addWidget(m_target);
    top->addWidget(m_run);
    top->addWidget(m_cancel);
    top->addWidget(m_progress);
    top->addWidget(m_status, 1);
    auto *fixButtons = new QHBoxLayout;
    fixButtons->addWidget(m_apply);
    fixButtons->addWidget(m_copy);
    fixButtons->addStretch(1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details, 1);
    rightLayout->addLayout(fixButtons);
    auto *findings = new QSplitter(Qt::Horizontal, this);
    findings->setObjectName(u"healthSplit"_s);
    findings->addWidget(m_table);
    findings->addWidget(right);
    findings->setStretchFactor(0, 3);
    findings->setStretchFactor(1, 2);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(u"healthVerticalSplit"_s);
    vertical->addWidget(findings);
    vertical->addWidget(m_changes);
    vertical->setStretchFactor(0, 4);
    vertical->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_machine);
    layout->addWidget(vertical, 1);
    layout->addWidget(m_notes);
    layout->addWidget(m_message);

    connect(m_targets, &TargetList::targetAdded, this, &HealthPage::rebuildTargets);
    connect(m_targets, &TargetList::targetChanged, this, &HealthPage::rebuildTargets);
    connect(m_targets, &TargetList::targetRemoved, this, &HealthPage::rebuildTargets);
    connect(m_target, &QComboBox::currentIndexChanged, this, &HealthPage::onTargetChanged);
    connect(m_run, &QPushButton::clicked, this, &HealthPage::runChecks);
    connect(m_cancel, &QPushButton::clicked, this, [this]() {
        m_watch->cancel(currentTarget().id);
        m_jobs->cancel(u"fix"_s);
    });
    connect(m_machine, &MachineFactsBar::factsEdited, this,
            [this](const MachineFacts &m) { m_watch->setMachine(currentTarget().id, m); });
    connect(m_watch, &HealthWatch::started, this, [this](const QString &id) {
        if (id == currentTarget().id)
            updateActions();
    });
    connect(m_watch, &HealthWatch::progress, this,
            [this](const QString &id, const QString &text, int percent) {
                if (id != currentTarget().id)
                    return;
                m_progress->setValue(std::max(0, percent));
                m_status->setText(text);
            });
    connect(m_watch, &HealthWatch::reportReady, this, [this](const HealthReport &r) {
        if (r.targetId == currentTarget().id)
            showReport(r);
    });
    connect(m_jobs, &JobTracker::progress, this,
            [this](const QString &, const QString &text, int) { m_status->setText(text); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HealthPage::showSelected);
    connect(m_apply, &QPushButton::clicked, this, &HealthPage::applySelected);
    connect(m_copy, &QPushButton::clicked, this, [this]() {
        QApplication::clipboard()->setText(selectedFinding().fix.sql + u';');
        setMessage(tr("The fix's SQL is on the clipboard."));
    });
    connect(m_changes, &HealthChangesPane::revertRequested, this, &HealthPage::revert);
    rebuildTargets();
    reloadChanges();
}

HealthPage::~HealthPage()
{
    m_jobs->cancelAll();
}

Target HealthPage::currentTarget() const
{
    return m_targets->byId(m_target->currentData().toString());
}

bool HealthPage::selectTarget(const QString &targetId)
{
    const int i = m_target->findData(targetId);
    if (i >= 0)
        m_target->setCurrentIndex(i);
    return i >= 0;
}

QString HealthPage::message() const
{
    return m_message->text();
}

void HealthPage::rebuildTargets()
{
    const QString current = m_target->currentData().toString();
    const QSignalBlocker block(m_target);
    m_target->clear();
    for (const Target &t : m_targets->targets()) {
        m_target->addItem(t.readOnly ? tr("%1 (read-only)").arg(t.name) : t.name, t.id);
        m_target->setItemData(m_target->count() - 1, t.displayUri(), Qt::ToolTipRole);
    }
    const int keep = m_target->findData(current);
    m_target->setCurrentIndex(keep >= 0 ? keep : 0);
    if (m_target->currentData().toString() != current)
        onTargetChanged();
    updateActions();
}

void HealthPage::onTargetChanged()
{
    const Target t = currentTarget();
    m_machine->setFacts(m_watch->machine(t.id));
    m_machine->setVisible(t.kind == TargetKind::PostgreSQL);
    const HealthReport r = m_watch->report(t.id);
    if (r.targetId.isEmpty()) {
        m_model->clear();
        m_details->showText(t.isValid()
                                ? tr("No checks have run on %1 yet: Run checks.").arg(t.name)
                                : tr("Connect to a server or start the demo."));
        m_status->clear();
        m_notes->clear();
    } else {
        showReport(r);
    }
    updateActions();
}

void HealthPage::runChecks()
{
    const Target t = currentTarget();
    if (!t.isValid())
        return;
    m_watch->setMachine(t.id, m_machine->facts());
    m_progress->setValue(0);
    m_watch->run(t.id);
    updateActions();
}

void HealthPage::showReport(const HealthReport &r)
{
    m_progress->setValue(r.error ? 0 : 100);
    if (r.error) {
        m_status->setText(tr("The checks could not run: %1").arg(r.error.message));
        updateActions();
        return;
    }
    m_model->setRows(r.findings);
    m_status->setText(tr("%1 critical, %2 warning, %3 info — checked at %4")
                          .arg(r.count(HealthSeverity::Critical))
                          .arg(r.count(HealthSeverity::Warning))
                          .arg(r.count(HealthSeverity::Info))
                          .arg(DisplayFormat::timeOfDay(r.at)));
    QStringList notes = r.notes;
    for (const HealthCheckError &e : r.errors)
        notes << tr("Not checked (%1): %2").arg(e.family, e.error.message);
    m_notes->setText(notes.join(u'\n'));
    if (m_model->rowCount() > 0 && !m_table->selectionModel()->hasSelection())
        m_table->selectRow(0);
    else if (m_model->rowCount() == 0)
        m_details->showText(tr("No finding: every check passed."));
    showSelected();
    updateActions();
}

HealthFinding HealthPage::selectedFinding() const
{
    const QList<int> rows = m_table->selectedRowsOfModel();
    if (rows.isEmpty())
        return {};
    return m_model->row(m_proxy->mapToSource(m_proxy->index(rows.first(), 0)).row());
}

void HealthPage::showSelected()
{
    const HealthFinding f = selectedFinding();
    if (!f.check.isEmpty())
        m_details->setFinding(f);
    updateActions();
}

void HealthPage::applySelected()
{
    const Target target = currentTarget();
    const HealthFinding f = selectedFinding();
    if (!target.isValid() || !f.fix.isApplicable())
        return;
    if (target.readOnly) {
        setMessage(HealthFixer::readOnlyRefusal(target).message, true);
        return;
    }
    auto *dialog = new ConfirmChangeDialog(fixTexts(f.fix, target.name), f.fix.sql + u';', this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, target, f]() { startFix(target, f, dialog->lockTimeoutMs()); });
    dialog->open();
}

void HealthPage::startFix(const Target &target, const HealthFinding &finding, int lockMs)
{
    m_status->setText(tr("Applying the fix…"));
    m_jobs->run(
        u"fix"_s,
        [target, finding, lockMs](JobContext &ctx) {
            ChangeLog log;
            QString error;
            if (!log.open(&error)) {
                HealthFixOutcome o;
                o.error = DbError::make(DbError::Kind::Configuration, error);
                return o;
            }
            HealthFixOptions options;
            options.lockTimeoutMs = lockMs;
            return HealthFixer(&log, options).apply(target, finding, ctx.cancelFlag());
        },
        [this, target, finding](const HealthFixOutcome &o) {
            setMessage(o.applied() ? tr("Applied (change #%1). %2").arg(o.changeId).arg(o.note)
                                   : tr("Not applied: %1").arg(o.error.toString()),
                       !o.applied());
            reloadChanges();
            m_watch->run(target.id);
            updateActions();
        });
    updateActions();
}

void HealthPage::revert(const IndexChange &change)
{
    const Target target = currentTarget();
    if (!target.isValid() || target.readOnly)
        return;
    ConfirmChangeDialog::Texts texts;
    texts.title = tr("Revert a change");
    texts.intro = tr("Sonde will run this statement on <b>%1</b> to undo change #%2, and record "
                     "it in the change log.")
                      .arg(target.name.toHtmlEscaped())
                      .arg(change.id);
    texts.confirm = tr("I want to undo change #%1 on %2").arg(change.id).arg(target.name);
    texts.ok = tr("Revert");
    texts.lockTimeout = change.action == IndexChange::Action::Statement;
    auto *dialog = new ConfirmChangeDialog(texts, change.revertDdl + u';', this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, target, change]() {
        const int lockMs = dialog->lockTimeoutMs();
        m_jobs->run(
            u"fix"_s,
            [target, change, lockMs](JobContext &ctx) {
                ChangeLog log;
                QString error;
                HealthFixOutcome o;
                if (!log.open(&error)) {
                    o.error = DbError::make(DbError::Kind::Configuration, error);
                    return o;
                }
                HealthFixOptions options;
                options.lockTimeoutMs = lockMs;
                return HealthFixer(&log, options).revert(target, change.id, ctx.cancelFlag());
            },
            [this, target, change](const HealthFixOutcome &o) {
                setMessage(o.applied() ? tr("Reverted change #%1. %2").arg(change.id).arg(o.note)
                                       : tr("Not reverted: %1").arg(o.error.toString()),
                           !o.applied());
                reloadChanges();
                m_watch->run(target.id);
            });
        updateActions();
    });
    dialog->open();
}

void HealthPage::reloadChanges()
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

void HealthPage::updateActions()
{
    const Target t = currentTarget();
    const bool checking = t.isValid() && m_watch->isRunning(t.id);
    const bool fixing = m_jobs->isRunning(u"fix"_s);
    const HealthFinding f = selectedFinding();
    m_run->setEnabled(t.isValid() && !checking);
    m_cancel->setEnabled(checking || fixing);
    m_apply->setEnabled(f.fix.isApplicable() && t.isValid() && !t.readOnly && !fixing);
    m_apply->setToolTip(t.readOnly
                            ? tr("%1 is read-only in Sonde: nothing is changed there.").arg(t.name)
                        : f.fix.isApplicable() ? tr("Shows the statements and runs them after "
                                                    "you confirm.")
                                               : tr("This finding has advice, not a statement."));
    m_copy->setEnabled(!f.fix.sql.isEmpty());
    m_changes->setReadOnly(t.readOnly,
                           tr("%1 is read-only in Sonde: nothing is changed there.").arg(t.name));
    m_changes->setBusy(fixing);
}

void HealthPage::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #c62828;"_s : QString());
}

} // namespace sonde
