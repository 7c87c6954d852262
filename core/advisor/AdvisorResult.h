#pragma once

#include "AdvisorCoverage.h"
#include "IndexAudit.h"
#include "IndexRecommendation.h"
#include "StatementAnalysis.h"
#include "Workload.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace sonde {

// A statement of the workload no recommended index helps, and why.
struct UnhelpedStatement
{
    enum class Reason
    {
        NotParseable,
        NotAQuery,      // a utility statement, or one on system catalogs only
        CouldNotPlan,   // EXPLAIN failed (the error says why)
        UnknownTable,   // a table the catalog does not hold (temporary, or dropped since)
        NothingToIndex, // no condition, join or sort an index could serve (or an INSERT)
        AlreadyIndexed, // an existing index serves it already
        TooCheap,       // the plan is already cheap
        LowSelectivity, // an index would not cut its cost (its conditions match too much)
        TooLittleTime   // an index would help it, but it is too small a part of the workload
    };
    int statement = -1;
    qint64 queryId = 0;
    QString sql;
    double share = 0;
    double cost = -1;
    Reason reason = Reason::NothingToIndex;
    QString explanation;
    PlanRoute route = PlanRoute::None; // how it was planned, when it was
    QString plannedSql;                // what was planned, when not the text as it is

    QJsonObject toJson() const;
};

QString unhelpedReasonName(UnhelpedStatement::Reason reason);

// Everything one run of the advisor found.
struct AdvisorResult
{
    QString database;
    Workload workload;
    QList<StatementAnalysis> analyses; // one per workload statement
    QList<IndexRecommendation> recommendations;
    QList<UnhelpedStatement> unhelped;
    QList<IndexFinding> audit;
    AdvisorCoverage coverage;
    int statementsAnalyzed = 0; // the workload's statements on this database's own tables
    int candidatesTried = 0;
    int explains = 0;
    qint64 elapsedMs = 0;
    QStringList notes;

    // {"recommendations": [{ddl, table, statements, cost_before, cost_after, size_bytes …}],
    //  "unhelped": […], "audit": […], …}; plans only when asked (they are large).
    QJsonObject toJson(bool withPlans = false) const;
};

} // namespace sonde

Q_DECLARE_METATYPE(sonde::AdvisorResult)
