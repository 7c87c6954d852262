#pragma once

#include "plan/ShownPlan.h"
#include "redis/RedisSlowLogRead.h"
#include "sessions/SessionSnapshot.h"
#include "statements/StatementSnapshot.h"

#include <QJsonObject>

namespace sonde {

// The JSON records a recording keeps of the feeds' readings (docs/RECORDINGS.md). Only
// readings without an error are recorded. `texts` false leaves the statement texts, the
// sessions' queries and the slow log's command arguments out (a recording shared outside
// the team): the statement is then known by its query id, the command by its name.
namespace FeedCodec {

QJsonObject fromStatements(const StatementSnapshot &snapshot, bool texts);
StatementSnapshot toStatements(const QJsonObject &record);

QJsonObject fromSessions(const SessionSnapshot &snapshot, bool texts);
SessionSnapshot toSessions(const QJsonObject &record);

QJsonObject fromSlowLog(const RedisSlowLogRead &read, bool texts);
RedisSlowLogRead toSlowLog(const QJsonObject &record);
QJsonObject fromPlan(const ShownPlan &plan);
ShownPlan toPlan(const QJsonObject &record);

} // namespace FeedCodec
} // namespace sonde
