#include "DashboardPage.h"

#include "AlertNotifier.h"
#include "ChartDataModel.h"
#include "DashboardDetailTabs.h"
#include "TargetStatusStrip.h"
#include "ThresholdDialog.h"
#include "TimeSeriesChart.h"
#include "TimeWindowBar.h"
#include "connection/PrometheusEndpoint.h"
#include "connection/TargetList.h"
#include "demo/DemoControlPanel.h"
#include "monitoring/AlertMonitor.h"
#include "monitoring/MetricStore.h"
#include "monitoring/MonitoringPipeline.h"
#include "monitoring/SnapshotSummary.h"
#include "monitoring/TargetMonitor.h"
#include "monitoring/TimelineEventStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

const ChartGroup Charts[] = {ChartGroup::Latency, ChartGroup::Throughput, ChartGroup::HitRate,
                             ChartGroup::PoolUse};

// Each kind of server has its hue and its line style; a target's second metric on the same
// chart gets a lighter shade and a dash-dot line.
ChartLine lineFor(const Target &target, const MetricInfo &metric, int indexInKind, int nthOfKind,
                  bool severalOfKind)
{
    ChartLine l;
    l.targetId = target.id;
    l.metric = metric.name;
    l.secondaryAxis = metric.secondaryAxis;
    QString what = metric.label;
    const QString kind = targetKindName(metricsKindOf(target));
    if (what.startsWith(kind + u' '))
        what = what.mid(kind.size() + 1);
    l.label = severalOfKind ? QString(target.name + u": "_s + what) : QString(kind + u' ' + what);
    if (!severalOfKind && target.kind == TargetKind::Prometheus)
        l.label += DashboardPage::tr(" (Prometheus)");
    QColor base;
    switch (target.kind) {
    case TargetKind::PostgreSQL:
        base = QColor(0x1d, 0x4e, 0xd8);
        l.style = Qt::SolidLine;
        break;
    case TargetKind::PgBouncer:
        base = QColor(0x7c, 0x3a, 0xed);
        l.style = Qt::DashLine;
        break;
    case TargetKind::Redis:
        base = QColor(0x0f, 0x76, 0x6e);
        l.style = Qt::DotLine;
        break;
    case TargetKind::Prometheus: // an instance read through Prometheus
        base = QColor(0xc2, 0x41, 0x0c);
        l.style = Qt::DashDotLine;
        break;
    }
    if (indexInKind > 0) {
        base = base.lighter(150);
        l.style = Qt::DashDotLine;
    }
    l.color = nthOfKind > 0 ? base.darker(100 + 30 * nthOfKind) : base;
    return l;
}

} // namespace

DashboardPage::DashboardPage(MonitoringPipeline *pipeline, QWidget *parent)
    : QWidget(parent)
    , m_pipeline(pipeline)
    , m_targets(pipeline->targets())
    , m_timeline(pipeline->timeline())
    , m_store(pipeline->store())
    , m_monitor(pipeline->monitor())
    , m_alerts(pipeline->alerts())
    , m_notifier(new AlertNotifier(this))
    , m_window(new TimeWindowBar(this))
    , m_status(new TargetStatusStrip(this))
    , m_demo(new DemoControlPanel(this))
    , m_details(new DashboardDetailTabs(m_targets, m_store, m_timeline, this))
    , m_banner(new QLabel(this))
    , m_interval(new QComboBox(this))
    , m_pauseHidden(new QCheckBox(tr("Pause sampling while hidden"), this))
    , m_refresh(new QTimer(this))
{
    setObjectName(u"dashboardPage"_s);
    QSettings settings;
    m_alerts->setThresholds(ThresholdSet::load(settings));

    m_banner->setObjectName(u"alertBanner"_s);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_banner->setVisible(false);

    m_interval->setObjectName(u"samplingInterval"_s);
    for (int s : {1, 2, 5, 10, 30})
        m_interval->addItem(tr("every %n s", nullptr, s), s * 1000);
    m_interval->setToolTip(tr("How often every target is sampled. Rates are per second over "
                              "the real interval, whatever it is."));
    m_interval->setCurrentIndex(
        qMax(0, m_interval->findData(settings.value(u"dashboard/intervalMs"_s, 1000).toInt())));
    m_pauseHidden->setObjectName(u"pauseWhenHidden"_s);
    m_pauseHidden->setToolTip(tr("Stop polling the servers while this view is hidden or the "
                                 "window is minimised; the charts show a gap for that time."));
    m_pauseHidden->setChecked(settings.value(u"dashboard/pauseWhenHidden"_s, false).toBool());
    auto *thresholds = new QPushButton(tr("Thresholds…"), this);
    thresholds->setObjectName(u"thresholdsButton"_s);
    auto *note = new QPushButton(tr("Note…"), this);
    note->setObjectName(u"addNoteButton"_s);
    note->setToolTip(tr("Put a note on the time axis (\"19:42 failover started\"): at the "
                        "instant under the mouse, else at the end of the window. A "
                        "recording keeps it."));
    auto *noteShortcut = new QShortcut(QKeySequence(tr("Ctrl+Shift+N")), this);
    noteShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    auto *sampleLabel = new QLabel(tr("Sample"), this);
    // Over a recording: nothing to sample, no note to add, no threshold to change (the
    // recording's alerts were raised with the thresholds of the time).
    m_liveOnlyControls = {sampleLabel, m_interval, m_pauseHidden, note, thresholds};

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_window, 1);
    controls->addSpacing(12);
    controls->addWidget(sampleLabel);
    controls->addWidget(m_interval);
    controls->addWidget(m_pauseHidden);
    controls->addWidget(note);
    controls->addWidget(thresholds);

    auto *chartArea = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartArea);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(2);
    for (ChartGroup g : Charts) {
        auto *chart = new TimeSeriesChart(g, m_store, chartArea);
        chart->setThreshold(m_alerts->thresholds().forChart(g));
        chart->setShowTimeLabels(g == ChartGroup::PoolUse);
        chart->setNoteOptions(true, m_charts.isEmpty());
        chartLayout->addWidget(chart, 1);
        m_charts << chart;
        connect(chart, &TimeSeriesChart::hovered, this, &DashboardPage::setHovered);
        connect(chart, &TimeSeriesChart::hoverEnded, this, [this]() { setHovered(-1); });
        connect(chart, &TimeSeriesChart::editThresholdsRequested, this,
                &DashboardPage::editThresholds);
        connect(chart, &TimeSeriesChart::noteRequested, this, &DashboardPage::addNoteAt);
    }
    m_chartData = new ChartDataModel(m_store, this);
    m_details->addChartData(m_chartData);
    connect(m_details, &QTabWidget::currentChanged, this, [this]() {
        if (m_details->isChartDataShown())
            m_chartData->refresh(m_fromMs, m_toMs);
    });
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"dashboardSplitter"_s);
    split->addWidget(chartArea);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(controls);
    // A fleet's many targets scroll sideways instead of widening the page.
    auto *statusScroll = new QScrollArea(this);
    statusScroll->setWidget(m_status);
    statusScroll->setWidgetResizable(true);
    statusScroll->setFrameShape(QFrame::NoFrame);
    statusScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    statusScroll->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    statusScroll->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Maximum);
    layout->addWidget(statusScroll);
    layout->addWidget(m_demo);
    layout->addWidget(split, 1);

    // The pipeline may have been sampling before this view was built.
    TargetList *targets = m_targets;
    applyInterval();
    for (const Target &t : targets->targets()) {
        m_status->setTarget(t);
        const SamplerStatus status = m_monitor->status(t.id);
        if (!status.targetId.isEmpty())
            m_status->setStatus(status);
    }
    connect(targets, &TargetList::targetAdded, m_status, &TargetStatusStrip::setTarget);
    connect(targets, &TargetList::targetChanged, m_status, &TargetStatusStrip::setTarget);
    connect(targets, &TargetList::targetRemoved, m_status, &TargetStatusStrip::removeTarget);
    for (auto signal : {&TargetList::targetAdded, &TargetList::targetChanged})
        connect(targets, signal, this, &DashboardPage::rebuildLines);
    connect(targets, &TargetList::targetRemoved, this, &DashboardPage::rebuildLines);
    connect(m_monitor, &TargetMonitor::statusChanged, m_status, &TargetStatusStrip::setStatus);
    // A snapshot only marks its target fresh: the targets' snapshots of one tick are shown
    // together, in one update, by refreshTick() once the tick is in.
    connect(m_store, &MetricStore::snapshotIngested, this,
            [this](const Snapshot &s) { m_freshTargets.insert(s.targetId); });
    connect(m_timeline, &TimelineEventStore::eventAdded, this, [this]() { m_dirty = true; });
    connect(m_alerts, &AlertMonitor::alertRaised, this, &DashboardPage::onAlert);
    connect(m_alerts, &AlertMonitor::alertRecovered, this, &DashboardPage::updateBanner);
    connect(m_alerts, &AlertMonitor::thresholdsChanged, this, [this](const ThresholdSet &t) {
        for (TimeSeriesChart *c : std::as_const(m_charts))
            c->setThreshold(t.forChart(c->group()));
    });
    // The chosen window width persists across restarts (paused or live does not).
    m_window->setWindowMs(
        settings.value(u"dashboard/windowMs"_s, m_window->windowMs()).toLongLong());
    connect(m_window, &TimeWindowBar::changed, this, [this]() {
        if (!isRecording())
            QSettings().setValue(u"dashboard/windowMs"_s, m_window->windowMs());
    });
    connect(m_window, &TimeWindowBar::changed, this, &DashboardPage::refreshCharts);
    connect(thresholds, &QPushButton::clicked, this, &DashboardPage::editThresholds);
    connect(note, &QPushButton::clicked, this, &DashboardPage::addNote);
    connect(noteShortcut, &QShortcut::activated, this, [this, note]() {
        if (note->isVisible())
            addNote();
    });
    connect(m_interval, &QComboBox::activated, this, &DashboardPage::applyInterval);
    connect(m_pauseHidden, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(u"dashboard/pauseWhenHidden"_s, on);
        updatePollingPause();
    });
    // The charts follow the samplers' ticks (one delivery per tick for every target); the
    // timer only moves the axis while no target delivers (all down, all paused).
    connect(m_store, &MetricStore::tickIngested, this, [this]() {
        refreshTick();
        if (!isRecording())
            m_refresh->start();
    });
    connect(m_refresh, &QTimer::timeout, this, &DashboardPage::refreshTick);
    m_refresh->start();
    rebuildLines();
}

DashboardPage::~DashboardPage()
{
    // The pipeline outlives the page: it must not stay paused because this view was hidden.
    m_monitor->setPaused(false);
}

MetricStore *DashboardPage::store() const
{
    return m_store;
}

TargetMonitor *DashboardPage::monitor() const
{
    return m_monitor;
}

AlertMonitor *DashboardPage::alerts() const
{
    return m_alerts;
}

void DashboardPage::setDemoWorkload(DemoWorkload *workload, const QString &redisUri, double rate)
{
    m_demo->setWorkload(workload, redisUri, rate);
}

void DashboardPage::applyInterval()
{
    const int ms = m_interval->currentData().toInt();
    QSettings().setValue(u"dashboard/intervalMs"_s, ms);
    m_monitor->setIntervalMs(ms);
    m_refresh->setInterval(qMax(1500, ms * 3 / 2)); // a tick late: no target delivers
}

void DashboardPage::rebuildLines()
{
    const QList<Target> targets = m_targets->targets();
    for (TimeSeriesChart *chart : std::as_const(m_charts)) {
        QList<ChartLine> lines;
        for (TargetKind kind : {TargetKind::PostgreSQL, TargetKind::PgBouncer, TargetKind::Redis}) {
            // Servers read through Prometheus chart with their kind.
            QList<Target> ofKind;
            for (const Target &t : targets) {
                if (metricsKindOf(t) == kind)
                    ofKind << t;
            }
            int index = 0;
            for (const MetricInfo &m : MetricCatalog::forChart(chart->group())) {
                if (m.kind != kind)
                    continue;
                for (int n = 0; n < ofKind.size(); ++n)
                    lines << lineFor(ofKind.at(n), m, index, n, ofKind.size() > 1);
                ++index;
            }
        }
        chart->setLines(lines);
        m_chartData->setLines(chart->group(), lines);
    }
    m_dirty = true;
}

bool DashboardPage::isOnScreen() const
{
    const QWidget *top = window();
    return isVisible() && !(top && top->isMinimized());
}

void DashboardPage::applyFreshSnapshots()
{
    if (m_freshTargets.isEmpty())
        return;
    for (const QString &id : std::as_const(m_freshTargets)) {
        const Snapshot latest = m_store->latest(id);
        if (!latest.targetId.isEmpty())
            m_status->setSummary(id, snapshotSummary(latest));
    }
    m_freshTargets.clear();
    ++m_statusUpdates;
}

void DashboardPage::refreshTick()
{
    if (!isOnScreen())
        return; // the snapshots stay fresh; showing the page again catches up
    const bool fresh = !m_freshTargets.isEmpty();
    applyFreshSnapshots();
    // The live axis moves one pixel every windowMs / plot width: a 1 h window over about
    // 1 300 pixels needs a redraw every ~3 s, not every second.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int plotWidth = 1;
    for (const TimeSeriesChart *c : std::as_const(m_charts))
        plotWidth = qMax(plotWidth, c->plotWidth());
    const qint64 pixelMs = m_window->windowMs() / plotWidth;
    const bool moved = m_window->isLive() && now - m_lastRedrawMs >= pixelMs;
    if (m_dirty || moved) {
        refreshCharts();
    } else if (fresh) {
        for (TimeSeriesChart *c : std::as_const(m_charts))
            c->refreshHeader();
    }
}

void DashboardPage::refreshCharts()
{
    m_lastRedrawMs = QDateTime::currentMSecsSinceEpoch();
    ++m_chartRedraws;
    const qint64 now = isRecording() ? m_recordingLastMs : QDateTime::currentMSecsSinceEpoch();
    m_toMs = m_window->endMs(now);
    m_fromMs = m_toMs - m_window->windowMs();
    const qint64 first = m_store->firstMs();
    m_window->setHistory(first > 0 ? qMin(first, m_fromMs) : m_fromMs, now);
    const QList<TimelineEvent> events =
        m_timeline->between(QDateTime::fromMSecsSinceEpoch(m_fromMs, Qt::UTC),
                            QDateTime::fromMSecsSinceEpoch(m_toMs, Qt::UTC));
    // Recoveries are in the table; the axis shows what needs attention.
    QList<TimelineEvent> markers;
    for (const TimelineEvent &e : events) {
        if (e.kind != TimelineEvent::Kind::ThresholdRecovered)
            markers << e;
    }
    for (TimeSeriesChart *c : std::as_const(m_charts)) {
        c->setEvents(markers);
        c->setTimeRange(m_fromMs, m_toMs);
    }
    if (m_details->isChartDataShown())
        m_chartData->refresh(m_fromMs, m_toMs);
    m_dirty = false;
}

void DashboardPage::setHovered(qint64 ms)
{
    m_hoveredMs = ms;
    for (TimeSeriesChart *c : std::as_const(m_charts))
        c->setCursorMs(ms);
}

void DashboardPage::showRecording(qint64 firstMs, qint64 lastMs)
{
    m_recordingLastMs = qMax<qint64>(1, lastMs);
    m_refresh->stop();
    for (QWidget *w : std::as_const(m_liveOnlyControls))
        w->hide();
    m_demo->hide();
    m_status->hide(); // no sampler to report on: the window's banner says what this is
    m_details->hideLiveTabs();
    for (TimeSeriesChart *c : std::as_const(m_charts))
        c->setNoteOptions(false, c == m_charts.first());
    m_window->showRange(firstMs, m_recordingLastMs);
    m_dirty = true;
    refreshCharts();
}

void DashboardPage::addNote()
{
    addNoteAt(m_hoveredMs >= 0 ? m_hoveredMs
                               : m_window->endMs(QDateTime::currentMSecsSinceEpoch()));
}

void DashboardPage::addNoteAt(qint64 at)
{
    if (isRecording())
        return; // a recording opened is read-only
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
    bool ok = false;
    const QString text =
        QInputDialog::getText(this, tr("Note on the time axis"),
                              tr("Note at %1:").arg(when.toLocalTime().toString(u"HH:mm:ss"_s)),
                              QLineEdit::Normal, {}, &ok)
            .trimmed();
    if (!ok || text.isEmpty())
        return;
    TimelineEvent e;
    e.at = when;
    e.kind = TimelineEvent::Kind::Note;
    e.severity = TimelineEvent::Severity::Info;
    e.text = text;
    m_timeline->add(e);
}

void DashboardPage::togglePause()
{
    m_window->toggleLive();
}

bool DashboardPage::isChartsLive() const
{
    return m_window->isLive();
}

bool DashboardPage::refreshNow()
{
    refreshCharts();
    return true;
}

void DashboardPage::editThresholds()
{
    if (isRecording())
        return;
    ThresholdDialog dialog(m_alerts->thresholds(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_alerts->setThresholds(dialog.thresholds());
    QSettings settings;
    m_alerts->thresholds().save(settings);
}

void DashboardPage::onAlert(const TimelineEvent &alert)
{
    updateBanner();
    m_notifier->notify(alert);
}

void DashboardPage::updateBanner()
{
    // The worst alert still active (the newest of equals), and how many others are.
    const QList<TimelineEvent> active = m_alerts->activeAlerts();
    m_banner->setVisible(!active.isEmpty());
    if (active.isEmpty())
        return;
    const TimelineEvent &alert = active.first();
    const bool critical = alert.severity == TimelineEvent::Severity::Critical;
    const QString color = critical ? u"#c62828"_s : u"#b45309"_s;
    QString html = u"<span style=\"color:%1\"><b>%2 %3</b></span> %4 <small>(%5)</small>"_s.arg(
        color, critical ? u"◆"_s : u"▲"_s,
        (critical ? tr("CRITICAL") : tr("WARNING")).toHtmlEscaped(), alert.text.toHtmlEscaped(),
        alert.at.toLocalTime().toString(u"HH:mm:ss"_s));
    if (active.size() > 1)
        html += u" &nbsp;"_s + tr("and %n more active alert(s): see Events and alerts", nullptr,
                                  int(active.size() - 1))
                                   .toHtmlEscaped();
    m_banner->setText(html);
    m_banner->setStyleSheet(u"QLabel { border: 1px solid %1; border-radius: 3px; }"_s.arg(color));
}

QString DashboardPage::alertBannerText() const
{
    if (!m_banner->isVisible())
        return {};
    QString t = m_banner->text();
    t.remove(QRegularExpression(u"<[^>]*>"_s));
    return t.simplified();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_hidden = false;
    updatePollingPause();
    applyFreshSnapshots();
    refreshCharts();
}

void DashboardPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_hidden = true;
    updatePollingPause();
}

void DashboardPage::updatePollingPause()
{
    m_monitor->setPaused(m_pauseHidden->isChecked() && m_hidden);
}

} // namespace sonde
