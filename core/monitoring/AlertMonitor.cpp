#include "AlertMonitor.h"

#include "MetricStore.h"
#include "TimelineEventStore.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sonde {

AlertMonitor::AlertMonitor(MetricStore *store, TimelineEventStore *timeline, QObject *parent)
    : QObject(parent)
    , m_timeline(timeline)
    , m_thresholds(ThresholdSet::defaults())
{
    if (store)
        connect(store, &MetricStore::snapshotIngested, this, &AlertMonitor::evaluate);
}

void AlertMonitor::setThresholds(const ThresholdSet &thresholds)
{
    if (thresholds == m_thresholds)
        return;
    m_thresholds = thresholds;
    emit thresholdsChanged(m_thresholds);
}

AlertLevel AlertMonitor::level(const QString &targetId, const QString &metric) const
{
    return m_states.value(targetId + u'/' + metric).level;
}

int AlertMonitor::activeCount() const
{
    int n = 0;
    for (const State &s : m_states)
        n += s.level != AlertLevel::Normal ? 1 : 0;
    return n;
}

QList<TimelineEvent> AlertMonitor::activeAlerts() const
{
    QList<TimelineEvent> out;
    for (const State &s : m_states) {
        if (s.level != AlertLevel::Normal)
            out << s.raisedBy;
    }
    std::sort(out.begin(), out.end(), [](const TimelineEvent &a, const TimelineEvent &b) {
        if (a.severity != b.severity)
            return int(a.severity) > int(b.severity);
        return a.at > b.at;
    });
    return out;
}

void AlertMonitor::evaluate(const Snapshot &snapshot)
{
    for (auto it = snapshot.values.cbegin(); it != snapshot.values.cend(); ++it) {
        const MetricInfo info = MetricCatalog::info(it.key());
        if (!info.alerting)
            continue;
        const Threshold threshold = m_thresholds.forChart(info.chart);
        if (!threshold.isEnabled())
            continue;
        const double value = it.value();
        const AlertLevel now = threshold.levelFor(value);
        State &state = m_states[snapshot.targetId + u'/' + it.key()];
        if (now == state.level) {
            state.pendingCount = 0;
            continue;
        }
        if (now == state.pending) {
            ++state.pendingCount;
        } else {
            state.pending = now;
            state.pendingCount = 1;
        }
        // Rising needs sustained readings; easing needs a longer calm (at least
        // RecoveryReadings), so a value hovering around a limit does not flap.
        const bool rising = int(now) > int(state.level);
        const int needed = rising ? m_thresholds.sustainReadings()
                                  : qMax(m_thresholds.sustainReadings(), RecoveryReadings);
        if (state.pendingCount < needed)
            continue;
        const AlertLevel before = state.level;
        state.level = now;
        state.pendingCount = 0;

        TimelineEvent e;
        e.at = snapshot.at;
        e.targetId = snapshot.targetId;
        e.targetName = snapshot.targetName;
        e.metric = it.key();
        e.value = value;
        const double limit = now == AlertLevel::Critical  ? threshold.critical
                             : now == AlertLevel::Warning ? threshold.warning
                                                          : std::nan("");
        const QString shown = MetricCatalog::format(it.key(), value);
        if (rising) {
            e.kind = TimelineEvent::Kind::ThresholdCrossed;
            e.severity = now == AlertLevel::Critical ? TimelineEvent::Severity::Critical
                                                     : TimelineEvent::Severity::Warning;
            e.text =
                QCoreApplication::translate("AlertMonitor", "%1: %2 is %3 (%4 threshold %5 %6)")
                    .arg(snapshot.targetName, info.label, shown, alertLevelName(now),
                         threshold.below ? u"<"_s : u">"_s, MetricCatalog::format(it.key(), limit));
            e.detail = info.help;
            state.raisedBy = e;
            if (m_timeline)
                m_timeline->add(e);
            emit alertRaised(e);
        } else {
            e.kind = TimelineEvent::Kind::ThresholdRecovered;
            e.severity = TimelineEvent::Severity::Info;
            e.text =
                now == AlertLevel::Normal
                    ? QCoreApplication::translate("AlertMonitor", "%1: %2 is back to normal (%3)")
                          .arg(snapshot.targetName, info.label, shown)
                    : QCoreApplication::translate("AlertMonitor", "%1: %2 eased from %3 to %4 (%5)")
                          .arg(snapshot.targetName, info.label, alertLevelName(before),
                               alertLevelName(now), shown);
            if (m_timeline)
                m_timeline->add(e);
            emit alertRecovered(e);
        }
    }
}

} // namespace sonde
