#pragma once

#include "connection/RedisReply.h"

#include <QByteArrayList>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace sonde {

// One entry of the Redis slow log (SLOWLOG GET).
struct RedisSlowLogEntry
{
    qint64 id = -1;
    QDateTime at; // when the command ran (server clock, UTC)
    qint64 durationUs = 0;
    QByteArrayList arguments; // as Redis stored them (it shortens long ones itself)
    QString client;           // address:port (Redis 4.0+)
    QString clientName;       // CLIENT SETNAME (Redis 4.0+)

    // The command with its arguments on one line, each argument shortened to
    // `maxArgumentLength` characters, binary bytes escaped, arguments with spaces quoted:
    // SET "user:42:profile" "{\"name\":\"Ada\",…" (1 024 bytes)
    QString commandText(int maxArgumentLength = 48) const;
    // The command name in upper case ("GET", "HSET").
    QString commandName() const;
    // One line for a marker or a log: "GET user:42 took 12.3 ms (127.0.0.1:50412)".
    QString summary() const;

    // Entries of a SLOWLOG GET reply; malformed elements are skipped.
    static QList<RedisSlowLogEntry> fromReply(const RedisReply &reply);
};

} // namespace sonde

Q_DECLARE_METATYPE(sonde::RedisSlowLogEntry)
