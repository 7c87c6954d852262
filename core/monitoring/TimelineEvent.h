#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace sonde {

// Something that happened at an instant, drawn as a marker on the dashboard's shared time
// axis and listed in the "Events and alerts" panel: a threshold crossed, Redis evictions, a
// latency event, a new slow-log entry, a statistics reset, a target lost or back.
//
// Any part of Sonde may add one through TimelineEventStore::add() (see
// docs/ARCHITECTURE.md, "Timeline events").
struct TimelineEvent
{
    enum class Kind
    {
        ThresholdCrossed,   // an alert: a metric crossed its warning or critical threshold
        ThresholdRecovered, // the metric is back within its thresholds
        Evictions,          // Redis evicted keys (maxmemory reached)
        LatencyEvent,       // Redis LATENCY LATEST reported a new spike
        SlowLogEntry,       // a new Redis SLOWLOG entry (the slow log view adds these)
        StatisticsReset,    // counters were reset: a gap in the rates
        Disconnected,       // the sampler lost its target
        Reconnected,        // … and has it back
        Deadlock,           // PostgreSQL counted deadlocks in the interval
        HealthCheck,        // a health check's finding turned critical
        Note,               // anything else worth a marker
        PrometheusAlert,    // an alert Prometheus fires (its alerting rules)
    };
    enum class Severity
    {
        Info,
        Warning,
        Critical
    };

    QDateTime at;
    Kind kind = Kind::Note;
    Severity severity = Severity::Info;
    QString targetId;   // the Target's id; empty when it concerns no single target
    QString targetName; // as shown to the user
    QString text;       // one line, in the DBA's words ("Redis evicted 120 keys")
    QString detail;     // optional: more text for the tooltip / details pane
    QString metric;     // for threshold events: the metric's name (MetricCatalog)
    double value = 0;   // for threshold events: the value that crossed
    // Put back from a recording or the local history (RecordingReplay): kept already, a
    // recorder writes it no second time. Never written to a file.
    bool replayed = false;

    bool isAlert() const { return kind == Kind::ThresholdCrossed; }
};

QString timelineKindName(TimelineEvent::Kind kind);
QString severityName(TimelineEvent::Severity severity);

} // namespace sonde

Q_DECLARE_METATYPE(sonde::TimelineEvent)
