#pragma once

#include "RedisEndpoint.h"
#include "RedisReply.h"
#include "common/DbError.h"

#include <QByteArray>
#include <QList>

#include <initializer_list>
#include <mutex>

struct redisContext;

namespace sonde {

// One blocking hiredis connection, owned by one thread. Every call has a deadline
// (connect and command timeouts). abort() may be called from any thread: it shuts the
// socket down so a blocked call returns at once.
class RedisClient
{
public:
    RedisClient();
    ~RedisClient();
    RedisClient(const RedisClient &) = delete;
    RedisClient &operator=(const RedisClient &) = delete;

    // Connects, authenticates (password or ACL user + password), selects the database and
    // names the client (CLIENT SETNAME) so Sonde's own connections can be told apart.
    DbError open(const RedisEndpoint &endpoint, int connectTimeoutMs = 5000,
                 int commandTimeoutMs = 5000, const QByteArray &clientName = "sonde");
    void close();
    bool isOpen() const;
    QString target() const { return m_endpoint.target(); }

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

    void abort();

private:
    DbError ioError();
    DbError explainFirstFailure(DbError err) const;
    DbError fromReply(void *raw, RedisReply *reply);

    redisContext *m_ctx = nullptr;
    mutable std::mutex m_mutex;
    RedisEndpoint m_endpoint;
};

} // namespace sonde
