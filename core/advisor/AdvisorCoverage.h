#pragma once

#include "PlanRoute.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace sonde {

struct WorkloadStatement;

// A statement the advisor could not plan: it got no advice, whatever it costs.
struct UnplannedStatement
{
    qint64 queryId = 0;
    QString sql;
    double timeMs = 0;
    double share = 0; // of the time of the statements counted in the coverage
    QString reason;   // could_not_plan, not_parseable, unknown_table
    QString explanation;
};

// How much of the workload the advice covers: the share of the time (execution +
// planning) spent in statements the advisor could plan. Counted are the statements that
// read or write this database's tables and those that do not parse (they might); utility
// statements and queries on system catalogs only are not, an index has nothing to give
// them.
struct AdvisorCoverage
{
    Q_DECLARE_TR_FUNCTIONS(AdvisorCoverage)
public:
    // Below this share the advice says prominently that it is incomplete.
    static constexpr double Enough = 0.99;

    double plannedShare = 1;
    double plannedMs = 0;
    double countedMs = 0;
    int planned = 0;
    QMap<PlanRoute, int> routes;         // planned statements by route
    QList<UnplannedStatement> unplanned; // the most time first

    void addPlanned(const WorkloadStatement &statement);
    void addUnplanned(const WorkloadStatement &statement, const QString &reason,
                      const QString &explanation);
    // Computes the shares once every statement is in.
    void finish();

    bool isEnough() const { return plannedShare >= Enough; }
    int counted() const { return planned + int(unplanned.size()); }
    // "100 % of the workload's time: 12 statements as they are, 2 with constants folded".
    QString summary() const;
    // {"planned_share", "planned_statements", "counted_statements", "routes": {…},
    //  "unplanned": [{"queryid", "share", "reason", "explanation", "sql"}]}
    QJsonObject toJson() const;
};

} // namespace sonde
