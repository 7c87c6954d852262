#pragma once

#include <QtGlobal>

#include <functional>

namespace sonde {

// Watches TCP connections for a request that gets no answer: once a connection has sent
// data and received nothing for longer than its limit, `abort` runs (on the watch thread;
// typically it shuts the socket down). It needs no cooperation from the code using the
// connection — the kernel records when data last went each way (TCP_INFO) — so it also
// covers code that holds a libpqxx connection directly. Checked about once a second;
// Unix-domain sockets are not watched (CallDeadline covers calls made through PgSession).
class StallWatch
{
public:
    using Id = quint64;
    // `socket`, `limitMs` and `talking` are read at each check (a socket < 0 or a limit <= 0
    // is not watched then). `talking`: the owner says a request may be in flight (see
    // waitingMs()).
    static Id add(std::function<int()> socket, std::function<int()> limitMs,
                  std::function<bool()> talking, std::function<void()> abort);
    // After it returns, `abort` of this entry is not running and never runs again.
    static void remove(Id id);

    // How long `fd` has been waiting for an answer (ms), or -1 when it is not waiting (its
    // last data received came after its last data sent) or is not a TCP socket. The kernel
    // keeps these times in clock ticks: a request sent in the same tick as the last answer
    // arrived (a client that asks again at once, as libpq does right after connecting)
    // looks like an answer received in the tick of its request. Only a `talking` owner
    // counts that case as waiting; an idle connection is never taken for a stalled one.
    static qint64 waitingMs(int fd, bool talking);
};

} // namespace sonde
