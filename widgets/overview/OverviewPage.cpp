#include "OverviewPage.h"

#include "common/DisplayFormat.h"
#include "common/JobTracker.h"
#include "connection/TargetList.h"
#include "demo/DemoWorkload.h"
#include "monitoring/AlertMonitor.h"
#include "monitoring/MonitoringPipeline.h"
#include "overview/OverviewService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

const QString JobPrefix = u"overview:"_s;

} // namespace

QString withoutPassword(const QString &uri)
{
    Target t;
    t.uri = uri;
    return t.displayUri();
}

OverviewPage::OverviewPage(MonitoringPipeline *pipeline, QWidget *parent)
    : QWidget(parent)
    , m_pipeline(pipeline)
    , m_jobs(new JobTracker(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_status(new QLabel(this))
    , m_view(new QTextBrowser(this))
    , m_workload(new QLabel(this))
    , m_timer(new QTimer(this))
    , m_workloadTimer(new QTimer(this))
{
    qRegisterMetaType<sonde::ServerOverview>();
    m_refresh->setObjectName(u"overviewRefresh"_s);
    m_refresh->setToolTip(tr("Read every target's overview again"));
    m_view->setObjectName(u"overviewText"_s);
    m_view->setOpenLinks(false);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    m_workload->setTextFormat(Qt::RichText);
    m_workload->setObjectName(u"overviewDemoApplication"_s);
    layout->addWidget(m_workload);

    connect(m_refresh, &QPushButton::clicked, this, &OverviewPage::refresh);
    m_timer->setInterval(RefreshIntervalMs);
    // Both timers run only while the page is shown (showEvent/hideEvent): a hidden page
    // does not wake the GUI thread.
    connect(m_timer, &QTimer::timeout, this, &OverviewPage::refresh);
    m_workloadTimer->setInterval(1000);
    connect(m_workloadTimer, &QTimer::timeout, this,
            [this]() { m_workload->setText(workloadHtml()); });
    TargetList *targets = m_pipeline->targets();
    connect(targets, &TargetList::targetAdded, this,
            [this](const Target &t) { refreshTarget(t.id); });
    connect(targets, &TargetList::targetChanged, this,
            [this](const Target &t) { refreshTarget(t.id); });
    connect(targets, &TargetList::targetRemoved, this, [this](const QString &id) {
        m_jobs->cancel(JobPrefix + id);
        m_overviews.remove(id);
        m_reading.remove(id);
        render();
    });
    AlertMonitor *alerts = m_pipeline->alerts();
    connect(alerts, &AlertMonitor::alertRaised, this, &OverviewPage::render);
    connect(alerts, &AlertMonitor::alertRecovered, this, &OverviewPage::render);
    render();
}

void OverviewPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
    m_workloadTimer->stop();
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_timer->start();
    if (m_demo) {
        m_workload->setText(workloadHtml());
        m_workloadTimer->start();
    }
    // Read again when the page is opened on an overview older than the refresh interval.
    const QDateTime stale = QDateTime::currentDateTimeUtc().addMSecs(-RefreshIntervalMs);
    for (const ServerOverview &o : std::as_const(m_overviews)) {
        if (o.at < stale) {
            refresh();
            return;
        }
    }
    render();
}

void OverviewPage::refresh()
{
    for (const Target &t : m_pipeline->targets()->targets())
        refreshTarget(t.id);
}

void OverviewPage::refreshTarget(const QString &targetId)
{
    Target target;
    for (const Target &t : m_pipeline->targets()->targets()) {
        if (t.id == targetId)
            target = t;
    }
    if (target.id.isEmpty())
        return;
    m_reading[targetId] = true;
    m_jobs->run(
        JobPrefix + targetId,
        [target](JobContext &job) {
            return OverviewService::read(target, OverviewService::DefaultQueryTimeoutMs,
                                         job.cancelFlag());
        },
        [this, targetId](const ServerOverview &o) {
            m_reading.remove(targetId);
            setOverview(o);
        });
    render();
}

void OverviewPage::setOverview(const ServerOverview &overview)
{
    m_overviews.insert(overview.targetId, overview);
    render();
}

void OverviewPage::showDemo(const SandboxEndpoints &, DemoWorkload *workload)
{
    m_demo = workload;
    m_workload->setText(workloadHtml());
    if (isVisible() && workload)
        m_workloadTimer->start();
    // The demo data is seeded now: read the overviews again.
    refresh();
}

void OverviewPage::clear()
{
    m_workloadTimer->stop();
    m_jobs->cancelAll();
    m_demo = nullptr;
    m_workload->clear();
    m_overviews.clear();
    m_reading.clear();
    render();
}

QString OverviewPage::plainText() const
{
    return m_view->toPlainText();
}

QString OverviewPage::alertsHtml() const
{
    const QList<TimelineEvent> alerts = m_pipeline->alerts()->activeAlerts();
    QString html = u"<h2>"_s + esc(tr("Current alerts")) + u"</h2>"_s;
    if (alerts.isEmpty())
        return html + u"<p>"_s + esc(tr("No alert: every metric is within its thresholds.")) +
               u"</p>"_s;
    html += u"<table cellspacing=0 cellpadding=3>"_s;
    for (const TimelineEvent &a : alerts) {
        const QString color =
            a.severity == TimelineEvent::Severity::Critical ? u"#c0392b"_s : u"#b9770e"_s;
        html += u"<tr><td><b><font color=\"%1\">%2</font></b></td><td>%3</td><td>%4</td>"
                u"<td>%5</td></tr>"_s.arg(color, esc(severityName(a.severity)), esc(a.targetName),
                                          esc(a.text), esc(DisplayFormat::dateTime(a.at)));
    }
    return html + u"</table>"_s;
}

QString OverviewPage::overviewHtml(const ServerOverview &o) const
{
    if (o.error) {
        return u"<p><font color=\"#c0392b\">"_s +
               esc(tr("Could not read the overview: %1").arg(o.error.toString())) +
               u"</font></p>"_s;
    }
    QString main;
    QString beside;
    for (const OverviewSection &s : o.sections) {
        QString &html = s.beside ? beside : main;
        html += u"<h4>"_s + esc(s.title) + u"</h4>"_s;
        if (!s.unavailable.isEmpty()) {
            html += u"<p><i>"_s + esc(s.unavailable) + u"</i></p>"_s;
            continue;
        }
        if (!s.facts.isEmpty()) {
            html += u"<table cellspacing=0 cellpadding=2>"_s;
            for (const OverviewFact &f : s.facts) {
                // The label on one line; the value and its note wrap in what is left.
                html +=
                    u"<tr><td valign=top style=\"white-space:nowrap\"><b>%1</b>&nbsp;&nbsp;</td>"
                    u"<td>%2%3</td></tr>"_s.arg(esc(f.label), esc(f.value),
                                                f.note.isEmpty() ? QString()
                                                                 : u"&nbsp;&nbsp;&nbsp;<i>"_s +
                                                                       esc(f.note) + u"</i>"_s);
            }
            html += u"</table>"_s;
        }
        if (!s.rows.isEmpty()) {
            html +=
                u"<table cellspacing=0 cellpadding=3 border=1 style=\"border-collapse:collapse\"><tr>"_s;
            for (const QString &c : s.columns)
                html += u"<th align=left style=\"white-space:nowrap\">"_s + esc(c) + u"</th>"_s;
            html += u"</tr>"_s;
            for (const QStringList &row : s.rows) {
                html += u"<tr>"_s;
                for (int i = 0; i < row.size(); ++i)
                    html += (i == 0 ? u"<td style=\"white-space:nowrap\">"_s
                                    : u"<td align=right style=\"white-space:nowrap\">"_s) +
                            esc(row.at(i)) + u"</td>"_s;
                html += u"</tr>"_s;
            }
            html += u"</table>"_s;
        }
        if (!s.note.isEmpty())
            html += u"<p><i>"_s + esc(s.note) + u"</i></p>"_s;
    }
    return u"<table width=\"100%\" cellspacing=0 cellpadding=0><tr>"
           u"<td width=\"55%\" valign=top style=\"padding-right:24px\">"_s +
           main + u"</td><td width=\"45%\" valign=top>"_s + beside + u"</td></tr></table>"_s;
}

QString OverviewPage::workloadHtml() const
{
    if (!m_demo)
        return QString();
    const DemoWorkloadStats s = m_demo->stats();
    const qint64 lookups = s.cacheHits + s.cacheMisses;
    const QString hitRate =
        lookups ? DisplayFormat::percent(100.0 * double(s.cacheHits) / double(lookups)) : u"–"_s;
    // One row of headers and one of values, under the overviews (updated every second
    // without laying the overviews out again).
    const QList<std::pair<QString, QString>> cells{
        {tr("Requests"), DisplayFormat::count(s.requests)},
        {tr("Cache hit rate"), hitRate},
        {tr("Database queries"), DisplayFormat::count(s.queries)},
        {tr("Writes"), DisplayFormat::count(s.writes)},
        {tr("Reports"), DisplayFormat::count(s.reports)},
        {tr("Errors"), DisplayFormat::count(s.errors)}};
    QString head;
    QString values;
    for (const auto &[label, value] : cells) {
        head += u"<th align=right>&nbsp;&nbsp;"_s + esc(label) + u"</th>"_s;
        values += u"<td align=right>"_s + esc(value) + u"</td>"_s;
    }
    QString html = u"<b>"_s + esc(tr("Demo application")) + u"</b><table><tr>"_s + head +
                   u"</tr><tr>"_s + values + u"</tr></table>"_s;
    if (!s.lastError.isEmpty())
        html += u"<p>"_s + esc(tr("Last error: %1").arg(s.lastError)) + u"</p>"_s;
    return html;
}

void OverviewPage::render()
{
    const QList<Target> targets = m_pipeline->targets()->targets();
    QString html = alertsHtml();
    if (targets.isEmpty())
        html +=
            u"<p>"_s + esc(tr("Not connected: start the demo or connect to a server.")) + u"</p>"_s;
    QDateTime oldest;
    for (const Target &t : targets) {
        html += u"<h2>"_s + esc(tr("%1 — %2").arg(targetKindName(t.kind), t.name)) + u"</h2>"_s;
        html += u"<p><code>"_s + esc(t.displayUri()) + u"</code></p>"_s;
        const auto it = m_overviews.constFind(t.id);
        if (it == m_overviews.cend()) {
            html += u"<p><i>"_s + esc(tr("Reading…")) + u"</i></p>"_s;
            continue;
        }
        if (!oldest.isValid() || it->at < oldest)
            oldest = it->at;
        html += overviewHtml(*it);
    }
    // Keep the reader where it was: the page is rendered again every second in the demo.
    const int scroll = m_view->verticalScrollBar() ? m_view->verticalScrollBar()->value() : 0;
    m_view->setHtml(html);
    m_view->verticalScrollBar()->setValue(scroll);
    if (!m_reading.isEmpty())
        m_status->setText(tr("Reading the overview…"));
    else if (oldest.isValid())
        m_status->setText(tr("Read at %1").arg(DisplayFormat::dateTime(oldest)));
    else
        m_status->clear();
}

} // namespace sonde
