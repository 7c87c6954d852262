#pragma once

#include "FeedArchive.h"
#include "MetricSeries.h"

#include <QObject>

namespace sonde {

class AlertMonitor;
class MetricStore;
class TargetList;
class TargetMonitor;
class TimelineEventStore;

// How much a pipeline's stores keep: the live defaults, or what a recording needs.
struct PipelineCapacity
{
    MetricSeries::Limits series;
    int events = 5000;
};

// The application's one monitoring pipeline: targets → samplers (TargetMonitor) → snapshots
// → MetricStore → AlertMonitor, with every event on the TimelineEventStore. The main window
// (or sonde-cli) owns it and hands it to the pages, which only read from it or ask it for
// readings. GUI thread (or the CLI's main thread) only.
//
// Its source is either the samplers of the targets (live) or a recording: then nothing is
// sampled (the TargetMonitor follows no target) and no alert is evaluated (the recording
// kept the alerts raised when it was made); RecordingReplay fills the store and the
// timeline, and the pages read them as they read live data.
class MonitoringPipeline : public QObject
{
    Q_OBJECT
public:
    enum class Source
    {
        Samplers,
        Recording
    };

    explicit MonitoringPipeline(TargetList *targets, QObject *parent = nullptr,
                                Source source = Source::Samplers,
                                const PipelineCapacity &capacity = PipelineCapacity());
    ~MonitoringPipeline() override;

    TargetList *targets() const { return m_targets; }
    MetricStore *store() const { return m_store; }
    TimelineEventStore *timeline() const { return m_timeline; }
    AlertMonitor *alerts() const { return m_alerts; }
    TargetMonitor *monitor() const { return m_monitor; }
    Source source() const { return m_source; }
    bool isRecording() const { return m_source == Source::Recording; }

    // A Recording pipeline's feed readings (statements, sessions, slow logs): its pages read
    // them instead of subscribing to the monitor. Empty for live data.
    FeedArchive *archive() { return &m_archive; }
    const FeedArchive *archive() const { return &m_archive; }
    // The range of a recording the pages look at (the dashboard's window): Slow queries ranks
    // the statements of [from, to], Sessions shows them as they were at `to`.
    void showRange(qint64 fromMs, qint64 toMs);
    qint64 shownFromMs() const { return m_shownFromMs; }
    qint64 shownToMs() const { return m_shownToMs; }

signals:
    void shownRangeChanged();

private:
    Source m_source;
    TargetList *m_targets;
    MetricStore *m_store;
    TimelineEventStore *m_timeline;
    AlertMonitor *m_alerts;
    TargetMonitor *m_monitor;
    FeedArchive m_archive;
    qint64 m_shownFromMs = 0;
    qint64 m_shownToMs = 0;
};

} // namespace sonde
