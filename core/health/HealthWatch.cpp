#include "HealthWatch.h"

#include "HealthService.h"
#include "common/JobTracker.h"
#include "connection/TargetList.h"
#include "monitoring/FeedReading.h"
#include "monitoring/MonitoringPipeline.h"
#include "monitoring/TargetMonitor.h"
#include "monitoring/TimelineEventStore.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// Sonde has just connected: the first checks wait until the dashboard is filling.
constexpr int FirstRunDelayMs = 10000;

QString slotOf(const QString &targetId)
{
    return u"health:"_s + targetId;
}

} // namespace

HealthWatch::HealthWatch(MonitoringPipeline *pipeline, QObject *parent)
    : QObject(parent)
    , m_pipeline(pipeline)
    , m_jobs(new JobTracker(this))
{
    qRegisterMetaType<sonde::HealthReport>();
    qRegisterMetaType<sonde::HealthRequest>();
    TargetList *targets = pipeline->targets();
    connect(m_jobs, &JobTracker::progress, this,
            [this](const QString &slot, const QString &text, int percent) {
                emit progress(slot.mid(7), text, percent);
            });
    connect(pipeline->monitor(), &TargetMonitor::feedRead, this, &HealthWatch::onFeed);
    connect(targets, &TargetList::targetAdded, this, [this](const Target &t) {
        QTimer::singleShot(FirstRunDelayMs, this, [this, id = t.id]() { watch(id); });
    });
    connect(targets, &TargetList::targetRemoved, this, [this](const QString &id) {
        cancel(id);
        m_pipeline->monitor()->unsubscribe(this, id, HealthFeed);
        m_watched.remove(id);
        m_reports.remove(id);
        m_critical.remove(id);
    });
    for (const Target &t : targets->targets())
        QTimer::singleShot(FirstRunDelayMs, this, [this, id = t.id]() { watch(id); });
}

HealthWatch::~HealthWatch()
{
    m_jobs->cancelAll();
}

HealthRequest HealthWatch::request(const QString &targetId) const
{
    HealthRequest request;
    request.target = m_pipeline->targets()->byId(targetId);
    request.machine = machine(targetId);
    request.thresholds = m_thresholds;
    return request;
}

void HealthWatch::watch(const QString &targetId)
{
    if (!m_pipeline->targets()->byId(targetId).isValid())
        return;
    m_watched.insert(targetId);
    TargetMonitor *monitor = m_pipeline->monitor();
    monitor->setFeedArgument(targetId, HealthFeed, QVariant::fromValue(request(targetId)));
    if (m_interval > 0)
        monitor->subscribe(this, targetId, HealthFeed, m_interval);
    else
        monitor->unsubscribe(this, targetId, HealthFeed);
}

void HealthWatch::setInterval(int milliseconds)
{
    m_interval = milliseconds;
    for (const QString &id : std::as_const(m_watched))
        watch(id);
}

void HealthWatch::setThresholds(const HealthThresholds &thresholds)
{
    m_thresholds = thresholds;
    for (const QString &id : std::as_const(m_watched))
        m_pipeline->monitor()->setFeedArgument(id, HealthFeed, QVariant::fromValue(request(id)));
}

void HealthWatch::setMachine(const QString &targetId, const MachineFacts &machine)
{
    m_machines.insert(targetId, machine);
    if (m_watched.contains(targetId))
        m_pipeline->monitor()->setFeedArgument(targetId, HealthFeed,
                                               QVariant::fromValue(request(targetId)));
}

MachineFacts HealthWatch::machine(const QString &targetId) const
{
    MachineFacts m = m_machines.value(targetId);
    // The demo sandbox runs on this machine: Sonde can read what PostgreSQL cannot tell.
    if (targetId.startsWith(u"demo-"_s))
        m.complete(MachineFacts::localMachine());
    return m;
}

bool HealthWatch::isRunning(const QString &targetId) const
{
    return m_jobs->isRunning(slotOf(targetId));
}

void HealthWatch::cancel(const QString &targetId)
{
    m_jobs->cancel(slotOf(targetId));
}

void HealthWatch::run(const QString &targetId)
{
    const HealthRequest r = request(targetId);
    if (!r.target.isValid())
        return;
    emit started(targetId);
    m_jobs->run(
        slotOf(targetId),
        [r](JobContext &ctx) {
            return HealthService::run(
                r, ctx.cancelFlag(),
                [&ctx](const QString &step, int percent) { ctx.reportProgress(step, percent); });
        },
        [this](const HealthReport &report) { onReport(report); });
}

void HealthWatch::onFeed(const FeedReading &reading)
{
    if (reading.feed != HealthFeed || !m_watched.contains(reading.targetId))
        return;
    // A report the user asked for is on its way: it is newer than this one.
    if (isRunning(reading.targetId))
        return;
    if (reading.value.canConvert<HealthReport>()) {
        onReport(reading.value.value<HealthReport>());
        return;
    }
    const Target target = m_pipeline->targets()->byId(reading.targetId);
    HealthReport failed;
    failed.targetId = reading.targetId;
    failed.target = target.name.isEmpty() ? target.displayUri() : target.name;
    failed.kind = target.kind;
    failed.at = QDateTime::currentDateTimeUtc();
    failed.error = reading.error;
    onReport(failed);
}

void HealthWatch::onReport(const HealthReport &report)
{
    if (!report.error) {
        QSet<QString> critical;
        const QSet<QString> before = m_critical.value(report.targetId);
        TimelineEventStore *timeline = m_pipeline->timeline();
        for (const HealthFinding &f : report.findings) {
            if (f.severity != HealthSeverity::Critical)
                continue;
            critical << f.key();
            if (before.contains(f.key()))
                continue;
            TimelineEvent e;
            e.at = report.at;
            e.kind = TimelineEvent::Kind::HealthCheck;
            e.severity = TimelineEvent::Severity::Critical;
            e.targetId = report.targetId;
            e.targetName = report.target;
            e.text = tr("Health: %1").arg(f.message.section(u". "_s, 0, 0).left(160));
            e.detail = f.fix.advice;
            e.metric = f.check;
            timeline->add(e);
        }
        m_critical.insert(report.targetId, critical);
    }
    m_reports.insert(report.targetId, report);
    emit reportReady(report);
}

} // namespace sonde
