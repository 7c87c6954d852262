#pragma once

#include "connection/RedisEndpoint.h"

#include <QString>

namespace sonde::test {

// The sandbox of a test process whose Redis speaks TLS only (a certificate from the
// sandbox's throw-away CA; a client certificate is optional until a test asks for one).
bool ensureTlsSandbox(QString *error);
// That Redis as an endpoint: rediss://, the CA file, the password.
RedisEndpoint tlsRedisEndpoint();

} // namespace sonde::test
