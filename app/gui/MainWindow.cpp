#include "MainWindow.h"

#include "DemoStartPage.h"
#include "OverviewPage.h"
#include "WelcomePage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace sonde {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(m_pages))
    , m_demoStart(new DemoStartPage(m_pages))
    , m_overview(new OverviewPage(m_pages))
    , m_targets(new QListWidget(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Sonde"));
    resize(1280, 800);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_demoStart);
    m_pages->addWidget(m_overview);
    setCentralWidget(m_pages);

    auto *dock = new QDockWidget(tr("Targets"), this);
    dock->setObjectName(u"targetsDock"_s);
    m_targets->setAccessibleName(tr("Targets"));
    dock->setWidget(m_targets);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    createMenus();
    statusBar()->showMessage(tr("Not connected"));

    connect(m_welcome, &WelcomePage::startDemoRequested, this,
            [this]() { startDemo(m_demoOptions); });
    connect(m_welcome, &WelcomePage::connectRequested, this, [this]() {
        QMessageBox::information(this, tr("Connect to a server"),
                                 tr("Connection profiles arrive with live monitoring."));
    });
    connect(m_demoStart, &DemoStartPage::cancelRequested, this, [this]() {
        if (m_demo)
            m_demo->cancel();
    });
    connect(m_demoStart, &DemoStartPage::retryRequested, this,
            [this]() { startDemo(m_demoOptions); });
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
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
    m_targets->clear();
    m_targets->addItem(tr("PostgreSQL — %1").arg(withoutPassword(endpoints.postgres)));
    m_targets->addItem(tr("PgBouncer — %1").arg(withoutPassword(endpoints.pgbouncerAdmin)));
    m_targets->addItem(tr("Redis — %1").arg(withoutPassword(endpoints.redis)));
    m_overview->showDemo(endpoints, &m_demo->environment()->workload());
    m_pages->setCurrentWidget(m_overview);
    statusBar()->showMessage(tr("Demo sandbox running in %1").arg(endpoints.directory));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Stop the demo servers off the GUI thread, then close for real.
    if (m_demo && !m_demoStopped && (m_demo->isBusy() || m_demo->isReady())) {
        event->ignore();
        setEnabled(false);
        statusBar()->showMessage(tr("Stopping the demo servers…"));
        m_overview->clear();
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
