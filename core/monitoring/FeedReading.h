#pragma once

#include "common/DbError.h"

#include <QMetaType>
#include <QString>
#include <QVariant>

namespace sonde {

// One reading of a feed: what a source reads besides its metrics, at the pace its consumers
// ask for or on demand, over the target's one monitoring connection. A source names its own
// feeds and their value types (next to the value type: StatementsFeed → StatementSnapshot,
// SessionsFeed → SessionSnapshot, RedisSlowLogFeed → RedisSlowLogRead); the pipeline only
// carries them.
struct FeedReading
{
    QString targetId;
    QString feed;
    QString reason; // "start", "timer", "refresh", "marker"…
    QVariant value; // the source's value type; null when `error` is set
    DbError error;

    bool isValid() const { return !error.isError() && value.isValid(); }
};

} // namespace sonde

Q_DECLARE_METATYPE(sonde::FeedReading)
