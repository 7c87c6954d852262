#include "MainWindow.h"

#include "Appearance.h"
#include "CommandPalette.h"
#include "WindowState.h"
#include "advisor/AdvisorPage.h"
#include "bench/BenchmarkPage.h"
#include "bench/ComparisonPage.h"
#include "common/DisplayFormat.h"
#include "common/Translations.h"
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
#include "monitoring/TimelineEventStore.h"
#include "overview/OverviewPage.h"
#include "overview/WelcomePage.h"
#include "plan/PlanPage.h"
#include "redis/RedisSlowLogModel.h"
#include "sessions/SessionsPage.h"
#include "statements/RedisSlowLogPane.h"
#include "statements/SlowQueriesPage.h"
#include "statements/SlowQueryModel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {
Q_LOGGING_CATEGORY(lcLaunch, "sonde.gui.launch")
} // namespace

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
    auto *advisor = new AdvisorPage(m_targets, m_pages);
    advisor->setObjectName(u"advisorPage"_s);
    addView(advisor, tr("Index advice"));
    // The watch runs the checks (critical findings go to the timeline); the page shows them.
    addView(new HealthPage(m_targets, new HealthWatch(m_pipeline, this), m_pages), tr("Health"));
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

QAction *MainWindow::addShortcut(QMenu *menu, const QString &name, const QString &text,
                                 const QList<QKeySequence> &keys)
{
    auto *a = menu->addAction(text);
    a->setObjectName(name);
    a->setShortcuts(keys);
    // Shortcuts work wherever the focus is in the window, menus open or not.
    a->setShortcutContext(Qt::WindowShortcut);
    addAction(a);
    return a;
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::onPage(bool (PageActions::*run)(), const QString &whenNot)
{
    auto *page = dynamic_cast<PageActions *>(currentView());
    if (page && (page->*run)())
        return;
    statusBar()->showMessage(whenNot, 6000);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectAction =
        addShortcut(file, u"actionConnect"_s, tr("&Connect to a server…"), {QKeySequence::Open});
    connect(connectAction, &QAction::triggered, this, &MainWindow::openConnectionDialog);
    QAction *demo = file->addAction(tr("Start the &demo"));
    demo->setObjectName(u"actionStartDemo"_s);
    connect(demo, &QAction::triggered, this, [this]() { startDemo(m_demoOptions); });
    file->addSeparator();
    QAction *quit = addShortcut(file, u"actionQuit"_s, tr("&Quit"), {QKeySequence::Quit});
    connect(quit, &QAction::triggered, this, &QWidget::close);

    createViewMenu(menuBar()->addMenu(tr("&View")));

    QMenu *query = menuBar()->addMenu(tr("&Query"));
    connect(addShortcut(query, u"actionFind"_s, tr("&Find…"), {QKeySequence::Find}),
            &QAction::triggered, this, [this]() {
                onPage(&PageActions::focusSearch, tr("This view has nothing to search."));
            });
    connect(addShortcut(query, u"actionExplain"_s, tr("&Explain the selected statement"),
                        {QKeySequence(Qt::CTRL | Qt::Key_E)}),
            &QAction::triggered, this, [this]() {
                onPage(&PageActions::explainSelected,
                       tr("Select a statement first (in Slow queries or Sessions), or type one "
                          "in Plan."));
            });
    connect(addShortcut(query, u"actionCopyQuery"_s, tr("&Copy the statement's text"),
                        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}),
            &QAction::triggered, this, [this]() {
                auto *page = dynamic_cast<PageActions *>(currentView());
                if (page && page->copySelectedQuery())
                    statusBar()->showMessage(tr("Statement copied to the clipboard."), 4000);
                else
                    statusBar()->showMessage(tr("Select a statement first."), 6000);
            });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"));
    keys->setObjectName(u"actionShortcuts"_s);
    connect(keys, &QAction::triggered, this, [this]() {
        QStringList rows;
        const QList<QAction *> all = actions();
        for (const QAction *a : all) {
            if (a->shortcut().isEmpty())
                continue;
            rows << u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(
                a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
                a->text().remove(u'&').toHtmlEscaped());
        }
        QMessageBox::information(this, tr("Keyboard shortcuts"),
                                 u"<table cellspacing=6>"_s + rows.join(QString()) + u"</table>"_s);
    });
    QAction *about = help->addAction(tr("&About Sonde"));
    connect(about, &QAction::triggered, this, [this]() {
        QMessageBox::about(this, tr("About Sonde"),
                           tr("<b>Sonde %1</b><p>A database performance console for PostgreSQL, "
                              "PgBouncer and Redis.</p>")
                               .arg(QStringLiteral(SONDE_VERSION)));
    });
}

void MainWindow::createViewMenu(QMenu *view)
{
    for (QAction *a : std::as_const(m_viewActions))
        view->addAction(a);
    view->addSeparator();
    connect(addShortcut(view, u"actionCommandPalette"_s, tr("&Go to…"),
                        {QKeySequence(Qt::CTRL | Qt::Key_K),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)}),
            &QAction::triggered, this, &MainWindow::openCommandPalette);
    connect(addShortcut(view, u"actionPauseCharts"_s, tr("&Pause or resume the charts"),
                        {QKeySequence(Qt::CTRL | Qt::Key_P), QKeySequence(Qt::Key_Pause)}),
            &QAction::triggered, this, [this]() {
                m_dashboard->togglePause();
                statusBar()->showMessage(m_dashboard->isChartsLive()
                                             ? tr("Charts live again.")
                                             : tr("Charts paused (sampling goes on)."),
                                         4000);
            });
    connect(addShortcut(view, u"actionRefresh"_s, tr("&Refresh now"), {QKeySequence::Refresh}),
            &QAction::triggered, this,
            [this]() { onPage(&PageActions::refreshNow, tr("This view refreshes by itself.")); });
    QAction *full =
        addShortcut(view, u"actionFullScreen"_s, tr("&Full screen"), {QKeySequence::FullScreen});
    full->setCheckable(true);
    connect(full, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });
    view->addSeparator();

    QMenu *theme = view->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(this);
    const QList<QPair<Appearance::Theme, QString>> choices = {
        {Appearance::Theme::System, tr("Follow the &system")},
        {Appearance::Theme::Light, tr("&Light")},
        {Appearance::Theme::Dark, tr("&Dark")}};
    for (const auto &[value, text] : choices) {
        QAction *a = theme->addAction(text);
        a->setObjectName(u"actionTheme-"_s + Appearance::themeName(value));
        a->setCheckable(true);
        a->setChecked(value == m_appearance->theme());
        themes->addAction(a);
        connect(a, &QAction::triggered, this, [this, value]() { m_appearance->setTheme(value); });
    }
    connect(m_appearance, &Appearance::themeChanged, this, [this](Appearance::Theme t) {
        if (QAction *a = action(u"actionTheme-"_s + Appearance::themeName(t)))
            a->setChecked(true);
    });

    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString saved = QSettings().value(QLatin1String(LanguageSettingsKey)).toString();
    QList<QPair<QString, QString>> langs = {{QString(), tr("Follow the &system")}};
    for (const QString &code : availableLanguages()) {
        QString name = QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        langs.append({code, name});
    }
    for (const auto &[code, text] : langs) {
        QAction *a = language->addAction(text);
        a->setObjectName(u"actionLanguage-"_s + (code.isEmpty() ? u"system"_s : code));
        a->setCheckable(true);
        a->setChecked(code == saved);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code]() {
            QSettings().setValue(QLatin1String(LanguageSettingsKey), code);
            QMessageBox::information(this, tr("Language"),
                                     tr("The new language applies the next time Sonde starts."));
        });
    }
}

void MainWindow::openCommandPalette()
{
    if (!m_palette)
        m_palette = new CommandPalette(this);
    QList<CommandPalette::Entry> entries;
    const QString viewKind = tr("View");
    for (int i = 0; i < m_views.size(); ++i) {
        QWidget *page = m_views.at(i);
        const QAction *a = m_viewActions.value(i);
        entries.append({viewKind, m_nav->item(i)->text(),
                        a ? a->shortcut().toString(QKeySequence::NativeText) : QString(),
                        [this, page]() {
                            showView(page->objectName());
                        }});
    }
    for (const Target &t : m_targets->targets()) {
        const QString id = t.id;
        entries.append({tr("Target"), tr("%1 — %2").arg(targetKindName(t.kind), t.name),
                        t.displayUri(), [this, id, kind = t.kind]() {
                            // A PostgreSQL target opens its sessions; the others the dashboard.
                            if (kind == TargetKind::PostgreSQL && showView(u"sessionsPage"_s)) {
                                m_sessions->selectTarget(id);
                                return;
                            }
                            showView(m_dashboard->objectName());
                        }});
    }
    const SlowQueryModel *statements = m_slow->model();
    for (int row = 0; row < statements->rowCount(); ++row) {
        const SlowStatement &s = statements->statementAt(row);
        const QString query = s.query;
        entries.append(
            {tr("Statement"), query.simplified().left(160),
             tr("%1 calls, mean %2")
                 .arg(DisplayFormat::count(qint64(s.calls)), DisplayFormat::duration(s.meanMs)),
             [this, query]() {
                 showView(u"slowQueriesPage"_s);
                 m_slow->selectStatement(query);
             }});
    }
    const QList<QAction *> all = actions();
    for (QAction *a : all) {
        if (a->text().isEmpty() || a->objectName() == u"actionCommandPalette"_s ||
            a->objectName().startsWith(u"actionView"_s) || !a->isEnabled())
            continue;
        entries.append({tr("Command"), a->text().remove(u'&').remove(u'…'),
                        a->shortcut().toString(QKeySequence::NativeText), [a]() {
                            a->trigger();
                        }});
    }
    m_palette->setEntries(entries);
    m_palette->setFilterText(QString());
    m_palette->open();
    m_palette->raise();
    m_palette->activateWindow();
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
        if (m_demo->serversAreUp()) {
            // Seeding failed after the dashboard opened: the servers are gone.
            m_seedStatus->hide();
            m_overview->clear();
            m_targets->clear();
        }
        m_pages->setCurrentWidget(m_demoStart);
        m_demoStart->setFailed(message);
        statusBar()->showMessage(tr("The demo could not start"));
    });
    connect(m_demo, &DemoController::serversUp, this, &MainWindow::onDemoServersUp);
    connect(m_demo, &DemoController::seeding, this, [this](const QString &step, int percent) {
        m_seedStatus->setText(tr("Seeding demo data… %1 %").arg(percent));
        m_seedStatus->setToolTip(step);
        m_seedStatus->show();
    });
    connect(m_demo, &DemoController::ready, this, &MainWindow::onDemoReady);
    m_demo->start();
}

void MainWindow::onDemoServersUp(const SandboxEndpoints &endpoints)
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

    const QString start = std::exchange(m_startView, QString());
    if (start.isEmpty() || !showViewNamed(start)) {
        m_nav->setCurrentRow(0);
        m_pages->setCurrentWidget(m_views.value(0));
    }
    m_seedStatus->setText(tr("Seeding demo data… %1 %").arg(0));
    m_seedStatus->show();
    statusBar()->showMessage(tr("Demo servers running in %1").arg(endpoints.directory));
}

void MainWindow::onDemoReady(const SandboxEndpoints &endpoints)
{
    m_seedStatus->hide();
    // --demo-no-workload: the servers only, no demo application to show or steer.
    DemoWorkload *workload =
        m_demoOptions.runWorkload ? &m_demo->environment()->workload() : nullptr;
    m_overview->showDemo(endpoints, workload);
    m_dashboard->setDemoWorkload(workload, endpoints.redis,
                                 m_demoOptions.workload.requestsPerSecond);
    statusBar()->showMessage(tr("Demo sandbox running in %1").arg(endpoints.directory));
    qCInfo(lcLaunch).noquote() << "demo seeded and workload started after"
                               << m_launchClock.elapsed() << "ms";
}

void MainWindow::onFirstSnapshot(const QString &targetId)
{
    if (m_sampledTargets.contains(targetId))
        return;
    m_sampledTargets.insert(targetId);
    qCInfo(lcLaunch).noquote() << "first snapshot of" << targetId << "in the store after"
                               << m_launchClock.elapsed() << "ms";
}

void MainWindow::openConnectionDialog()
{
    ConnectionDialog dialog(m_connector, this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
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

} // namespace sonde
