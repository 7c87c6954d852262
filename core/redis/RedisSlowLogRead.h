#pragma once

#include "RedisSlowLogEntry.h"
#include "common/DbError.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>

namespace sonde {

// The Redis source's feed of RedisSlowLogRead values (TargetMonitor::subscribe).
inline constexpr QLatin1String RedisSlowLogFeed("slowlog");

// One read of the slow log (SLOWLOG GET). Entries with an id above the last one seen are
// new; a server restart (ids start again) is noticed. The first read after connecting
// reports what the log already holds as entries, not as new ones. Commands of Sonde's own
// connections (client names starting with "sonde") are left out.
struct RedisSlowLogRead
{
    QDateTime takenAt;
    QList<RedisSlowLogEntry> entries;    // what SLOWLOG GET returned, newest first
    QList<RedisSlowLogEntry> newEntries; // not seen in an earlier read (oldest first)
    bool first = false;                  // the first read after (re)connecting
    qint64 thresholdUs = -1;             // slowlog-log-slower-than (-1: unknown)
    qint64 maxLength = -1;               // slowlog-max-len (-1: unknown)
    DbError error;
};

} // namespace sonde

Q_DECLARE_METATYPE(sonde::RedisSlowLogRead)
