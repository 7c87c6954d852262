#pragma once

#include "common/DbError.h"

#include <exception>
#include <string>

namespace sonde {

// Turns what libpq/libpqxx report into a DbError whose message says what to do.
DbError pgConnectError(const std::string &libpqMessage, const QString &target);
DbError pgErrorFromException(const std::exception &e);
DbError pgErrorFromSqlState(const QString &sqlState, const QString &serverMessage);
// The target is PgBouncer's admin console (database "pgbouncer"), where PostgreSQL work was
// asked for.
DbError pgbouncerConsoleError(const QString &target, const QString &detail = {});

} // namespace sonde
