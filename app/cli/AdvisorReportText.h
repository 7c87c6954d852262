#pragma once

#include "advisor/AdvisorResult.h"

#include <QCoreApplication>
#include <QString>

namespace sonde::cli {

// The advisor's result as text for a terminal: each recommendation with its DDL, the
// statements it helps (cost before → after, share of the workload), size and write cost;
// the statements no index helps and why; the review of existing indexes.
class AdvisorReportText
{
    Q_DECLARE_TR_FUNCTIONS(AdvisorReportText)
public:
    static QString format(const AdvisorResult &result);
};

} // namespace sonde::cli
