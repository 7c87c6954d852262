#pragma once

#include "ConstantFolder.h"
#include "PlanRoute.h"
#include "WhatIfSession.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sonde {

class SchemaCatalog;
struct Workload;
struct WorkloadStatement;

// What the advisor plans for one statement, and how it got there.
struct PlannedStatement
{
    PlanRoute route = PlanRoute::None;
    QString sql;       // the text that planned (empty when none did)
    QStringList notes; // what was changed to get there
    PlanEstimate plan; // its plan (the baseline), or the error of the text as it is
};

// Finds a text of each statement PostgreSQL can plan as a generic plan: the statement as it
// is; then with its constant sub-expressions folded into typed parameters (ConstantFolder),
// each parameter the server still cannot type cast to text; then the user's example; then
// a literal text of it seen in pg_stat_activity; then the values pg_qualstats saw for its
// conditions put in. Runs on the what-if session's thread, before any hypothetical index.
class PlanRouteFinder
{
    Q_DECLARE_TR_FUNCTIONS(PlanRouteFinder)
public:
    PlanRouteFinder(WhatIfSession &session, const SchemaCatalog &catalog)
        : m_session(session)
        , m_folder(&catalog)
    {}

    PlannedStatement find(const WorkloadStatement &statement, const Workload &workload,
                          const QString &userExample = {});
    int explainCount() const { return m_explains; }

private:
    PlanEstimate explain(const QString &sql);
    // The folded text, with the parameters the server cannot type cast to text one by one;
    // true when that settled it (a plan, or a lost connection).
    bool tryFolded(const QString &sql, const PlanEstimate &asIs, PlannedStatement *out);

    WhatIfSession &m_session;
    ConstantFolder m_folder;
    int m_explains = 0;
};

} // namespace sonde
