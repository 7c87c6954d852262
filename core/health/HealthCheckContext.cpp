#include "HealthCheckContext.h"

namespace sonde {

HealthFinding &HealthCheckContext::add(const QString &check, HealthSeverity severity,
                                       const QString &object, const QString &message,
                                       const QString &why)
{
    HealthFinding f;
    f.check = check;
    f.severity = severity;
    f.target = target;
    f.object = object;
    f.message = message;
    f.why = why;
    findings << f;
    return findings.last();
}

} // namespace sonde
