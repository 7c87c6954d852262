#include "SessionSnapshot.h"

namespace sonde {

const SessionInfo *SessionSnapshot::byPid(int pid) const
{
    for (const SessionInfo &s : sessions) {
        if (s.pid == pid)
            return &s;
    }
    return nullptr;
}

QList<int> SessionSnapshot::blockedBy(int pid) const
{
    QList<int> out;
    for (const SessionInfo &s : sessions) {
        if (s.blockedBy.contains(pid))
            out.append(s.pid);
    }
    return out;
}

} // namespace sonde
