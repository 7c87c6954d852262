#pragma once

#include "RedisEndpoint.h"
#include "common/DbError.h"

class QSslSocket;

namespace sonde {

// What went wrong with TLS, in words a DBA can act on: the server's certificate is signed by
// an unknown CA, made out to another name, expired; the port speaks plain Redis; the server
// wants a client certificate. The socket's own text stays in the detail.

// A failed handshake (`timedOut`: the server never answered it).
DbError describeHandshakeFailure(const QSslSocket &socket, const RedisEndpoint &endpoint,
                                 bool timedOut);
// The first command after a handshake failed: with TLS 1.3 the server refuses a missing or
// unknown client certificate only then.
DbError explainFailureAfterHandshake(DbError err, const RedisEndpoint &endpoint);
// True when the port completes a TLS handshake (certificate not checked): a plain client
// that was hung up on is then told to use rediss://.
bool probeTls(const QString &host, int port, int timeoutMs = 1500);

} // namespace sonde
