#include "MonitoringPipeline.h"

#include "AlertMonitor.h"
#include "MetricStore.h"
#include "TargetMonitor.h"
#include "TimelineEventStore.h"
#include "connection/TargetList.h"

namespace sonde {

MonitoringPipeline::MonitoringPipeline(TargetList *targets, QObject *parent, Source source,
                                       const PipelineCapacity &capacity)
    : QObject(parent)
    , m_source(source)
    , m_targets(targets)
    , m_store(new MetricStore(this, capacity.series))
    , m_timeline(new TimelineEventStore(this, capacity.events))
    , m_alerts(new AlertMonitor(source == Source::Samplers ? m_store : nullptr, m_timeline, this))
    , m_monitor(new TargetMonitor(source == Source::Samplers ? targets : new TargetList(this),
                                  m_store, m_timeline, this))
{}

MonitoringPipeline::~MonitoringPipeline()
{
    // Samplers stop (without waiting on the network) before the stores they feed go away.
    delete m_monitor;
    m_monitor = nullptr;
}

void MonitoringPipeline::showRange(qint64 fromMs, qint64 toMs)
{
    if (fromMs == m_shownFromMs && toMs == m_shownToMs)
        return;
    m_shownFromMs = fromMs;
    m_shownToMs = toMs;
    emit shownRangeChanged();
}

} // namespace sonde
