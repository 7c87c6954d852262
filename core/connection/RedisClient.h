#pragma once

#include "RedisEndpoint.h"
#include "RedisReply.h"
#include "common/DbError.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QList>

#include <initializer_list>
#include <memory>
#include <mutex>

struct redisReader;

namespace sonde {

class RedisTransport;

// One Redis connection, owned by one thread, over plain TCP or TLS (rediss://): requests
// are formatted and replies parsed by hiredis (redisFormatCommandArgv, its reply reader)
// whatever carries the bytes. Every call has a deadline (connect and command timeouts).
// abort() may be called from any thread: it shuts the socket down so a blocked call returns
// at once. A TLS connection must be opened on the thread that uses it.
class RedisClient
{
public:
    RedisClient();
    ~RedisClient();
    RedisClient(const RedisClient &) = delete;
    RedisClient &operator=(const RedisClient &) = delete;

    // Connects (TLS: handshake with the profile's certificate settings), authenticates
    // (password or ACL user + password), selects the database and names the client (CLIENT
    // SETNAME) so Sonde's own connections can be told apart.
    DbError open(const RedisEndpoint &endpoint, int connectTimeoutMs = 5000,
                 int commandTimeoutMs = 5000, const QByteArray &clientName = "sonde");
    void close();
    bool isOpen() const;
    QString target() const { return m_endpoint.target(); }
    // Protocol, cipher and certificates of a TLS connection; empty for plain TCP.
    QString securityDescription() const;

    // A Redis error reply ("-ERR ...") is returned as a DbError of kind Sql with the reply
    // in *reply as well.
    DbError command(const QList<QByteArray> &args, RedisReply *reply);
    DbError command(std::initializer_list<QByteArray> args, RedisReply *reply)
    {
        return command(QList<QByteArray>(args), reply);
    }

    // Pipelining: queue commands, then read their replies in order.
    DbError append(const QList<QByteArray> &args);
    DbError readReply(RedisReply *reply);

    // The benchmark's pipelines: sends prebuilt RESP at once (before the command timeout).
    DbError send(const char *resp, qsizetype size);
    // Without waiting: reads what has arrived and takes up to `max` complete replies, counting
    // them without copying their values (error replies are kept for their text).
    struct Arrived
    {
        int replies = 0;
        QList<QByteArray> errors;
    };
    DbError takeArrived(int max, Arrived *arrived);
    // The socket to poll() for replies (-1 when closed).
    int socketDescriptor() const;

    void abort();

private:
    DbError flush();
    DbError ioError(const QString &detail, bool timedOut);
    DbError protocolError();
    DbError explainFirstFailure(DbError err) const;
    DbError fromReply(void *raw, RedisReply *reply);

    std::unique_ptr<RedisTransport> m_transport;
    redisReader *m_reader = nullptr;
    QByteArray m_out; // appended commands not sent yet
    int m_commandTimeoutMs = 5000;
    mutable std::mutex m_mutex; // m_transport against abort() from another thread
    RedisEndpoint m_endpoint;
};

} // namespace sonde
