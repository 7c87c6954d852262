#pragma once

#include "IndexDefinition.h"
#include "PlanRoute.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sonde {

// A statement an index makes cheaper, with the planner's proof.
struct HelpedStatement
{
    int statement = -1; // index in the workload
    qint64 queryId = 0;
    QString sql;
    QString explainSql;                // what was planned (constants pg_qualstats proved put back)
    PlanRoute route = PlanRoute::AsIs; // how explainSql was found
    qint64 calls = 0;
    double totalTimeMs = 0;
    double share = 0; // of the workload's time
    double costBefore = 0;
    double costAfter = 0;
    QString planBefore; // EXPLAIN (FORMAT JSON), generic plan
    QString planAfter;  // the same with the recommended indexes (hypothetical)

    double speedup() const { return costAfter > 0 ? costBefore / costAfter : 0; }
    QJsonObject toJson() const;
};

// What the index costs the table's writers.
struct WriteCost
{
    Q_DECLARE_TR_FUNCTIONS(WriteCost)
public:
    double insertsPerSecond = 0;
    double updatesPerSecond = 0;
    double deletesPerSecond = 0;
    double hotShare = -1; // share of updates that are HOT today; -1 when there are none
    int existingIndexes = 0;
    // Columns of the index that the workload's UPDATEs change: those updates can no
    // longer be HOT (heap-only) once the index exists.
    QStringList hotBreakingColumns;
    QStringList hotBreakingStatements;
    double hotBreakingPerSecond = 0; // executions per second of those UPDATEs
    double statsSeconds = 0;         // how long the counters ran

    QString summary() const;
    QJsonObject toJson() const;
};

// One index Sonde recommends, proven with HypoPG.
struct IndexRecommendation
{
    IndexDefinition definition;
    QString name; // generated, safe: lower case, ≤ 63 bytes, unique in the schema
    QString ddl;  // CREATE INDEX CONCURRENTLY …
    QString revertDdl;
    QString reason; // what in the statements asked for it
    qint64 sizeBytes = 0;
    double savedMs = 0;    // estimated time saved over the workload's window
    double savedShare = 0; // … as a share of the workload's time
    QList<HelpedStatement> statements;
    WriteCost writeCost;
    bool partitioned = false;
    QStringList notes;

    double costBefore() const;
    double costAfter() const;
    QJsonObject toJson() const;
    // The helped statements with their cost and plan before, as the change log keeps them
    // to compare with the plans after the build: [{sql, explain_sql, cost_before, …}].
    QString statementsJson() const;
};

} // namespace sonde

Q_DECLARE_METATYPE(sonde::IndexRecommendation)
