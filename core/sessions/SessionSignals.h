#pragma once

#include "SessionsAccess.h"
#include "common/DbError.h"
#include "connection/Target.h"

namespace sonde {

// The use case "cancel the query of a session" / "terminate a session", shared by the
// Sessions view and the CLI: opens a short-lived connection of its own (application_name
// sonde-sessions; the monitoring connection stays read-only) and sends the signal.
// Blocking: run it on a job thread. Refused on a read-only target.
class SessionSignals
{
public:
    static DbError send(const Target &target, int pid, SessionsAccess::Signal signal);
};

} // namespace sonde
