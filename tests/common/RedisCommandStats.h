#pragma once

#include "connection/RedisClient.h"

#include <QMap>
#include <QString>

namespace sonde::test {

// Calls per command since the last CONFIG RESETSTAT, from INFO commandstats ("get" → 5000);
// empty when the server cannot be asked.
QMap<QString, qint64> redisCommandCalls(RedisClient &client);

} // namespace sonde::test
