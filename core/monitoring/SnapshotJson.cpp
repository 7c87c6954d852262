#include "SnapshotJson.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sonde {

QJsonObject snapshotToJson(const Snapshot &s)
{
    QJsonObject metrics;
    QStringList names = s.values.keys();
    std::sort(names.begin(), names.end());
    for (const QString &name : names)
        metrics.insert(name, s.values.value(name));
    QJsonArray events;
    for (const TimelineEvent &e : s.events)
        events.append(QJsonObject{{u"time"_s, e.at.toString(Qt::ISODateWithMs)},
                                  {u"kind"_s, timelineKindName(e.kind)},
                                  {u"text"_s, e.text}});
    QJsonObject o{{u"time"_s, s.at.toString(Qt::ISODateWithMs)},
                  {u"target"_s, s.targetName},
                  {u"kind"_s, targetKindKey(s.kind)},
                  {u"interval_s"_s, s.intervalSeconds},
                  {u"continuity"_s, continuityName(s.continuity)},
                  {u"metrics"_s, metrics}};
    if (!events.isEmpty())
        o.insert(u"events"_s, events);
    if (!s.notes.isEmpty())
        o.insert(u"notes"_s, QJsonArray::fromStringList(s.notes));
    const QJsonObject d = s.detail ? s.detail->toJson() : QJsonObject();
    if (!d.isEmpty())
        o.insert(u"detail"_s, d);
    return o;
}

} // namespace sonde
