#include "SessionSignals.h"

#include "connection/PgSession.h"

using namespace Qt::StringLiterals;

namespace sonde {

DbError SessionSignals::send(const Target &target, int pid, SessionsAccess::Signal signal)
{
    PgSession session;
    PgSessionOptions options;
    options.applicationName = u"sonde-sessions"_s;
    if (DbError err = session.open(target.uri, options))
        return err;
    return SessionsAccess::signal(session, pid, signal, target.readOnly);
}

} // namespace sonde
