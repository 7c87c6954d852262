#include "HealthWatch.h"

#include "HealthService.h"
#include "common/JobTracker.h"
#include "connection/TargetList.h"
#include "metrics/TimelineEventStore.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

constexpr int FirstRunDelayMs = 10000;
constexpr int TickMs = 5000;

QString slotOf(const QString &targetId)
{
    return u"health:"_s + targetId;
}

} // namespace

HealthWatch::HealthWatch(TargetList *targets, TimelineEventStore *timeline, QObject *parent)
    : QObject(parent)
    , m_targets(targets)
    , m_timeline(timeline)
    , m_jobs(new JobTracker(this))
{
    connect(m_jobs, &JobTracker::progress, this,
            [this](const QString &slot, const QString &text, int percent) {
                emit progress(slot.mid(7), text, percent);
            });
    connect(m_targets, &TargetList::targetAdded, this, [this](const Target &t) {
        m_nextRun.insert(t.id, QDateTime::currentMSecsSinceEpoch() + FirstRunDelayMs);
    });
    connect(m_targets, &TargetList::targetRemoved, this, [this](const QString &id) {
        cancel(id);
        m_reports.remove(id);
        m_nextRun.remove(id);
        m_critical.remove(id);
    });
    for (const Target &t : m_targets->targets())
        m_nextRun.insert(t.id, QDateTime::currentMSecsSinceEpoch() + FirstRunDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &HealthWatch::runDue);
    m_timer.start(TickMs);
}

HealthWatch::~HealthWatch()
{
    m_jobs->cancelAll();
}

void HealthWatch::setInterval(int milliseconds)
{
    m_interval = milliseconds;
    if (m_interval > 0)
        m_timer.start(TickMs);
    else
        m_timer.stop();
}

void HealthWatch::runDue()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_nextRun.cbegin(); it != m_nextRun.cend(); ++it) {
        if (it.value() <= now && !isRunning(it.key()))
            run(it.key());
    }
}

void HealthWatch::setMachine(const QString &targetId, const MachineFacts &machine)
{
    m_machines.insert(targetId, machine);
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
    const Target target = m_targets->byId(targetId);
    if (!target.isValid())
        return;
    m_nextRun.insert(targetId, QDateTime::currentMSecsSinceEpoch() +
                                   (m_interval > 0 ? m_interval : 365LL * 24 * 3600 * 1000));
    HealthRequest request;
    request.target = target;
    request.machine = machine(targetId);
    request.thresholds = m_thresholds;
    emit started(targetId);
    m_jobs->run(
        slotOf(targetId),
        [request](JobContext &ctx) {
            return HealthService::run(
                request, ctx.cancelFlag(),
                [&ctx](const QString &step, int percent) { ctx.reportProgress(step, percent); });
        },
        [this](const HealthReport &report) { onReport(report); });
}

void HealthWatch::onReport(const HealthReport &report)
{
    if (!report.error) {
        QSet<QString> critical;
        const QSet<QString> before = m_critical.value(report.targetId);
        for (const HealthFinding &f : report.findings) {
            if (f.severity != HealthSeverity::Critical)
                continue;
            critical << f.key();
            if (before.contains(f.key()) || !m_timeline)
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
            m_timeline->add(e);
        }
        m_critical.insert(report.targetId, critical);
    }
    m_reports.insert(report.targetId, report);
    emit reportReady(report);
}

} // namespace sonde
