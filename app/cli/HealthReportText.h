#pragma once

#include "health/HealthReport.h"

#include <QCoreApplication>
#include <QStringList>

namespace sonde::cli {

// A health report for a terminal: one block per finding, worst first.
class HealthReportText
{
    Q_DECLARE_TR_FUNCTIONS(HealthReportText)
public:
    static QStringList lines(const HealthReport &report);
};

} // namespace sonde::cli
