#pragma once

#include "PlanRoute.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sonde {

// What pg_qualstats saw of one condition of a statement.
struct ObservedQual
{
    QString table; // schema.name
    QString column;
    QString op;
    qint64 executions = 0;
    double filteredShare = 0; // rows the condition removed / rows it saw
    QString constant;         // set when every sampled execution used the same value
    QString sample;           // one value it saw (SQL text), whether or not they all agree
    qint64 samples = 0;
};

// One statement of the workload Sonde advises on.
struct WorkloadStatement
{
    qint64 queryId = 0; // pg_stat_statements queryid; 0 for a statement the user typed
    QString sql;        // as pg_stat_statements shows it, or as typed
    // What Sonde explains: `sql` with the parameters pg_qualstats saw as one constant put
    // back (status = $1 → status = 'pending'::text), so a partial index can match.
    QString explainSql;
    qint64 calls = 0;
    double totalTimeMs = 0; // execution + planning, over the window
    qint64 rows = 0;
    QList<ObservedQual> quals;
    // Parameters whose value the statistics prove: a constant pg_qualstats always saw, a
    // LIMIT from the rows the statement returns per call. explainSql has them in place.
    QHash<int, QString> knownParameters;
    QStringList constantsRestored; // "$1 = 'pending'::text (pg_qualstats, 412 executions)"
    // How the advisor got its plan (explainSql is then the text it planned), and what it
    // changed in the text to get it.
    PlanRoute planRoute = PlanRoute::AsIs;
    QStringList planNotes;

    double meanTimeMs() const { return calls > 0 ? totalTimeMs / double(calls) : 0; }
};

// The statements to advise on, with their weight.
struct Workload
{
    enum class Source
    {
        Statistics, // pg_stat_statements, cumulative since its last reset
        Window,     // pg_stat_statements, the difference over a watched window
        Selected    // statements the user chose (equal weight when no timing is known)
    };
    Source source = Source::Statistics;
    QList<WorkloadStatement> statements;
    double windowSeconds = 0;
    double statsSeconds = 0; // how long the cumulative counters ran (Statistics)
    bool qualstatsUsed = false;
    // A literal text (real values, no $n) of statements seen running in pg_stat_activity,
    // by queryid: what the advisor plans when the normalized text cannot be planned.
    QHash<qint64, QString> activitySamples;
    QStringList notes; // what was missing or skipped, for the report

    double totalTimeMs() const;
    // Statements with equal weight (1 ms each) as the user selected them.
    static Workload fromStatements(const QStringList &sql);
};

} // namespace sonde

Q_DECLARE_METATYPE(sonde::Workload)
