#pragma once

#include "SessionSnapshot.h"

#include <QCoreApplication>

#include <pqxx/connection>

namespace sonde {

class PgSession;

// The SQL of the sessions view (one place): reading pg_stat_activity with the blocking
// pids, and cancelling or terminating a backend.
class SessionsAccess
{
    Q_DECLARE_TR_FUNCTIONS(SessionsAccess)
public:
    enum class Signal
    {
        Cancel,    // pg_cancel_backend: stops the running query, the session stays
        Terminate, // pg_terminate_backend: closes the session (its transaction rolls back)
    };

    // Blocking; errors come back in the snapshot. Sonde's own session is left out.
    static SessionSnapshot read(pqxx::connection &connection);

    // Sends the signal. Refused (ReadOnlyRefused) when the target is read-only. A missing
    // privilege comes back saying what to grant; a session that ended meanwhile says so.
    // Logged in category sonde.actions.sessions.
    static DbError signal(PgSession &session, int pid, Signal signal, bool targetReadOnly);
};

QString signalName(SessionsAccess::Signal signal);

} // namespace sonde
