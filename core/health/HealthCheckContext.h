#pragma once

#include "HealthReport.h"

#include <QString>

#include <atomic>

namespace sonde {

// What every check family gets, whatever the server: the request (machine, thresholds),
// the target's name for the findings, the cancel flag, and where findings and notes go.
struct HealthCheckContext
{
    const HealthRequest *request = nullptr;
    QString target;
    const std::atomic<bool> *cancel = nullptr;
    QList<HealthFinding> findings;
    QStringList notes;

    const HealthThresholds &thresholds() const { return request->thresholds; }
    const MachineFacts &machine() const { return request->machine; }
    bool canceled() const { return cancel && cancel->load(); }
    // A finding of this target, to fill in (evidence, fix) by the caller.
    HealthFinding &add(const QString &check, HealthSeverity severity, const QString &object,
                       const QString &message, const QString &why);
};

} // namespace sonde
