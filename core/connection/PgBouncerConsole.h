#pragma once

#include "common/DbError.h"
#include "common/TextTable.h"

#include <QString>

#include <mutex>

typedef struct pg_conn PGconn;

namespace sonde {

// A connection to PgBouncer's admin console (database "pgbouncer"). libpqxx cannot be
// used here (it rejects the version PgBouncer reports) and the console only speaks the
// simple query protocol, so this is plain libpq with PQsendQuery and a poll() deadline.
class PgBouncerConsole
{
public:
    PgBouncerConsole();
    ~PgBouncerConsole();
    PgBouncerConsole(const PgBouncerConsole &) = delete;
    PgBouncerConsole &operator=(const PgBouncerConsole &) = delete;

    DbError open(const QString &conninfo, int connectTimeoutSeconds = 5);
    void close();
    bool isOpen() const;
    QString target() const { return m_target; }

    // Runs one console command (e.g. "SHOW POOLS") with a deadline.
    DbError query(const QString &command, TextTable *out, int timeoutMs = 5000);
    // Thread-safe cancel of the running command; never blocks the caller.
    bool cancel();
    // Thread-safe: shuts the socket down, so a blocked command returns at once.
    void abort();

private:
    PGconn *m_conn = nullptr;
    mutable std::mutex m_mutex;
    QString m_target;
};

} // namespace sonde
