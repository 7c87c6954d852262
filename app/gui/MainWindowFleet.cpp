// MainWindow: the Fleet page and a Prometheus' history in front of the dashboard's lines.
#include "MainWindow.h"

#include "connection/PrometheusEndpoint.h"
#include "connection/TargetList.h"
#include "dashboard/DashboardPage.h"
#include "fleet/FleetPage.h"
#include "monitoring/MonitoringPipeline.h"
#include "prometheus/PrometheusHistoryLoader.h"

#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace sonde {

void MainWindow::createFleet()
{
    m_fleet = new FleetPage(m_pipeline, m_pages);
    addView(m_fleet, tr("Fleet"));
    connect(m_fleet, &FleetPage::openInstance, this,
            [this](const QString &prometheusId, const PromInstance &instance) {
                openFleetInstance(prometheusId, instance);
                showView(m_dashboard->objectName());
            });
    auto *loader = new PrometheusHistoryLoader(m_pipeline, this);
    connect(loader, &PrometheusHistoryLoader::historyLoaded, this,
            [this](const QString &targetId, int points, const QString &prometheus) {
                const Target t = m_targets->byId(targetId);
                if (points > 0)
                    statusBar()->showMessage(
                        tr("History of %1 from %2: %n reading(s).", nullptr, points)
                            .arg(t.name, prometheus),
                        8000);
            });
}

QString MainWindow::openFleetInstance(const QString &prometheusTargetId,
                                      const PromInstance &instance)
{
    // The same server, watched directly: its line already has the history in front.
    for (const Target &t : m_targets->targets()) {
        if (t.kind == instance.kind && !instance.server.isEmpty() &&
            PrometheusHistoryLoader::serverOf(t) == instance.server)
            return t.id;
    }
    const Target prometheus = m_targets->byId(prometheusTargetId);
    if (!prometheus.isValid())
        return {};
    PromInstanceRef ref;
    ref.instance = instance.instance;
    ref.job = instance.job;
    ref.kind = instance.kind;
    Target t;
    t.id = u"prometheus:%1:%2"_s.arg(prometheus.id, instance.key());
    t.kind = TargetKind::Prometheus;
    t.name = instance.displayName();
    t.uri = ref.toUri(prometheus.uri);
    // Read through Prometheus: nothing can be written to the server from here.
    t.readOnly = true;
    if (!m_targets->byId(t.id).isValid())
        m_targets->upsert(t);
    return t.id;
}

} // namespace sonde
