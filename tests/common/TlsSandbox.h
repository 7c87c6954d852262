#pragma once

#include "connection/RedisEndpoint.h"

#include <QString>

namespace sonde::test {

// The sandbox of a test process whose Redis speaks TLS only (a certificate from the
// sandbox's throw-away CA; a client certificate is optional until a test asks for one).
bool ensureTlsSandbox(QString *error);
// That Redis as an endpoint: rediss://, the CA file, the password.
RedisEndpoint tlsRedisEndpoint();
// A copy of the sandbox's client key in `dir`, encrypted with `passphrase` (openssl pkey
// -aes256); empty with *error when openssl failed.
QString encryptedClientKey(const QString &dir, const QString &passphrase, QString *error);

} // namespace sonde::test
