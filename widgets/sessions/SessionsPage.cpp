#include "SessionsPage.h"

#include "DataTableView.h"
#include "DataTreeView.h"
#include "TargetPicker.h"
#include "common/JobTracker.h"
#include "monitoring/MonitoringPipeline.h"
#include "monitoring/TargetMonitor.h"
#include "sessions/BlockingTreeModel.h"
#include "sessions/SessionFilterModel.h"
#include "sessions/SessionModel.h"
#include "sessions/SessionSignals.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

class HighlightDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        switch (SessionHighlight(index.data(SessionModel::HighlightRole).toInt())) {
        case SessionHighlight::Blocker:
            option->backgroundBrush = QColor(0xf8, 0xc4, 0xc0);
            option->font.setBold(true);
            break;
        case SessionHighlight::IdleInTransaction:
            option->backgroundBrush = QColor(0xff, 0xe0, 0xb2);
            break;
        case SessionHighlight::LongRunning:
            option->backgroundBrush = QColor(0xfb, 0xdc, 0xb8);
            break;
        case SessionHighlight::WaitingOnLock:
            option->backgroundBrush = QColor(0xff, 0xf5, 0xc4);
            break;
        case SessionHighlight::None:
            break;
        }
    }
};

} // namespace

SessionsPage::SessionsPage(MonitoringPipeline *pipeline, QWidget *parent)
    : QWidget(parent)
    , m_pipeline(pipeline)
    , m_monitor(pipeline->monitor())
    , m_picker(new TargetPicker(pipeline->targets(), TargetKind::PostgreSQL, this))
    , m_jobs(new JobTracker(this))
    , m_model(new SessionModel(this))
    , m_filter(new SessionFilterModel(this))
    , m_tree(new BlockingTreeModel(this))
    , m_table(new DataTableView(this))
    , m_treeView(new DataTreeView(this))
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_clientOnly(new QCheckBox(tr("Client sessions only"), this))
    , m_cancel(new QPushButton(tr("&Cancel query…"), this))
    , m_terminate(new QPushButton(tr("&Terminate session…"), this))
{
    m_search->setObjectName(u"sessionSearch"_s);
    m_search->setAccessibleName(tr("Search sessions"));
    m_search->setPlaceholderText(tr("Search queries, users, applications, clients…"));
    m_search->setClearButtonEnabled(true);
    m_clientOnly->setChecked(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);
    m_message->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_picker);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_clientOnly);
    bar->addWidget(m_cancel);
    bar->addWidget(m_terminate);

    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setExportName(u"sessions"_s);
    m_table->setAccessibleName(tr("Sessions"));
    m_table->setItemDelegate(new HighlightDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->sortByColumn(SessionModel::QueryTimeColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(false);
    // Who, what and for how long fit beside the blocking tree; the database, the
    // application, the client address and the xmin age show from the header's menu.
    m_table->setColumnsHiddenByDefault({SessionModel::DatabaseColumn,
                                        SessionModel::ApplicationColumn, SessionModel::ClientColumn,
                                        SessionModel::XminAgeColumn});
    m_table->setFillColumn(SessionModel::QueryColumn);
    m_treeView->setModel(m_tree);
    m_treeView->setAccessibleName(tr("Blocking tree"));
    m_treeView->setExportName(u"blocking-tree"_s);
    m_treeView->setUniformRowHeights(true);
    m_treeView->header()->setStretchLastSection(true);
    auto *treeBox = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treeBox);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(
        new QLabel(u"<b>"_s + tr("Who blocks whom").toHtmlEscaped() + u"</b>"_s, treeBox));
    treeLayout->addWidget(m_treeView, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(treeBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({1100, 250}); // the tree is narrow: a pid, a state, a wait
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);

    connect(m_picker, &TargetPicker::targetChosen, this, &SessionsPage::startOn);
    connect(m_search, &QLineEdit::textChanged, m_filter, &SessionFilterModel::setSearchText);
    connect(m_clientOnly, &QCheckBox::toggled, m_filter,
            &SessionFilterModel::setClientSessionsOnly);
    // The search and the "client sessions only" box change the rows the counts describe.
    const auto recount = [this]() {
        if (m_target.isValid())
            m_status->setText(statusText());
    };
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, recount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, recount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, recount);
    connect(m_monitor, &TargetMonitor::feedRead, this, &SessionsPage::onFeed);
    // A recording: the sessions at the end of the dashboard's window, wherever it moves.
    connect(pipeline, &MonitoringPipeline::shownRangeChanged, this, [this]() {
        if (isVisible())
            replayRecorded();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SessionsPage::updateActions);
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &i) {
                if (i.isValid())
                    selectPid(i.data(BlockingTreeModel::PidRole).toInt());
            });
    connect(m_cancel, &QPushButton::clicked, this,
            [this]() { signalSelected(SessionsAccess::Signal::Cancel); });
    connect(m_terminate, &QPushButton::clicked, this,
            [this]() { signalSelected(SessionsAccess::Signal::Terminate); });
    connect(this, &SessionsPage::signalDone, m_message, &QLabel::setText);
    startOn(m_picker->current());
}

SessionsPage::~SessionsPage()
{
    m_jobs->cancelAll();
}

void SessionsPage::onFeed(const FeedReading &reading)
{
    if (reading.feed != SessionsFeed || reading.targetId != m_target.id)
        return;
    const SessionSnapshot s = reading.value.value<SessionSnapshot>();
    if (reading.isValid()) {
        m_error.clear();
        m_warning = s.warning;
        m_model->setSnapshot(s);
        m_tree->setSnapshot(s);
        for (int c = 0; c < SessionModel::ColumnCount; ++c) {
            if (c != SessionModel::QueryColumn)
                m_table->resizeColumnToContents(c);
        }
        m_treeView->expandAll();
        m_treeView->resizeColumnToContents(0);
    } else {
        m_error = reading.error.message;
    }
    m_status->setText(statusText());
    updateActions();
    emit sampled();
}

void SessionsPage::follow(bool on)
{
    if (!m_target.isValid())
        return;
    if (m_pipeline->isRecording()) {
        if (on)
            replayRecorded();
        return;
    }
    if (on)
        m_monitor->subscribe(this, m_target.id, SessionsFeed, 2000);
    else
        m_monitor->unsubscribe(this, m_target.id, SessionsFeed);
}

void SessionsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    follow(true);
}

void SessionsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Nobody looks: stop asking the server.
    follow(false);
}

void SessionsPage::startOn(const Target &target)
{
    follow(false);
    m_target = target;
    m_model->setSnapshot({});
    m_tree->setSnapshot({});
    m_error.clear();
    m_warning.clear();
    if (!target.isValid()) {
        m_status->setText(
            tr("No PostgreSQL target: start the demo or connect to a server.").toHtmlEscaped());
    } else if (isVisible()) {
        follow(true);
    }
    updateActions();
}

void SessionsPage::replayRecorded()
{
    if (!m_pipeline->isRecording() || !m_target.isValid())
        return;
    const qint64 at = m_pipeline->shownToMs();
    const auto entry = m_pipeline->archive()->at(m_target.id, SessionsFeed, at);
    if (!entry) {
        m_recordedAt = QDateTime();
        m_model->setSnapshot({});
        m_tree->setSnapshot({});
        m_error =
            tr("The recording holds no sessions of %1 up to %2.")
                .arg(m_target.name, QDateTime::fromMSecsSinceEpoch(at).toString(u"HH:mm:ss"_s));
        m_status->setText(statusText());
        updateActions();
        return;
    }
    m_recordedAt = QDateTime::fromMSecsSinceEpoch(entry->atMs);
    onFeed(entry->reading);
}

QString SessionsPage::statusText() const
{
    QStringList parts;
    if (m_recordedAt.isValid())
        parts << tr("As they were at %1 (the end of the dashboard's window), read every 5 s.")
                     .arg(m_recordedAt.toString(u"HH:mm:ss"_s))
                     .toHtmlEscaped();
    if (!m_error.isEmpty())
        parts << u"<span style='color:#c62828'><b>"_s + m_error.toHtmlEscaped() + u"</b></span>"_s;
    parts << shownCountsText().toHtmlEscaped();
    if (m_pipeline->isRecording())
        parts << tr("A recording: nothing to cancel or terminate.").toHtmlEscaped();
    else if (m_target.readOnly)
        parts << tr("Read-only target: cancel and terminate are off.").toHtmlEscaped();
    if (!m_warning.isEmpty())
        parts << u"<span style='color:#e65100'>"_s + m_warning.toHtmlEscaped() + u"</span>"_s;
    return parts.join(u"<br>"_s);
}

QString SessionsPage::shownCountsText() const
{
    // The counts describe the rows of the table; what the filters hide is said apart.
    const QList<SessionInfo> &all = m_model->snapshot().sessions;
    const SessionThresholds limits;
    int active = 0, blocked = 0, idleInTransaction = 0, longRunning = 0;
    const int shown = m_filter->rowCount();
    for (int row = 0; row < shown; ++row) {
        const int source = m_filter->mapToSource(m_filter->index(row, 0)).row();
        if (source < 0 || source >= all.size())
            continue;
        const SessionInfo &s = all.at(source);
        active += s.state == u"active"_s;
        blocked += !s.blockedBy.isEmpty();
        idleInTransaction += s.isIdleInTransaction();
        longRunning += s.state == u"active"_s && s.querySeconds >= limits.longRunningSeconds;
    }
    QString text = tr("%n session(s) shown", nullptr, shown) + u", "_s +
                   tr("%1 active · %2 blocked · %3 idle in transaction · %4 running long")
                       .arg(active)
                       .arg(blocked)
                       .arg(idleInTransaction)
                       .arg(longRunning);
    const int own = int(std::count_if(all.cbegin(), all.cend(), [](const SessionInfo &s) {
        return s.isClientBackend() && s.application.startsWith(u"sonde"_s);
    }));
    const int background = int(std::count_if(
        all.cbegin(), all.cend(), [](const SessionInfo &s) { return !s.isClientBackend(); }));
    QStringList hidden;
    if (m_clientOnly->isChecked()) {
        if (own > 0)
            hidden << tr("%n of Sonde's own", nullptr, own);
        if (background > 0)
            hidden << tr("%n background process(es)", nullptr, background);
    }
    const int bySearch = all.size() - shown - (m_clientOnly->isChecked() ? own + background : 0);
    if (bySearch > 0)
        hidden << tr("%n not matching the search", nullptr, bySearch);
    if (!hidden.isEmpty())
        text += u" "_s + tr("(hidden: %1)").arg(hidden.join(u", "_s));
    return text;
}

bool SessionsPage::selectPid(int pid)
{
    const int row = m_model->rowOfPid(pid);
    if (row < 0)
        return false;
    const QModelIndex i = m_filter->mapFromSource(m_model->index(row, 0));
    if (!i.isValid())
        return false;
    m_table->setCurrentIndex(i);
    return true;
}

QString SessionsPage::selectedQuery() const
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    if (!current.isValid() || current.row() >= m_model->snapshot().sessions.size())
        return {};
    return m_model->snapshot().sessions.at(current.row()).query;
}

bool SessionsPage::selectTarget(const QString &targetId)
{
    return m_picker->select(targetId);
}

bool SessionsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
    return true;
}

bool SessionsPage::explainSelected()
{
    const QString sql = selectedQuery();
    if (sql.trimmed().isEmpty() || !m_target.isValid())
        return false;
    emit explainRequested(m_target.id, sql);
    return true;
}

bool SessionsPage::copySelectedQuery()
{
    const QString sql = selectedQuery();
    if (sql.isEmpty())
        return false;
    QGuiApplication::clipboard()->setText(sql);
    return true;
}

bool SessionsPage::refreshNow()
{
    if (!m_target.isValid())
        return false;
    m_monitor->requestFeed(m_target.id, SessionsFeed, u"refresh"_s);
    return true;
}

void SessionsPage::updateActions()
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    const bool has = current.isValid() && m_target.isValid();
    for (QPushButton *b : {m_cancel, m_terminate}) {
        b->setEnabled(has && !m_target.readOnly);
        b->setToolTip(m_target.readOnly ? tr("The target is read-only") : QString());
    }
}

void SessionsPage::signalSelected(SessionsAccess::Signal signal, bool confirm)
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    if (!current.isValid())
        return;
    const SessionInfo s = m_model->snapshot().sessions.at(current.row());
    const bool terminate = signal == SessionsAccess::Signal::Terminate;
    if (confirm) {
        const QString question =
            terminate ? tr("Terminate session %1 of %2 (%3)?\n\nIts connection closes and its open "
                           "transaction rolls back.\n\n%4")
                      : tr("Cancel the query of session %1 of %2 (%3)?\n\nThe statement stops with "
                           "an error; the session stays.\n\n%4");
        const auto answer = QMessageBox::question(
            this, terminate ? tr("Terminate session") : tr("Cancel query"),
            question.arg(s.pid).arg(s.user, s.application, s.query.simplified().left(300)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    const Target target = m_target;
    const int pid = s.pid;
    m_message->setText(terminate ? tr("Terminating session %1…").arg(pid)
                                 : tr("Canceling the query of session %1…").arg(pid));
    m_jobs->run(
        u"signal"_s,
        [target, pid, signal](JobContext &) { return SessionSignals::send(target, pid, signal); },
        [this, pid, terminate](const DbError &err) {
            emit signalDone(err         ? err.message
                            : terminate ? tr("Session %1 terminated.").arg(pid)
                                        : tr("Query of session %1 canceled.").arg(pid));
            refreshNow();
        });
}

} // namespace sonde
