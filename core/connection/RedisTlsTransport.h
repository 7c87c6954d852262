#pragma once

#include "RedisTransport.h"

#include <memory>

class QSslConfiguration;
class QSslSocket;

namespace sonde {

// TLS through Qt's QSslSocket, used with its blocking waitFor…() calls on the thread that
// opened it (a thread without an event loop is fine: the socket then creates no notifiers).
// The server's certificate is checked against the system's CAs or the profile's CA file,
// and its names against the host or the server name (SNI); a client certificate and key
// are sent when the profile has them (mutual TLS).
class RedisTlsTransport final : public RedisTransport
{
public:
    RedisTlsTransport();
    ~RedisTlsTransport() override;
    RedisTlsTransport(const RedisTlsTransport &) = delete;
    RedisTlsTransport &operator=(const RedisTlsTransport &) = delete;

    DbError open(const RedisEndpoint &endpoint, int timeoutMs) override;
    bool send(const char *data, qsizetype size, QDeadlineTimer deadline) override;
    qsizetype receive(char *buffer, qsizetype capacity, QDeadlineTimer deadline) override;
    QString errorText() const override;
    QString securityDescription() const override;

    // The TLS settings of a profile as Qt's configuration; an unreadable CA file, certificate
    // or key (or a wrong passphrase) is a Configuration error naming the file.
    static DbError configure(const RedisEndpoint &endpoint, QSslConfiguration *config);

private:
    std::unique_ptr<QSslSocket> m_socket;
    QString m_error;
    QString m_tlsError; // the first TLS error of the connection
};

} // namespace sonde
