#pragma once

#include "advisor/AdvisorCoverage.h"

#include <QLabel>

namespace sonde {

// How much of the workload the advice covers, above the advisor's tabs: one quiet line when
// at least 99 % of the workload's time was planned; a banner that cannot be missed when not,
// with the statements that got no advice a click away.
class CoverageBanner : public QLabel
{
    Q_OBJECT
public:
    explicit CoverageBanner(QWidget *parent = nullptr);

    void setCoverage(const AdvisorCoverage &coverage);
    void clear();
    bool isIncomplete() const { return m_incomplete; }

signals:
    // The user asked to see the statements that were not planned.
    void showUnplannedRequested();

private:
    bool m_incomplete = false;
};

} // namespace sonde
