#pragma once

#include "monitoring/Snapshot.h"
#include "monitoring/TimelineEvent.h"

#include <QJsonObject>

namespace sonde {

// The JSON records a recording keeps of the pipeline's values (docs/RECORDINGS.md). Times are
// milliseconds since the epoch (UTC), enums stable keys, so a record reads back equal to
// what was written; a field a reader does not know is ignored.
namespace RecordingCodec {

// `texts` false: what may quote a statement or a command is left out (the source's detail
// and its summary, event details, the arguments in a slow-log event's text).
QJsonObject fromSnapshot(const Snapshot &snapshot, bool texts = true);
// A snapshot from its record; its detail is a RecordedDetail (summary and JSON as written).
// A continuity this version does not know reads as a reset (a gap, no rates across it).
Snapshot toSnapshot(const QJsonObject &record, bool *ok);

QJsonObject fromEvent(const TimelineEvent &event, bool texts = true);
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
