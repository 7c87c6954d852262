#include "PlanRoute.h"

using namespace Qt::StringLiterals;

namespace sonde {

QString PlanRoutes::name(PlanRoute route)
{
    switch (route) {
    case PlanRoute::AsIs:
        return u"as_is"_s;
    case PlanRoute::Folded:
        return u"folded"_s;
    case PlanRoute::UserExample:
        return u"user_example"_s;
    case PlanRoute::SampleActivity:
        return u"sample_activity"_s;
    case PlanRoute::SampleQualstats:
        return u"sample_qualstats"_s;
    case PlanRoute::None:
        return u"none"_s;
    }
    return {};
}

QString PlanRoutes::text(PlanRoute route)
{
    switch (route) {
    case PlanRoute::AsIs:
        return tr("as it is");
    case PlanRoute::Folded:
        return tr("constants folded");
    case PlanRoute::UserExample:
        return tr("your example");
    case PlanRoute::SampleActivity:
        return tr("sample from pg_stat_activity");
    case PlanRoute::SampleQualstats:
        return tr("pg_qualstats values");
    case PlanRoute::None:
        return tr("not planned");
    }
    return {};
}

} // namespace sonde
