#include "MainWindow.h"

#include "ConnectionDialog.h"
#include "DashboardPage.h"
#include "AdvisorPage.h"
#include "BenchmarkPage.h"
#include "ComparisonPage.h"
#include "DemoStartPage.h"
#include "OverviewPage.h"
#include "PlanPage.h"
#include "SessionsPage.h"
#include "SlowQueriesPage.h"
#include "WelcomePage.h"
#include "connection/ProfileConnector.h"
#include "connection/ProfileStore.h"
#include "connection/SecretStore.h"
#include "metrics/TimelineEventStore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sonde {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_targets(new TargetList(this))
    , m_timeline(new TimelineEventStore(this))
    , m_connector(
          new ProfileConnector(m_targets, new ProfileStore(this), new SecretStore(this), this))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(m_pages))
    , m_demoStart(new DemoStartPage(m_pages))
    , m_nav(new QListWidget(this))
    , m_targetView(new QListWidget(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Sonde"));
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
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    createPages();
    createMenus();
    statusBar()->showMessage(tr("Not connected"));

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

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    m_dashboard = new DashboardPage(m_targets, m_timeline, m_pages);
    addView(m_dashboard, tr("Dashboard"));
    m_overview = new OverviewPage(m_pages);
    m_overview->setObjectName(u"overviewPage"_s);
    addView(m_overview, tr("Overview"));

    // Slow queries (with the Redis slow log), sessions and plans (issue 4).
    auto *slow = new SlowQueriesPage(m_targets, m_pages);
    slow->setObjectName(u"slowQueriesPage"_s);
    addView(slow, tr("Slow queries"));
    auto *sessions = new SessionsPage(m_targets, m_pages);
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
    auto *advisor = new AdvisorPage(m_targets, m_pages);
    advisor->setObjectName(u"advisorPage"_s);
    addView(advisor, tr("Index advice"));
    auto *benchmark = new BenchmarkPage(m_targets, m_pages);
    auto *comparison = new ComparisonPage(m_pages);
    addView(benchmark, tr("Benchmark"));
    addView(comparison, tr("Compare runs"));
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
    if (n <= 9) {
        auto *action = new QAction(title, this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)));
        connect(action, &QAction::triggered, this, [this, n]() { m_nav->setCurrentRow(n - 1); });
        addAction(action);
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

QWidget *MainWindow::currentView() const
{
    return m_pages->currentWidget();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectAction = file->addAction(tr("&Connect to a server…"));
    connectAction->setShortcut(QKeySequence::Open);
    connect(connectAction, &QAction::triggered, this, &MainWindow::openConnectionDialog);
    QAction *demo = file->addAction(tr("Start the &demo"));
    connect(demo, &QAction::triggered, this, [this]() { startDemo(m_demoOptions); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Sonde"));
    connect(about, &QAction::triggered, this, [this]() {
        QMessageBox::about(this, tr("About Sonde"),
                           tr("<b>Sonde %1</b><p>A database performance console for PostgreSQL, "
                              "PgBouncer and Redis.</p>")
                               .arg(QStringLiteral(SONDE_VERSION)));
    });
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

void MainWindow::startDemo(const DemoOptions &options)
{
    if (m_demo && (m_demo->isBusy() || m_demo->isReady()))
        return;
    m_demoOptions = options;
    delete m_demo;
    m_demo = new DemoController(options, this);
    m_demoStopped = false;
    m_demoStart->reset();
    m_pages->setCurrentWidget(m_demoStart);
    statusBar()->showMessage(tr("Starting the demo sandbox…"));
    connect(m_demo, &DemoController::progress, m_demoStart, &DemoStartPage::setProgress);
    connect(m_demo, &DemoController::failed, this, [this](const QString &message) {
        m_demoStart->setFailed(message);
        statusBar()->showMessage(tr("The demo could not start"));
    });
    connect(m_demo, &DemoController::ready, this, &MainWindow::onDemoReady);
    m_demo->start();
}

void MainWindow::onDemoReady(const SandboxEndpoints &endpoints)
{
    Target pg;
    pg.id = u"demo-postgres"_s;
    pg.kind = TargetKind::PostgreSQL;
    pg.name = tr("Demo PostgreSQL");
    pg.uri = endpoints.postgres;
    Target bouncer;
    bouncer.id = u"demo-pgbouncer"_s;
    bouncer.kind = TargetKind::PgBouncer;
    bouncer.name = tr("Demo PgBouncer");
    bouncer.uri = endpoints.pgbouncerAdmin;
    bouncer.pooledUri = endpoints.pgbouncer;
    Target redis;
    redis.id = u"demo-redis"_s;
    redis.kind = TargetKind::Redis;
    redis.name = tr("Demo Redis");
    redis.uri = endpoints.redis;
    m_targets->upsert(pg);
    m_targets->upsert(bouncer);
    m_targets->upsert(redis);

    m_overview->showDemo(endpoints, &m_demo->environment()->workload());
    m_dashboard->setDemoWorkload(&m_demo->environment()->workload(), endpoints.redis,
                                 m_demoOptions.workload.requestsPerSecond);
    m_nav->setCurrentRow(0);
    m_pages->setCurrentWidget(m_views.value(0));
    statusBar()->showMessage(tr("Demo sandbox running in %1").arg(endpoints.directory));
}

void MainWindow::openConnectionDialog()
{
    ConnectionDialog dialog(m_connector, this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Stop the demo servers off the GUI thread, then close for real.
    if (m_demo && !m_demoStopped && (m_demo->isBusy() || m_demo->isReady())) {
        event->ignore();
        setEnabled(false);
        statusBar()->showMessage(tr("Stopping the demo servers…"));
        m_overview->clear();
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

} // namespace sonde
