#pragma once

#include "HealthFinding.h"
#include "HealthThresholds.h"
#include "MachineFacts.h"
#include "common/DbError.h"
#include "connection/Target.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sonde {

// What to check and with what: the target, what Sonde knows of its machine, the lines each
// check draws, and the deadline of each query.
struct HealthRequest
{
    Target target;
    MachineFacts machine;
    HealthThresholds thresholds;
    int queryTimeoutMs = 10000;
};

// One family of checks that could not run (a missing privilege, a timeout): the others did.
struct HealthCheckError
{
    QString family;
    DbError error;
};

struct HealthFamilyTiming
{
    QString family;
    double milliseconds = 0;
};

// The outcome of one run of the checks on one target.
struct HealthReport
{
    QString targetId;
    QString target; // as shown (never with a password)
    TargetKind kind = TargetKind::PostgreSQL;
    QDateTime at;
    DbError error;                 // the target could not be reached: no check ran
    QList<HealthFinding> findings; // worst first
    QStringList notes;             // checks skipped and why ("RAM unknown: …")
    QList<HealthCheckError> errors;
    MachineFacts machine; // as the checks used it
    QList<HealthFamilyTiming> timings;

    int count(HealthSeverity severity) const;
    QJsonObject toJson() const;
};

} // namespace sonde

Q_DECLARE_METATYPE(sonde::HealthReport)
