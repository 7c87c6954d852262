#pragma once

#include <QCoreApplication>
#include <QString>

namespace sonde {

// How the advisor got a plan for a statement, in the order it tries them.
enum class PlanRoute
{
    AsIs,            // the text pg_stat_statements holds (or the user typed), as it is
    Folded,          // its constant sub-expressions folded into typed parameters
    UserExample,     // an example with real values the user gave for it
    SampleActivity,  // a literal text of it seen in pg_stat_activity
    SampleQualstats, // the values pg_qualstats saw for its conditions put in
    None             // no plan: the statement got no advice
};

struct PlanRoutes
{
    Q_DECLARE_TR_FUNCTIONS(PlanRoutes)
public:
    // "as_is", "folded", "user_example", "sample_activity", "sample_qualstats", "none".
    static QString name(PlanRoute route);
    // For people: "as it is", "constants folded", …
    static QString text(PlanRoute route);
};

} // namespace sonde
