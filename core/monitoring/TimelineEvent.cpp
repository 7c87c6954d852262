#include "TimelineEvent.h"

#include <QCoreApplication>

namespace sonde {

QString timelineKindName(TimelineEvent::Kind kind)
{
    using K = TimelineEvent::Kind;
    switch (kind) {
    case K::ThresholdCrossed:
        return QCoreApplication::translate("TimelineEvent", "Threshold crossed");
    case K::ThresholdRecovered:
        return QCoreApplication::translate("TimelineEvent", "Back to normal");
    case K::Evictions:
        return QCoreApplication::translate("TimelineEvent", "Evictions");
    case K::LatencyEvent:
        return QCoreApplication::translate("TimelineEvent", "Latency event");
    case K::SlowLogEntry:
        return QCoreApplication::translate("TimelineEvent", "Slow log entry");
    case K::StatisticsReset:
        return QCoreApplication::translate("TimelineEvent", "Statistics reset");
    case K::Disconnected:
        return QCoreApplication::translate("TimelineEvent", "Connection lost");
    case K::Reconnected:
        return QCoreApplication::translate("TimelineEvent", "Reconnected");
    case K::Deadlock:
        return QCoreApplication::translate("TimelineEvent", "Deadlock");
    case K::HealthCheck:
        return QCoreApplication::translate("TimelineEvent", "Health check");
    case K::Note:
        return QCoreApplication::translate("TimelineEvent", "Note");
    case K::PrometheusAlert:
        return QCoreApplication::translate("TimelineEvent", "Prometheus alert");
    }
    return {};
}

QString severityName(TimelineEvent::Severity severity)
{
    switch (severity) {
    case TimelineEvent::Severity::Info:
        return QCoreApplication::translate("TimelineEvent", "Info");
    case TimelineEvent::Severity::Warning:
        return QCoreApplication::translate("TimelineEvent", "Warning");
    case TimelineEvent::Severity::Critical:
        return QCoreApplication::translate("TimelineEvent", "Critical");
    }
    return {};
}

} // namespace sonde
