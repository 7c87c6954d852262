#include "HealthReport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sonde {

int HealthReport::count(HealthSeverity severity) const
{
    int n = 0;
    for (const HealthFinding &f : findings)
        n += f.severity == severity ? 1 : 0;
    return n;
}

QJsonObject HealthReport::toJson() const
{
    QJsonArray list;
    for (const HealthFinding &f : findings)
        list.append(f.toJson());
    QJsonObject o{{u"target"_s, target},
                  {u"kind"_s, targetKindKey(kind)},
                  {u"at"_s, at.toString(Qt::ISODateWithMs)},
                  {u"findings"_s, list},
                  {u"machine"_s, machine.toJson()}};
    if (error)
        o[u"error"_s] = error.toString();
    if (!notes.isEmpty())
        o[u"notes"_s] = QJsonArray::fromStringList(notes);
    if (!errors.isEmpty()) {
        QJsonArray e;
        for (const HealthCheckError &c : errors)
            e.append(QJsonObject{{u"checks"_s, c.family}, {u"error"_s, c.error.toString()}});
        o[u"errors"_s] = e;
    }
    QJsonObject t;
    for (const HealthFamilyTiming &f : timings)
        t[f.family] = f.milliseconds;
    o[u"timings_ms"_s] = t;
    return o;
}

} // namespace sonde
