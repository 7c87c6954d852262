#pragma once

#include "overview/ServerOverview.h"
#include "sandbox/SandboxTypes.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace sonde {

class DemoWorkload;
class JobTracker;
class MonitoringPipeline;

// The page a DBA opens first on a server: for each target its overview (version, uptime,
// sizes, largest tables, the settings that matter, replication, extensions; PgBouncer's
// pools; Redis's memory, keys and hit rate), read by OverviewService as a job off the GUI
// thread when a target is added, on Refresh and every minute while the page is shown; the
// pipeline's current alerts; and the demo application's own counters while the demo runs.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(MonitoringPipeline *pipeline, QWidget *parent = nullptr);

    void showDemo(const SandboxEndpoints &endpoints, DemoWorkload *workload);
    void clear();
    // Reads every target's overview again.
    void refresh();
    // Shows an overview read elsewhere (also what a finished job calls).
    void setOverview(const ServerOverview &overview);
    // The page as plain text (tests, copy).
    QString plainText() const;

    static constexpr int RefreshIntervalMs = 60 * 1000;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void refreshTarget(const QString &targetId);
    void render();
    QString alertsHtml() const;
    QString overviewHtml(const ServerOverview &o) const;
    QString workloadHtml() const;

    MonitoringPipeline *m_pipeline;
    JobTracker *m_jobs;
    QPushButton *m_refresh = nullptr;
    QLabel *m_status = nullptr;
    QTextBrowser *m_view = nullptr;
    QLabel *m_workload = nullptr;
    QTimer *m_timer = nullptr;
    QTimer *m_workloadTimer = nullptr;
    DemoWorkload *m_demo = nullptr;
    QHash<QString, ServerOverview> m_overviews;
    QHash<QString, bool> m_reading;
};

// A URI with its password removed, for display (no "@" when no user is left).
QString withoutPassword(const QString &uri);

} // namespace sonde
