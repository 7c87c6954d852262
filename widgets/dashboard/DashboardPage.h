#pragma once

#include "PageActions.h"

#include "monitoring/TimelineEvent.h"

#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTimer;

namespace sonde {

class AlertMonitor;
class AlertNotifier;
class ChartDataModel;
class DashboardDetailTabs;
class DemoControlPanel;
class DemoWorkload;
class MetricStore;
class MonitoringPipeline;
class TargetList;
class TargetMonitor;
class TargetStatusStrip;
class TimelineEventStore;
class TimeSeriesChart;
class TimeWindowBar;
struct Target;

// The first view: every target's live numbers on one shared time axis. Four charts
// (latency, throughput, hit rates, pool and connection use) move together through the
// window (1 min … 1 h), pause and scrub; hovering any chart shows every chart's values at
// that instant; thresholds are drawn and editable; alerts and other events become markers
// on the time axis, rows in "Events and alerts" and desktop notifications. Above the
// charts each target says what its sampler is doing; in the demo, a small panel changes
// the application's cache behaviour and load. A view over the application's monitoring
// pipeline: it sets the pipeline's interval and pauses it while hidden (when asked to).
class DashboardPage : public QWidget, public PageActions
{
    Q_OBJECT
public:
    explicit DashboardPage(MonitoringPipeline *pipeline, QWidget *parent = nullptr);
    ~DashboardPage() override;

    void setDemoWorkload(DemoWorkload *workload, const QString &redisUri = {}, double rate = 40);

    MonitoringPipeline *pipeline() const { return m_pipeline; }
    MetricStore *store() const;
    TargetMonitor *monitor() const;
    AlertMonitor *alerts() const;
    AlertNotifier *notifier() const { return m_notifier; }
    TimeWindowBar *windowBar() const { return m_window; }
    TargetStatusStrip *statusStrip() const { return m_status; }
    DashboardDetailTabs *details() const { return m_details; }
    DemoControlPanel *demoControls() const { return m_demo; }
    QList<TimeSeriesChart *> charts() const { return m_charts; }
    QString alertBannerText() const;

    // The time range every chart shows now.
    qint64 rangeFromMs() const { return m_fromMs; }
    qint64 rangeToMs() const { return m_toMs; }

public slots:
    void editThresholds();
    // Redraws now.
    void refreshCharts();
    // What the refresh timer does once a second: the status strip takes the snapshots that
    // arrived since the last tick (one update for every target), the headers their latest
    // values, and the charts are redrawn only when something visible changed (lines,
    // events, the window, or the live axis moved by at least one pixel). Nothing while the
    // page is hidden or its window minimised: showing it again catches up.
    void refreshTick();
    // Pauses the charts (sampling goes on) or goes back to live.
    void togglePause();
    bool isChartsLive() const;
    // Shows what the pipeline holds between two instants as a recording: no sampling
    // controls, nothing moves with the clock, the window bar paused over the range.
    void showRecording(qint64 firstMs, qint64 lastMs);
    bool isRecording() const { return m_recordingLastMs > 0; }
    // Puts a note on the time axis: at the hovered instant, else at the window's end
    // (now, when live). Asks for its text.
    void addNote();
    void addNoteAt(qint64 ms);

public:
    bool refreshNow() override;
    // Chart redraws and status-strip updates so far, for tests and diagnostics.
    int chartRedraws() const { return m_chartRedraws; }
    int statusUpdates() const { return m_statusUpdates; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void rebuildLines();
    void onAlert(const TimelineEvent &alert);
    void updateBanner();
    void setHovered(qint64 ms);
    void updatePollingPause();
    void applyInterval();
    void applyFreshSnapshots();
    bool isOnScreen() const;

    MonitoringPipeline *m_pipeline;
    TargetList *m_targets;
    TimelineEventStore *m_timeline;
    MetricStore *m_store;
    TargetMonitor *m_monitor;
    AlertMonitor *m_alerts;
    AlertNotifier *m_notifier;
    TimeWindowBar *m_window;
    TargetStatusStrip *m_status;
    DemoControlPanel *m_demo;
    DashboardDetailTabs *m_details;
    QLabel *m_banner;
    QComboBox *m_interval;
    QCheckBox *m_pauseHidden;
    QTimer *m_refresh;
    QList<TimeSeriesChart *> m_charts;
    ChartDataModel *m_chartData = nullptr;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    // Targets with a snapshot not yet shown in the status strip and the headers.
    QSet<QString> m_freshTargets;
    qint64 m_lastRedrawMs = 0;
    qint64 m_recordingLastMs = 0;
    qint64 m_hoveredMs = -1;
    QList<QWidget *> m_liveOnlyControls;
    int m_chartRedraws = 0;
    int m_statusUpdates = 0;
    bool m_dirty = true;
    bool m_hidden = false;
};

} // namespace sonde
