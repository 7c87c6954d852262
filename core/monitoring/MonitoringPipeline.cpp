#include "MonitoringPipeline.h"

#include "AlertMonitor.h"
#include "MetricStore.h"
#include "TargetMonitor.h"
#include "TimelineEventStore.h"

namespace sonde {

MonitoringPipeline::MonitoringPipeline(TargetList *targets, QObject *parent)
    : QObject(parent)
    , m_targets(targets)
    , m_store(new MetricStore(this))
    , m_timeline(new TimelineEventStore(this))
    , m_alerts(new AlertMonitor(m_store, m_timeline, this))
    , m_monitor(new TargetMonitor(targets, m_store, m_timeline, this))
{}

MonitoringPipeline::~MonitoringPipeline()
{
    // Samplers stop (without waiting on the network) before the stores they feed go away.
    delete m_monitor;
    m_monitor = nullptr;
}

} // namespace sonde
