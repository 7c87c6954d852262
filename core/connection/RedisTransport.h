#pragma once

#include "RedisEndpoint.h"
#include "common/DbError.h"

#include <QDeadlineTimer>
#include <QString>

#include <atomic>
#include <memory>

struct redisContext;

namespace sonde {

// The bytes of one Redis connection: plain TCP (hiredis' own socket) or TLS (QSslSocket over
// that same socket). RESP is formatted and parsed above it, once, for both (RedisClient). A
// transport belongs to the thread that opened it (a QSslSocket must stay on its thread);
// shutdown() alone may be called from any thread.
class RedisTransport
{
public:
    RedisTransport() = default;
    virtual ~RedisTransport();
    RedisTransport(const RedisTransport &) = delete;
    RedisTransport &operator=(const RedisTransport &) = delete;

    static std::unique_ptr<RedisTransport> create(const RedisEndpoint &endpoint);

    // Connects and, over TLS, completes the handshake, all before the timeout. The error
    // says what to do (refused, unknown host, unknown CA, expired certificate …).
    virtual DbError open(const RedisEndpoint &endpoint, int timeoutMs) = 0;
    // Sends every byte before the deadline; false when the connection failed or time ran out.
    virtual bool send(const char *data, qsizetype size, QDeadlineTimer deadline) = 0;
    // Reads what has arrived, waiting until the deadline for the first byte (an expired
    // deadline: only what is here now). Returns the byte count, 0 when nothing arrived in
    // time, -1 when the connection closed or failed.
    virtual qsizetype receive(char *buffer, qsizetype capacity, QDeadlineTimer deadline) = 0;
    // What the socket library said about the last failure.
    virtual QString errorText() const = 0;
    // "TLS 1.3, TLS_AES_256_GCM_SHA384; certificate …" for an encrypted connection.
    virtual QString securityDescription() const { return {}; }

    // For poll(): readable means receive() has something (a transport that buffers
    // decrypted bytes hands them all out in one receive()).
    int socketDescriptor() const { return m_fd.load(); }
    // Any thread: shuts the socket down so a blocked send/receive returns at once.
    void shutdown();

protected:
    // Connects TCP through hiredis (host lookup, connect timeout, TCP_NODELAY): refused,
    // timed out and unknown host each get their message. The socket stays open until the
    // transport is destroyed, so shutdown() never reaches a descriptor reused by another.
    DbError connectTcp(const RedisEndpoint &endpoint, int timeoutMs);

    std::atomic<int> m_fd{-1};

private:
    redisContext *m_ctx = nullptr;
};

} // namespace sonde
