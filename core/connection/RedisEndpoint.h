#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QUrlQuery;

namespace sonde {

// How a rediss:// connection checks the server and proves who the client is. In a URI these
// are query parameters named like redis-cli's options: cacert, cert, key, sni, and
// verify=none to skip the check of the server's certificate.
struct RedisTlsOptions
{
    // PEM file of the CA(s) that signed the server's certificate; empty: the CAs this
    // computer trusts (the system store).
    QString caFile;
    // Client certificate and its private key (PEM) for servers that ask for one (mutual TLS).
    QString certFile;
    QString keyFile;
    // The name sent as SNI and looked for in the server's certificate; empty: the host.
    QString serverName;
    // False skips every check of the server's certificate (anyone in the path can read and
    // change the traffic): never the default.
    bool verifyPeer = true;

    bool operator==(const RedisTlsOptions &o) const;
    bool operator!=(const RedisTlsOptions &o) const { return !(*this == o); }
    bool isDefault() const { return *this == RedisTlsOptions(); }
    // Adds the non-default settings to a URI query.
    void addTo(QUrlQuery *query) const;
    // Reads the settings of a URI query; true when the query has any of them.
    bool readFrom(const QUrlQuery &query, QString *error);
};

// Where a Redis server is and how to log in: redis://[user[:password]@]host[:port][/db]
// or rediss://…[?cacert=FILE&cert=FILE&key=FILE&sni=NAME&verify=none] for TLS.
struct RedisEndpoint
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 6379;
    QString user;
    QString password;
    int database = 0;
    bool tls = false;
    RedisTlsOptions tlsOptions;
    // Passphrase of an encrypted client key (a secret, like the password: keychain or
    // memory only; "keypass" in a URI kept in memory).
    QString keyPassphrase;

    // The ACL user a password alone (AUTH <password>) logs in as.
    static constexpr QLatin1String DefaultUser{"default"};

    static bool parse(const QString &uri, RedisEndpoint *out, QString *error);
    // True when the text starts with redis:// or rediss:// (in any case, spaces around).
    static bool isRedisUri(const QString &text);
    // withSecrets: the password and the key passphrase too (keep such a URI in memory only);
    // redis://default:PW@… when no user is set, the form redis-cli -u and the other standard
    // clients accept.
    QString toUri(bool withSecrets) const;
    // host:port/db, for messages; never contains the password.
    QString target() const;
    // AUTH [user] password, or nothing without a password. The default user logs in with
    // AUTH <password>: the only form before Redis 6.
    QList<QByteArray> authCommand() const;
};

} // namespace sonde
