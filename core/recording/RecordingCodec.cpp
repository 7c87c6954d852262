#include "RecordingCodec.h"

#include "Recording.h"

#include <QJsonArray>

#include <array>

using namespace Qt::StringLiterals;

namespace sonde::RecordingCodec {
namespace {

// Indexed by the enums' values: the keys never change once a format version shipped them.
const std::array<QLatin1String, 5> ContinuityKeys = {
    QLatin1String("continuous"), QLatin1String("first"), QLatin1String("reconnected"),
    QLatin1String("resumed"), QLatin1String("reset")};
const std::array<QLatin1String, 12> EventKindKeys = {QLatin1String("threshold_crossed"),
                                                     QLatin1String("threshold_recovered"),
                                                     QLatin1String("evictions"),
                                                     QLatin1String("latency_event"),
                                                     QLatin1String("slow_log_entry"),
                                                     QLatin1String("statistics_reset"),
                                                     QLatin1String("disconnected"),
                                                     QLatin1String("reconnected"),
                                                     QLatin1String("deadlock"),
                                                     QLatin1String("health_check"),
                                                     QLatin1String("note"),
                                                     QLatin1String("prometheus_alert")};
const std::array<QLatin1String, 3> SeverityKeys = {QLatin1String("info"), QLatin1String("warning"),
                                                   QLatin1String("critical")};

template<size_t N>
int indexOf(const std::array<QLatin1String, N> &keys, const QString &key)
{
    for (size_t i = 0; i < N; ++i) {
        if (keys[i] == key)
            return int(i);
    }
    return -1;
}

} // namespace

qint64 toMs(const QDateTime &at)
{
    return at.isValid() ? at.toMSecsSinceEpoch() : -1;
}

QDateTime fromMs(const QJsonValue &ms)
{
    const qint64 v = qint64(ms.toDouble(-1));
    return v < 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v, Qt::UTC);
}

QString continuityKey(Snapshot::Continuity continuity)
{
    return ContinuityKeys.at(size_t(continuity));
}

Snapshot::Continuity continuityFromKey(const QString &key, bool *ok)
{
    const int i = indexOf(ContinuityKeys, key);
    *ok = i >= 0;
    return i >= 0 ? Snapshot::Continuity(i) : Snapshot::Continuity::First;
}

QString eventKindKey(TimelineEvent::Kind kind)
{
    return EventKindKeys.at(size_t(kind));
}

TimelineEvent::Kind eventKindFromKey(const QString &key)
{
    const int i = indexOf(EventKindKeys, key);
    return i >= 0 ? TimelineEvent::Kind(i) : TimelineEvent::Kind::Note;
}

QString severityKey(TimelineEvent::Severity severity)
{
    return SeverityKeys.at(size_t(severity));
}

TimelineEvent::Severity severityFromKey(const QString &key)
{
    const int i = indexOf(SeverityKeys, key);
    return i >= 0 ? TimelineEvent::Severity(i) : TimelineEvent::Severity::Info;
}

QJsonObject fromEvent(const TimelineEvent &e, bool texts)
{
    // A slow-log event's text quotes the command's arguments.
    const bool quotes = e.kind == TimelineEvent::Kind::SlowLogEntry;
    QJsonObject o{{u"at"_s, toMs(e.at)},
                  {u"kind"_s, eventKindKey(e.kind)},
                  {u"severity"_s, severityKey(e.severity)},
                  {u"target"_s, e.targetId},
                  {u"target_name"_s, e.targetName},
                  {u"text"_s, texts || !quotes ? e.text : timelineKindName(e.kind)}};
    if (texts && !e.detail.isEmpty())
        o.insert(u"detail"_s, e.detail);
    if (!e.metric.isEmpty()) {
        o.insert(u"metric"_s, e.metric);
        o.insert(u"value"_s, e.value);
    }
    return o;
}

TimelineEvent toEvent(const QJsonObject &o)
{
    TimelineEvent e;
    e.at = fromMs(o.value(u"at"_s));
    e.kind = eventKindFromKey(o.value(u"kind"_s).toString());
    e.severity = severityFromKey(o.value(u"severity"_s).toString());
    e.targetId = o.value(u"target"_s).toString();
    e.targetName = o.value(u"target_name"_s).toString();
    e.text = o.value(u"text"_s).toString();
    e.detail = o.value(u"detail"_s).toString();
    e.metric = o.value(u"metric"_s).toString();
    e.value = o.value(u"value"_s).toDouble();
    return e;
}

QJsonObject fromSnapshot(const Snapshot &s, bool texts)
{
    QJsonObject values;
    for (auto it = s.values.cbegin(); it != s.values.cend(); ++it) {
        if (std::isfinite(it.value())) // JSON has no NaN: a value that is not one is absent
            values.insert(it.key(), it.value());
    }
    QJsonArray events;
    for (const TimelineEvent &e : s.events)
        events.append(fromEvent(e, texts));
    QJsonObject o{{u"target"_s, s.targetId},
                  {u"target_name"_s, s.targetName},
                  {u"kind"_s, targetKindKey(s.kind)},
                  {u"at"_s, toMs(s.at)},
                  {u"interval_s"_s, s.intervalSeconds},
                  {u"continuity"_s, continuityKey(s.continuity)},
                  {u"values"_s, values}};
    if (!events.isEmpty())
        o.insert(u"events"_s, events);
    if (!s.notes.isEmpty())
        o.insert(u"notes"_s, QJsonArray::fromStringList(s.notes));
    if (s.detail && texts) { // the top statements, the longest query…
        o.insert(u"summary"_s, s.detail->summary(s));
        o.insert(u"detail"_s, s.detail->toJson());
    }
    return o;
}

Snapshot toSnapshot(const QJsonObject &o, bool *ok)
{
    Snapshot s;
    s.targetId = o.value(u"target"_s).toString();
    s.targetName = o.value(u"target_name"_s).toString();
    s.kind = targetKindFromKey(o.value(u"kind"_s).toString());
    s.at = fromMs(o.value(u"at"_s));
    s.intervalSeconds = o.value(u"interval_s"_s).toDouble();
    bool known = false;
    s.continuity = continuityFromKey(o.value(u"continuity"_s).toString(), &known);
    if (!known)
        s.continuity = Snapshot::Continuity::Reset;
    const QJsonObject values = o.value(u"values"_s).toObject();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        s.values.insert(it.key(), it.value().toDouble());
    for (const QJsonValue &e : o.value(u"events"_s).toArray())
        s.events.append(toEvent(e.toObject()));
    for (const QJsonValue &n : o.value(u"notes"_s).toArray())
        s.notes.append(n.toString());
    if (o.contains(u"detail"_s))
        s.detail = std::make_shared<RecordedDetail>(o.value(u"summary"_s).toString(),
                                                    o.value(u"detail"_s).toObject());
    *ok = !s.targetId.isEmpty() && s.at.isValid();
    return s;
}

} // namespace sonde::RecordingCodec
