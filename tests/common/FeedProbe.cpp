#include "FeedProbe.h"

#include "monitoring/TargetMonitor.h"
#include "sources/BuiltInSources.h"

namespace sonde::test {

FeedProbe::FeedProbe(const Target &target, const QString &feed, int intervalMs, bool withMetrics)
    : m_pipeline(&m_targets)
    , m_target(target)
    , m_feed(feed)
{
    registerBuiltInSources();
    TargetMonitor *monitor = m_pipeline.monitor();
    monitor->setPaused(!withMetrics);
    connect(monitor, &TargetMonitor::feedRead, this, [this](const FeedReading &r) {
        if (r.feed == m_feed && r.targetId == m_target.id)
            emit read(r);
    });
    m_targets.upsert(target);
    monitor->subscribe(this, target.id, feed, intervalMs);
}

FeedProbe::~FeedProbe()
{
    m_targets.clear();
}

void FeedProbe::request(const QString &reason)
{
    m_pipeline.monitor()->requestFeed(m_target.id, m_feed, reason);
}

} // namespace sonde::test
