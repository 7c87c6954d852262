// The demo sandbox in the main window: starting it (the start page with its progress), its
// targets once the servers answer, the demo application once the data is seeded, and the
// launch timings (category sonde.gui.launch). Stopping it is closeEvent's (MainWindow.cpp).
#include "MainWindow.h"

#include "prometheus/PrometheusRules.h"

#include <QSettings>

#include "dashboard/DashboardPage.h"
#include "demo/DemoStartPage.h"
#include "overview/OverviewPage.h"

#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QStackedWidget>
#include <QStatusBar>

#include <utility>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {
Q_LOGGING_CATEGORY(lcLaunch, "sonde.gui.launch")
} // namespace

void MainWindow::startDemo(const DemoOptions &options)
{
    if (m_demo && (m_demo->isBusy() || m_demo->isReady()))
        return;
    m_demoOptions = options;
    if (m_demoOptions.sandbox.withPrometheus && m_demoOptions.sandbox.prometheusRules.isEmpty()) {
        // The demo's Prometheus alerts on the dashboard's thresholds.
        QSettings settings;
        m_demoOptions.sandbox.prometheusRules = PrometheusRules::rulesFile(
            ThresholdSet::load(settings), 30, m_demoOptions.sandbox.prometheusScrapeSeconds);
    }
    delete m_demo;
    m_demo = new DemoController(m_demoOptions, this);
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
    const auto add = [this](const QString &id, TargetKind kind, const QString &name,
                            const QString &uri, const QString &pooledUri = QString()) {
        Target t;
        t.id = id;
        t.kind = kind;
        t.name = name;
        t.uri = uri;
        t.pooledUri = pooledUri;
        m_targets->upsert(t);
    };
    add(u"demo-postgres"_s, TargetKind::PostgreSQL, tr("Demo PostgreSQL"), endpoints.postgres);
    add(u"demo-pgbouncer"_s, TargetKind::PgBouncer, tr("Demo PgBouncer"), endpoints.pgbouncerAdmin,
        endpoints.pgbouncer);
    add(u"demo-redis"_s, TargetKind::Redis, tr("Demo Redis"), endpoints.redis);
    // The sandbox's Prometheus: the Fleet page, and the servers' history from its scrapes.
    if (!endpoints.prometheus.isEmpty())
        add(u"demo-prometheus"_s, TargetKind::Prometheus, tr("Demo Prometheus"),
            endpoints.prometheus);

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

} // namespace sonde
