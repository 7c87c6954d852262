#pragma once

#include "Recording.h"
#include "monitoring/MonitoringPipeline.h"

namespace sonde {

// Opening a recording is a source of the pipeline: its targets join the pipeline's target
// list and its snapshots, events and notes go into the pipeline's store and timeline,
// oldest first. The pages then show them as they show live data. The pipeline should be a
// Recording one (MonitoringPipeline::Source::Recording): then nothing is sampled and no
// alert raised again. GUI thread.
class RecordingReplay
{
public:
    // Stores that keep the whole recording: every reading at full resolution (up to a day
    // of one-second readings; beyond, one-minute buckets as for live data) and every event
    // and note.
    static PipelineCapacity capacityFor(const Recording &recording);
    static void load(const Recording &recording, MonitoringPipeline *pipeline);
    // A live pipeline's earlier hours (LocalHistory): the snapshots go before what the store
    // holds of their targets, the events and notes into the timeline; targets are not added.
    static void loadHistory(const Recording &recording, MonitoringPipeline *pipeline);
    // A note as a marker on the time axis.
    static TimelineEvent noteEvent(const RecordingNote &note, const QList<RecordedTarget> &targets);
    // One line for a banner: what was recorded, from when to when.
    static QString describe(const Recording &recording);
};

} // namespace sonde
