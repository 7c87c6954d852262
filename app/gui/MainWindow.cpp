#include "MainWindow.h"
#include "RecordingWindow.h"

#include "Appearance.h"
#include "WindowState.h"
#include "advisor/AdvisorPage.h"
#include "bench/BenchmarkPage.h"
#include "bench/ComparisonPage.h"
#include "connection/ConnectionDialog.h"
#include "connection/ProfileConnector.h"
#include "connection/ProfileStore.h"
#include "connection/SecretStore.h"
#include "dashboard/DashboardPage.h"
#include "demo/DemoStartPage.h"
#include "health/HealthPage.h"
#include "health/HealthWatch.h"
#include "monitoring/MetricStore.h"
#include "monitoring/MonitoringPipeline.h"
#include "monitoring/TargetMonitor.h"
#include "monitoring/TimelineEventStore.h"
#include "overview/OverviewPage.h"
#include "overview/WelcomePage.h"
#include "plan/PlanPage.h"
#include "redis/RedisSlowLogModel.h"
#include "sessions/SessionsPage.h"
#include "statements/RedisSlowLogPane.h"
#include "statements/SlowQueriesPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sonde {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_targets(new TargetList(this))
    , m_pipeline(new MonitoringPipeline(m_targets, this))
    , m_connector(
          new ProfileConnector(m_targets, new ProfileStore(this), new SecretStore(this), this))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(m_pages))
    , m_demoStart(new DemoStartPage(m_pages))
    , m_nav(new QListWidget(this))
    , m_targetView(new QListWidget(this))
    , m_appearance(new Appearance(this))
{
    m_launchClock.start();
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Sonde"));
    setAcceptDrops(true);
    resize(1440, 900);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_demoStart);
    setCentralWidget(m_pages);

    m_nav->setObjectName(u"viewNavigation"_s);
    m_nav->setAccessibleName(tr("Views"));
    m_targetView->setObjectName(u"targetList"_s);
    m_targetView->setAccessibleName(tr("Targets"));
    auto *side = new QSplitter(Qt::Vertical, this);
    side->addWidget(m_nav);
    side->addWidget(m_targetView);
    side->setStretchFactor(0, 2);
    side->setStretchFactor(1, 1);
    auto *dock = new QDockWidget(tr("Navigation"), this);
    dock->setObjectName(u"navigationDock"_s);
    dock->setFeatures(QDockWidget::DockWidgetMovable);
    dock->setWidget(side);
    // Wide enough for the longest view name and "PostgreSQL — <target>" in either language.
    side->setMinimumWidth(fontMetrics().horizontalAdvance(u"PostgreSQL — Demo PostgreSQL__"_s));
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    createPages();
    createMenus();
    statusBar()->showMessage(tr("Not connected"));
    m_seedStatus = new QLabel(this);
    m_seedStatus->setObjectName(u"demoSeedStatus"_s);
    m_seedStatus->hide();
    statusBar()->addPermanentWidget(m_seedStatus);
    connect(m_pipeline->store(), &MetricStore::snapshotIngested, this,
            [this](const Snapshot &snapshot) { onFirstSnapshot(snapshot.targetId); });

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_views.size())
            m_pages->setCurrentWidget(m_views.at(row));
    });
    connect(m_targets, &TargetList::targetAdded, this, &MainWindow::refreshTargetList);
    connect(m_targets, &TargetList::targetChanged, this, &MainWindow::refreshTargetList);
    connect(m_targets, &TargetList::targetRemoved, this, &MainWindow::refreshTargetList);
    connect(m_welcome, &WelcomePage::startDemoRequested, this,
            [this]() { startDemo(m_demoOptions); });
    connect(m_welcome, &WelcomePage::connectRequested, this, &MainWindow::openConnectionDialog);
    connect(m_connector, &ProfileConnector::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_connector, &ProfileConnector::connected, this, [this](const Target &t) {
        showView(m_dashboard->objectName());
        statusBar()->showMessage(tr("Connected to %1").arg(t.name), 5000);
    });
    connect(m_demoStart, &DemoStartPage::cancelRequested, this, [this]() {
        if (m_demo)
            m_demo->cancel();
    });
    connect(m_demoStart, &DemoStartPage::retryRequested, this,
            [this]() { startDemo(m_demoOptions); });
}

MainWindow::~MainWindow()
{
    // The pages go before the pipeline they read from.
    delete m_pages;
    m_pages = nullptr;
}

TimelineEventStore *MainWindow::timeline() const
{
    return m_pipeline->timeline();
}

void MainWindow::createPages()
{
    m_dashboard = new DashboardPage(m_pipeline, m_pages);
    addView(m_dashboard, tr("Dashboard"));
    m_overview = new OverviewPage(m_pipeline, m_pages);
    m_overview->setObjectName(u"overviewPage"_s);
    addView(m_overview, tr("Overview"));

    // Slow queries (with the Redis slow log), sessions and plans.
    auto *slow = new SlowQueriesPage(m_pipeline, m_pages);
    slow->setObjectName(u"slowQueriesPage"_s);
    addView(slow, tr("Slow queries"));
    auto *sessions = new SessionsPage(m_pipeline, m_pages);
    sessions->setObjectName(u"sessionsPage"_s);
    addView(sessions, tr("Sessions"));
    auto *plans = new PlanPage(m_targets, m_pages);
    plans->setObjectName(u"planPage"_s);
    addView(plans, tr("Plan"));
    connect(slow, &SlowQueriesPage::explainRequested, this,
            [this, plans](const QString &targetId, const QString &sql) {
                showView(u"planPage"_s);
                plans->explain(targetId, sql);
            });
    connect(sessions, &SessionsPage::explainRequested, this,
            [this, plans](const QString &targetId, const QString &sql) {
                showView(u"planPage"_s);
                plans->explain(targetId, sql);
            });
    // Every new Redis slow-log entry becomes a marker on the dashboard's time axis.
    RedisSlowLogPane *slowLog = slow->redisSlowLog();
    connect(slowLog->model(), &RedisSlowLogModel::entriesAdded, this,
            [this, slowLog](const QList<RedisSlowLogEntry> &entries) {
                const Target target = slowLog->currentTarget();
                for (const RedisSlowLogEntry &e : entries) {
                    TimelineEvent event;
                    event.at = e.at;
                    event.kind = TimelineEvent::Kind::SlowLogEntry;
                    event.severity = TimelineEvent::Severity::Info;
                    event.targetId = target.id;
                    event.targetName = target.name;
                    event.text = tr("Redis slow log: %1").arg(e.summary());
                    event.detail = e.commandText(200);
                    timeline()->add(event);
                }
            });
    m_slow = slow;
    m_sessions = sessions;
    m_plans = plans;
    // The plans looked at go down the pipeline as readings: a recording keeps them.
    connect(plans, &PlanPage::planShown, this, [this](const QString &id, const ShownPlan &plan) {
        m_pipeline->monitor()->publish({id, PlansFeed, u"shown"_s, QVariant::fromValue(plan), {}});
    });
    auto *advisor = new AdvisorPage(m_targets, m_pages);
    advisor->setObjectName(u"advisorPage"_s);
    addView(advisor, tr("Index advice"));
    // The watch runs the checks (critical findings go to the timeline); the page shows them.
    addView(new HealthPage(m_targets, new HealthWatch(m_pipeline, this), m_pages), tr("Health"));
    auto *benchmark = new BenchmarkPage(m_targets, m_pages);
    auto *comparison = new ComparisonPage(m_pages);
    addView(benchmark, tr("Benchmark"));
    addView(comparison, tr("Compare runs"));
    // Last: Ctrl+1 … Ctrl+9 keep the views they had (the command palette finds it).
    createFleet();
    connect(benchmark, &BenchmarkPage::compareRequested, this,
            [this, comparison](qint64 a, qint64 b) {
                comparison->compare(a, b);
                showView(comparison->objectName());
            });
    connect(benchmark, &BenchmarkPage::runFinished, comparison, &ComparisonPage::refreshRuns);
}

void MainWindow::addView(QWidget *page, const QString &title, const QIcon &icon)
{
    m_pages->addWidget(page);
    m_views << page;
    auto *item = new QListWidgetItem(icon, title, m_nav);
    const int n = int(m_views.size());
    auto *action = new QAction(title, this);
    action->setObjectName(u"actionView%1"_s.arg(n));
    connect(action, &QAction::triggered, this, [this, n]() { m_nav->setCurrentRow(n - 1); });
    addAction(action);
    m_viewActions << action;
    if (n <= 9) {
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)));
        item->setToolTip(
            tr("%1 (%2)").arg(title, action->shortcut().toString(QKeySequence::NativeText)));
    }
}

bool MainWindow::showView(const QString &objectName)
{
    for (int i = 0; i < m_views.size(); ++i) {
        if (m_views.at(i)->objectName() == objectName) {
            m_nav->setCurrentRow(i);
            m_pages->setCurrentWidget(m_views.at(i));
            return true;
        }
    }
    return false;
}

bool MainWindow::showViewNamed(const QString &name)
{
    if (m_demo && m_demo->isBusy() && !m_demo->serversAreUp()) {
        m_startView = name; // shown once the demo's servers are up
        return true;
    }
    if (showView(name))
        return true;
    for (int i = 0; i < m_views.size(); ++i) {
        if (m_nav->item(i)->text().compare(name, Qt::CaseInsensitive) == 0)
            return showView(m_views.at(i)->objectName());
    }
    return false;
}

QWidget *MainWindow::currentView() const
{
    return m_pages->currentWidget();
}

void MainWindow::saveSession() const
{
    QSettings settings;
    WindowState::save(this, settings);
    const QWidget *view = currentView();
    settings.setValue(u"session/view"_s, m_views.contains(const_cast<QWidget *>(view))
                                             ? view->objectName()
                                             : QString());
    QStringList open;
    for (const Target &t : m_targets->targets()) {
        if (!m_connector->profiles()->byId(t.id).id.isEmpty())
            open << t.id;
    }
    settings.setValue(u"session/openProfiles"_s, open);
}

void MainWindow::restoreSession(bool reconnectProfiles)
{
    QSettings settings;
    WindowState::restore(this, settings);
    // Reconnect the profiles that were open (passwords come from the keychain, off-thread).
    const QStringList open = reconnectProfiles
                                 ? settings.value(u"session/openProfiles"_s).toStringList()
                                 : QStringList();
    for (const QString &id : open) {
        const ConnectionProfile p = m_connector->profiles()->byId(id);
        if (!p.id.isEmpty())
            m_connector->connectProfile(p);
    }
    const QString view = settings.value(u"session/view"_s).toString();
    if (!open.isEmpty() && !view.isEmpty())
        showView(view);
}

void MainWindow::refreshTargetList()
{
    m_targetView->clear();
    for (const Target &t : m_targets->targets()) {
        auto *item =
            new QListWidgetItem(tr("%1 — %2").arg(targetKindName(t.kind), t.name), m_targetView);
        item->setToolTip(t.displayUri());
        item->setData(Qt::UserRole, t.id);
    }
}

void MainWindow::openConnectionDialog()
{
    ConnectionDialog dialog(m_connector, this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    stopRecording(); // the file is finished before its targets go

    if (!m_demoStopped)
        saveSession(); // once, before the demo's targets go
    // Stop the demo servers off the GUI thread, then close for real.
    if (m_demo && !m_demoStopped && (m_demo->isBusy() || m_demo->isReady())) {
        event->ignore();
        setEnabled(false);
        statusBar()->showMessage(tr("Stopping the demo servers…"));
        m_overview->clear();
        m_seedStatus->hide();
        m_dashboard->setDemoWorkload(nullptr);
        m_targets->clear();
        connect(m_demo, &DemoController::stopped, this, [this]() {
            m_demoStopped = true;
            close();
        });
        m_demo->stopAsync();
        return;
    }
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    RecordingWindow::acceptDrag(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    RecordingWindow::openDropped(event, this);
}

} // namespace sonde
