#pragma once

#include <QByteArray>
#include <QList>
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

    // The ACL user a password alone (AUTH <password>) logs in as.
    static constexpr QLatin1String DefaultUser{"default"};

    static bool parse(const QString &uri, RedisEndpoint *out, QString *error);
    // True when the text starts with redis:// or rediss:// (in any case, spaces around).
    static bool isRedisUri(const QString &text);
    // With the password: redis://default:PW@… when no user is set, the form redis-cli -u
    // and the other standard clients accept.
    QString toUri(bool withPassword) const;
    // host:port/db, for messages; never contains the password.
    QString target() const;
    // AUTH [user] password, or nothing without a password. The default user logs in with
    // AUTH <password>: the only form before Redis 6.
    QList<QByteArray> authCommand() const;
};

} // namespace sonde
