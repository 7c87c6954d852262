#pragma once

#include "connection/Target.h"
#include "connection/TargetList.h"
#include "monitoring/FeedReading.h"
#include "monitoring/MonitoringPipeline.h"

#include <QObject>

namespace sonde::test {

// One target's feed through the application's monitoring pipeline: the target's source reads
// `feed` every intervalMs (0: only when request() asks), its metrics paused unless
// `withMetrics`. Every reading of that feed is emitted by read() (on the test's thread).
class FeedProbe : public QObject
{
    Q_OBJECT
public:
    FeedProbe(const Target &target, const QString &feed, int intervalMs, bool withMetrics = false);
    ~FeedProbe() override;

    void request(const QString &reason = QStringLiteral("refresh"));
    MonitoringPipeline *pipeline() { return &m_pipeline; }

signals:
    void read(const sonde::FeedReading &reading);

private:
    TargetList m_targets;
    MonitoringPipeline m_pipeline;
    Target m_target;
    QString m_feed;
};

} // namespace sonde::test
