#pragma once

#include <QString>

namespace sonde {

// Where a Redis server is and how to log in: redis://[user[:password]@]host[:port][/db]
// or rediss:// for TLS (which this build's hiredis 0.14 cannot do; see RedisClient).
struct RedisEndpoint
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 6379;
    QString user;
    QString password;
    int database = 0;
    bool tls = false;

    static bool parse(const QString &uri, RedisEndpoint *out, QString *error);
    QString toUri(bool withPassword) const;
    // host:port/db, for messages; never contains the password.
    QString target() const;
};

} // namespace sonde
