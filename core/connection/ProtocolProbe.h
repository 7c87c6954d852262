#pragma once

#include <QString>

namespace sonde {

// What speaks on a TCP port, found by a harmless greeting: PostgreSQL (and PgBouncer)
// answer an SSLRequest with one byte 'S' or 'N'; Redis answers an inline PING with '+' or
// '-'; an HTTP server answers "HTTP/". Used to tell the user "this port speaks Redis, not
// PostgreSQL" instead of a bare timeout.
enum class ServerProtocol
{
    Unreachable,
    PostgreSQL,
    Redis,
    Http,
    Unknown
};

ServerProtocol probeServerProtocol(const QString &host, int port, int timeoutMs = 1500);
QString protocolName(ServerProtocol protocol);

} // namespace sonde
