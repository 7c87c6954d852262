#pragma once

#include "monitoring/Snapshot.h"
#include "monitoring/TimelineEvent.h"

#include <QJsonObject>

namespace sonde {

// The JSON records a recording keeps of the pipeline's values (docs/RECORDINGS.md). Times are
// milliseconds since the epoch (UTC), enums stable keys, so a record reads back equal to
// what was written; a field a reader does not know is ignored.
namespace RecordingCodec {

QJsonObject fromSnapshot(const Snapshot &snapshot);
// A snapshot from its record; its detail is a RecordedDetail (summary and JSON as written).
Snapshot toSnapshot(const QJsonObject &record, bool *ok);

QJsonObject fromEvent(const TimelineEvent &event);
TimelineEvent toEvent(const QJsonObject &record);

// Stable keys of the enums ("continuous", "threshold_crossed", "warning").
QString continuityKey(Snapshot::Continuity continuity);
Snapshot::Continuity continuityFromKey(const QString &key, bool *ok);
QString eventKindKey(TimelineEvent::Kind kind);
TimelineEvent::Kind eventKindFromKey(const QString &key);
QString severityKey(TimelineEvent::Severity severity);
TimelineEvent::Severity severityFromKey(const QString &key);

qint64 toMs(const QDateTime &at);
QDateTime fromMs(const QJsonValue &ms);

} // namespace RecordingCodec
} // namespace sonde
