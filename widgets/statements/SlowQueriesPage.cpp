#include "SlowQueriesPage.h"

#include "DataTableView.h"
#include "RedisSlowLogPane.h"
#include "StatementDetailsPane.h"
#include "TargetPicker.h"
#include "monitoring/MonitoringPipeline.h"
#include "monitoring/TargetMonitor.h"
#include "plan/PlanFormat.h"
#include "statements/SlowQueryFilterModel.h"
#include "statements/SlowQueryModel.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMetaMethod>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

enum WindowChoice
{
    Last5,
    Last15,
    Last60,
    SinceMarker,
    SinceReset,
    Shown, // a recording: the dashboard's window
};

// Slow statements in red, suspected N+1 in amber.
class FlagDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(SlowQueryModel::SlowRole).toBool())
            option->backgroundBrush = QColor(0xfd, 0xe0, 0xdc);
        else if (index.data(SlowQueryModel::NPlusOneRole).toBool())
            option->backgroundBrush = QColor(0xff, 0xf0, 0xc8);
    }
};

} // namespace

SlowQueriesPage::SlowQueriesPage(MonitoringPipeline *pipeline, QWidget *parent)
    : QWidget(parent)
    , m_pipeline(pipeline)
    , m_monitor(pipeline->monitor())
    , m_picker(new TargetPicker(pipeline->targets(), TargetKind::PostgreSQL, this))
    , m_model(new SlowQueryModel(this))
    , m_filter(new SlowQueryFilterModel(this))
    , m_window(new QComboBox(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_search(new QLineEdit(this))
    , m_flaggedOnly(new QCheckBox(tr("Flagged only"), this))
    , m_status(new QLabel(this))
    , m_table(new DataTableView(this))
    , m_details(new StatementDetailsPane(this))
    , m_redis(new RedisSlowLogPane(pipeline, this))
{
    m_window->addItems({tr("Last 5 minutes"), tr("Last 15 minutes"), tr("Last hour"),
                        tr("Since the marker"), tr("Since statistics reset")});
    m_window->setAccessibleName(tr("Window"));
    m_threshold->setRange(0, 3600000);
    m_threshold->setDecimals(0);
    m_threshold->setAccessibleName(tr("Slow threshold (mean, ms)"));
    m_threshold->setValue(100);
    m_threshold->setSuffix(tr(" ms"));
    m_threshold->setPrefix(tr("slow above "));
    m_threshold->setToolTip(tr("Statements whose mean is above this are flagged slow"));
    m_search->setObjectName(u"slowQuerySearch"_s);
    m_search->setAccessibleName(tr("Search statements"));
    m_search->setPlaceholderText(tr("Search statements, roles, databases…"));
    m_search->setClearButtonEnabled(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);
    auto *marker = new QPushButton(tr("Set &marker"), this);
    marker->setToolTip(tr("Remember this moment: \"Since the marker\" then shows only what ran "
                          "after it (for example after deploying a change)"));
    auto *refresh = new QPushButton(tr("&Refresh"), this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_picker);
    bar->addWidget(m_window);
    bar->addWidget(marker);
    bar->addWidget(m_threshold);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_flaggedOnly);
    bar->addWidget(refresh);
    if (pipeline->isRecording()) {
        // What was read then, over the dashboard's window or any width before its end.
        m_window->addItem(tr("The dashboard's window"));
        m_window->setCurrentIndex(Shown);
        marker->hide();
        refresh->hide();
        m_details->setActionsShown(false);
        connect(pipeline, &MonitoringPipeline::shownRangeChanged, this,
                &SlowQueriesPage::replayRecorded);
    }

    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setExportName(u"slow-queries"_s);
    m_table->setAccessibleName(tr("Slow statements"));
    m_table->setItemDelegate(new FlagDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->sortByColumn(SlowQueryModel::TotalTimeColumn, Qt::DescendingOrder);
    // The figures a ranking is read by; the others are in the detail pane, and a right click
    // on the header shows them in the table too.
    m_table->setColumnsHiddenByDefault(
        {SlowQueryModel::StddevColumn, SlowQueryModel::RowsPerCallColumn,
         SlowQueryModel::SharedHitColumn, SlowQueryModel::SharedReadColumn,
         SlowQueryModel::TempWrittenColumn, SlowQueryModel::RoleColumn,
         SlowQueryModel::DatabaseColumn});
    m_table->setFillColumn(SlowQueryModel::QueryColumn);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_table);
    top->addWidget(m_details);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    top->setSizes({900, 500});
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_redis);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({600, 220});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_picker, &TargetPicker::targetChosen, this, &SlowQueriesPage::startOn);
    connect(m_monitor, &TargetMonitor::feedRead, this, &SlowQueriesPage::onFeed);
    connect(m_window, &QComboBox::currentIndexChanged, this, &SlowQueriesPage::recompute);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, &SlowQueriesPage::recompute);
    connect(m_search, &QLineEdit::textChanged, m_filter, &SlowQueryFilterModel::setSearchText);
    connect(m_flaggedOnly, &QCheckBox::toggled, m_filter, &SlowQueryFilterModel::setFlaggedOnly);
    connect(marker, &QPushButton::clicked, this, &SlowQueriesPage::setMarker);
    connect(refresh, &QPushButton::clicked, this, &SlowQueriesPage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SlowQueriesPage::showSelected);
    connect(m_details, &StatementDetailsPane::explainRequested, this,
            [this](const QString &sql) { emit explainRequested(m_picker->current().id, sql); });
    connect(m_details, &StatementDetailsPane::benchmarkRequested, this, [this](const QString &sql) {
        if (isSignalConnected(QMetaMethod::fromSignal(&SlowQueriesPage::benchmarkRequested)))
            emit benchmarkRequested(m_picker->current().id, sql);
        else
            m_status->setText(tr("Benchmarks are not part of this build: the statement was not "
                                 "added.")
                                  .toHtmlEscaped());
    });
    connect(m_details, &StatementDetailsPane::copied, this,
            [this]() { m_status->setText(tr("Statement copied.").toHtmlEscaped()); });
    startOn(m_picker->current());
}

SlowQueriesPage::~SlowQueriesPage() = default;

void SlowQueriesPage::startOn(const Target &target)
{
    if (m_target.isValid() && !m_pipeline->isRecording())
        m_monitor->unsubscribe(this, m_target.id, StatementsFeed);
    m_target = target;
    m_history.clear();
    m_marker = QDateTime();
    m_warning.clear();
    m_error.clear();
    m_model->setWindow({});
    m_details->clear();
    if (!target.isValid()) {
        m_status->setText(
            tr("No PostgreSQL target: start the demo or connect to a server.").toHtmlEscaped());
        return;
    }
    if (m_pipeline->isRecording()) {
        replayRecorded();
        return;
    }
    m_status->setText(
        tr("Reading pg_stat_statements on %1…").arg(target.displayUri()).toHtmlEscaped());
    m_monitor->subscribe(this, target.id, StatementsFeed, 10000);
}

void SlowQueriesPage::replayRecorded()
{
    if (!m_pipeline->isRecording() || !m_target.isValid())
        return;
    // The readings of the window, or of the hour before its end ("Last 5 minutes" and the
    // others end there too), and the one before (the first difference starts from it).
    m_history.clear();
    m_warning.clear();
    const qint64 to = m_pipeline->shownToMs();
    const qint64 from = std::min(m_pipeline->shownFromMs(), to - 3600'000);
    const QList<FeedReading> readings =
        m_pipeline->archive()->between(m_target.id, StatementsFeed, from, to);
    for (const FeedReading &r : readings) {
        const auto snapshot = r.value.value<StatementSnapshot>();
        m_warning = snapshot.warning;
        m_history.add(snapshot);
    }
    if (!m_pipeline->archive()->has(m_target.id, StatementsFeed))
        m_error =
            tr("The recording holds no pg_stat_statements readings of %1.").arg(m_target.name);
    recompute();
}

void SlowQueriesPage::refresh()
{
    if (m_target.isValid())
        m_monitor->requestFeed(m_target.id, StatementsFeed, u"refresh"_s);
}

void SlowQueriesPage::setMarker()
{
    m_marker = QDateTime::currentDateTimeUtc();
    if (m_target.isValid())
        m_monitor->requestFeed(m_target.id, StatementsFeed, u"marker"_s);
    m_window->setCurrentIndex(SinceMarker);
}

void SlowQueriesPage::setWindowSpec(const StatementWindowSpec &spec)
{
    switch (spec.kind) {
    case StatementWindowSpec::Kind::SinceMarker:
        m_marker = spec.marker;
        m_window->setCurrentIndex(SinceMarker);
        break;
    case StatementWindowSpec::Kind::SinceReset:
        m_window->setCurrentIndex(SinceReset);
        break;
    case StatementWindowSpec::Kind::Between:
        m_window->setCurrentIndex(m_pipeline->isRecording() ? Shown : Last5);
        break;
    case StatementWindowSpec::Kind::Last:
        m_window->setCurrentIndex(spec.seconds <= 300   ? Last5
                                  : spec.seconds <= 900 ? Last15
                                                        : Last60);
        break;
    }
    recompute();
}

StatementWindowSpec SlowQueriesPage::chosenSpec() const
{
    switch (m_window->currentIndex()) {
    case Last15:
        return StatementWindowSpec::last(900);
    case Last60:
        return StatementWindowSpec::last(3600);
    case SinceMarker:
        return m_marker.isValid() ? StatementWindowSpec::sinceMarker(m_marker)
                                  : StatementWindowSpec::last(300);
    case SinceReset:
        return StatementWindowSpec::sinceReset();
    case Shown:
        return StatementWindowSpec::between(
            QDateTime::fromMSecsSinceEpoch(m_pipeline->shownFromMs(), Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(m_pipeline->shownToMs(), Qt::UTC));
    default:
        return StatementWindowSpec::last(300);
    }
}

void SlowQueriesPage::onFeed(const FeedReading &reading)
{
    if (reading.feed != StatementsFeed || reading.targetId != m_target.id)
        return;
    const StatementSnapshot snapshot = reading.value.value<StatementSnapshot>();
    if (!reading.isValid()) {
        m_error = reading.error.message;
    } else {
        m_error.clear();
        m_warning = snapshot.warning;
        m_history.add(snapshot);
        recompute();
    }
    m_status->setText(statusText());
    emit sampled();
}

void SlowQueriesPage::recompute()
{
    const StatementKey selected = m_details->statement().key;
    const bool hadSelection = m_table->currentIndex().isValid();
    m_model->setWindow(StatementWindow::compute(m_history, chosenSpec(), m_threshold->value()));
    m_status->setText(statusText());
    if (hadSelection) {
        const int row = m_model->rowOf(selected);
        if (row >= 0)
            m_table->setCurrentIndex(m_filter->mapFromSource(m_model->index(row, 0)));
    }
}

QString SlowQueriesPage::statusText() const
{
    QStringList parts;
    if (!m_error.isEmpty())
        parts << u"<span style='color:#c62828'><b>"_s + m_error.toHtmlEscaped() + u"</b></span>"_s;
    const StatementWindowResult &w = m_model->window();
    if (w.to.isValid()) {
        const int slow = int(std::count_if(w.statements.cbegin(), w.statements.cend(),
                                           [](const SlowStatement &s) { return s.slow; }));
        const int nPlusOne = int(std::count_if(w.statements.cbegin(), w.statements.cend(),
                                               [](const SlowStatement &s) { return s.nPlusOne; }));
        QString line =
            tr("%1 → %2: %3 statements, %4 calls, %5 in all; %6 slow, %7 suspected N+1")
                .arg(w.from.isValid() ? w.from.toLocalTime().toString(u"HH:mm:ss"_s) : tr("reset"),
                     w.to.toLocalTime().toString(u"HH:mm:ss"_s))
                .arg(w.statements.size())
                .arg(PlanFormat::count(w.totalCalls), PlanFormat::duration(w.totalMs))
                .arg(slow)
                .arg(nPlusOne);
        parts << line.toHtmlEscaped();
        if (!w.note.isEmpty())
            parts << u"<i>"_s + w.note.toHtmlEscaped() + u"</i>"_s;
    }
    if (!m_warning.isEmpty())
        parts << u"<span style='color:#e65100'>"_s + m_warning.toHtmlEscaped() + u"</span>"_s;
    return parts.join(u"<br>"_s);
}

void SlowQueriesPage::showSelected()
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const SlowStatement &s = m_model->statementAt(current.row());
    const int parent = s.nPlusOne ? m_model->rowOf(s.nPlusOneParent) : -1;
    m_details->showStatement(s, StatementWindow::series(m_history, m_model->window(), s.key),
                             parent >= 0 ? m_model->statementAt(parent).query : QString());
}

QString SlowQueriesPage::selectedQuery() const
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    return current.isValid() ? m_model->statementAt(current.row()).query : QString();
}

bool SlowQueriesPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
    return true;
}

bool SlowQueriesPage::explainSelected()
{
    const QString sql = selectedQuery();
    if (sql.isEmpty())
        return false;
    emit explainRequested(m_picker->current().id, sql);
    return true;
}

bool SlowQueriesPage::copySelectedQuery()
{
    const QString sql = selectedQuery();
    if (sql.isEmpty())
        return false;
    QGuiApplication::clipboard()->setText(sql);
    return true;
}

bool SlowQueriesPage::refreshNow()
{
    refresh();
    return true;
}

bool SlowQueriesPage::selectStatement(const QString &textFragment)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->statementAt(row).query.contains(textFragment)) {
            m_table->setCurrentIndex(m_filter->mapFromSource(m_model->index(row, 0)));
            return true;
        }
    }
    return false;
}

} // namespace sonde
