#include "DashboardDetailTabs.h"

#include "ChartDataModel.h"
#include "DataTableView.h"
#include "connection/TargetList.h"
#include "models/PgBouncerPoolModel.h"
#include "models/RedisCommandModel.h"
#include "models/StatementActivityModel.h"
#include "models/TimelineEventModel.h"
#include "monitoring/MetricStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sonde {

DashboardDetailTabs::DashboardDetailTabs(TargetList *targets, MetricStore *store,
                                         TimelineEventStore *timeline, QWidget *parent)
    : QTabWidget(parent)
    , m_targets(targets)
    , m_events(new TimelineEventModel(timeline, this))
    , m_statements(new StatementActivityModel(this))
    , m_pools(new PgBouncerPoolModel(this))
    , m_commands(new RedisCommandModel(this))
    , m_pgChooser(new QComboBox(this))
    , m_poolChooser(new QComboBox(this))
    , m_redisChooser(new QComboBox(this))
{
    setObjectName(u"dashboardDetails"_s);
    addTab(tableTab(m_events, nullptr, u"events"_s,
                    tr("Threshold alerts, resets, lost connections, evictions and other events "
                       "of the time axis, newest first."),
                    &m_eventView),
           tr("Events and alerts"));
    m_eventView->sortByColumn(TimelineEventModel::Time, Qt::DescendingOrder);
    m_eventView->horizontalHeader()->setSectionResizeMode(TimelineEventModel::Description,
                                                          QHeaderView::Stretch);
    m_statementsTab = tableTab(m_statements, m_pgChooser, u"statements"_s,
                               tr("Statements that finished in the last interval "
                                  "(pg_stat_statements), busiest first; Sonde's own are left "
                                  "out."));
    addTab(m_statementsTab, tr("Statements"));
    m_poolsTab = tableTab(m_pools, m_poolChooser, u"pgbouncer-pools"_s,
                          tr("PgBouncer pools as of the last reading (SHOW POOLS)."));
    addTab(m_poolsTab, tr("PgBouncer pools"));
    m_commandsTab = tableTab(m_commands, m_redisChooser, u"redis-commands"_s,
                             tr("Redis commands run in the last interval (INFO commandstats), with "
                                "latencystats percentiles since the last statistics reset."));
    addTab(m_commandsTab, tr("Redis commands"));
    // Each table is named after its tab for screen readers.
    for (int i = 0; i < count(); ++i) {
        if (auto *view = widget(i)->findChild<DataTableView *>())
            view->setAccessibleName(tabText(i));
    }

    connect(targets, &TargetList::targetAdded, this, &DashboardDetailTabs::refreshChoosers);
    connect(targets, &TargetList::targetChanged, this, &DashboardDetailTabs::refreshChoosers);
    connect(targets, &TargetList::targetRemoved, this, &DashboardDetailTabs::refreshChoosers);
    connect(store, &MetricStore::snapshotIngested, this, &DashboardDetailTabs::onSnapshot);
    connect(this, &QTabWidget::currentChanged, this, &DashboardDetailTabs::applyPending);
    for (QComboBox *c : {m_pgChooser, m_poolChooser, m_redisChooser}) {
        connect(c, &QComboBox::currentIndexChanged, this, [store, this, c]() {
            const QString id = c->currentData().toString();
            if (c == m_pgChooser) {
                m_statements->clear();
                m_pendingStatements = Snapshot();
            } else if (c == m_poolChooser) {
                m_pools->clear();
                m_pendingPools = Snapshot();
            } else {
                m_commands->clear();
                m_pendingCommands = Snapshot();
            }
            if (store->hasTarget(id))
                onSnapshot(store->latest(id));
        });
    }
    refreshChoosers();
}

QWidget *DashboardDetailTabs::tableTab(QAbstractItemModel *model, QComboBox *chooser,
                                       const QString &exportName, const QString &help,
                                       DataTableView **viewOut)
{
    auto *page = new QWidget(this);
    auto *proxy = new QSortFilterProxyModel(page);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::UserRole);
    auto *view = new DataTableView(page);
    view->setObjectName(exportName + u"Table"_s);
    view->setAccessibleDescription(help);
    view->setExportName(exportName);
    view->setModel(proxy);
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(help, page);
    label->setWordWrap(true);
    top->addWidget(label, 1);
    if (chooser) {
        chooser->setObjectName(exportName + u"Target"_s);
        chooser->setAccessibleName(tr("Target"));
        chooser->setMinimumWidth(180);
        top->addWidget(chooser);
    }
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(view, 1);
    if (viewOut)
        *viewOut = view;
    return page;
}

void DashboardDetailTabs::addChartData(ChartDataModel *model)
{
    DataTableView *view = nullptr;
    m_chartDataTab = tableTab(model, nullptr, u"chart-data"_s,
                              tr("Every line of the charts above, second by second over the "
                                 "window shown (newest first): the exact numbers, to read, copy "
                                 "or export."),
                              &view);
    view->setAccessibleName(tr("Chart data"));
    addTab(m_chartDataTab, tr("Chart data"));
}

bool DashboardDetailTabs::isChartDataShown() const
{
    return m_chartDataTab && currentWidget() == m_chartDataTab && isVisible();
}

void DashboardDetailTabs::hideLiveTabs()
{
    for (QWidget *tab : {m_statementsTab, m_poolsTab, m_commandsTab})
        setTabVisible(indexOf(tab), false);
}

bool DashboardDetailTabs::isTabShown(const QWidget *tab) const
{
    return tab && currentWidget() == tab && isVisible();
}

void DashboardDetailTabs::showEvent(QShowEvent *event)
{
    QTabWidget::showEvent(event);
    applyPending();
}

void DashboardDetailTabs::applyPending()
{
    // Filling a table costs a model reset and a repaint: only the shown one is kept current.
    auto apply = [this](QWidget *tab, Snapshot &pending, auto *model) {
        if (pending.detail && isTabShown(tab)) {
            model->setSnapshot(pending);
            pending = Snapshot();
        }
    };
    apply(m_statementsTab, m_pendingStatements, m_statements);
    apply(m_poolsTab, m_pendingPools, m_pools);
    apply(m_commandsTab, m_pendingCommands, m_commands);
}

void DashboardDetailTabs::refreshChoosers()
{
    auto fill = [this](QComboBox *c, TargetKind kind) {
        const QString current = c->currentData().toString();
        const QSignalBlocker block(c);
        c->clear();
        for (const Target &t : m_targets->ofKind(kind))
            c->addItem(t.name, t.id);
        const int keep = c->findData(current);
        c->setCurrentIndex(keep >= 0 ? keep : 0);
        c->setEnabled(c->count() > 1);
    };
    fill(m_pgChooser, TargetKind::PostgreSQL);
    fill(m_poolChooser, TargetKind::PgBouncer);
    fill(m_redisChooser, TargetKind::Redis);
}

void DashboardDetailTabs::onSnapshot(const Snapshot &snapshot)
{
    auto offer = [this, &snapshot](QWidget *tab, Snapshot &pending, auto *model) {
        if (isTabShown(tab)) {
            model->setSnapshot(snapshot);
            pending = Snapshot();
        } else {
            pending = snapshot;
        }
    };
    if (snapshot.detailAs<PostgresActivity>() &&
        snapshot.targetId == m_pgChooser->currentData().toString() &&
        snapshot.continuity == Snapshot::Continuity::Continuous)
        offer(m_statementsTab, m_pendingStatements, m_statements);
    else if (snapshot.detailAs<PgBouncerActivity>() &&
             snapshot.targetId == m_poolChooser->currentData().toString())
        offer(m_poolsTab, m_pendingPools, m_pools);
    else if (snapshot.detailAs<RedisActivity>() &&
             snapshot.targetId == m_redisChooser->currentData().toString() &&
             snapshot.continuity == Snapshot::Continuity::Continuous)
        offer(m_commandsTab, m_pendingCommands, m_commands);
}

} // namespace sonde
