#include "RedisClient.h"

#include "ProtocolProbe.h"
#include "RedisTlsDiagnosis.h"
#include "RedisTransport.h"

#include <QCoreApplication>

#include <hiredis/hiredis.h>

#include <vector>

namespace sonde {
namespace {

// Translation context for the messages of this file (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RedisClient)
};

constexpr qsizetype ReadChunk = 16384;

RedisReply convert(const redisReply *r)
{
    RedisReply out;
    if (!r)
        return out;
    switch (r->type) {
    case REDIS_REPLY_STATUS:
        out.type = RedisReply::Type::Status;
        out.text = QByteArray(r->str, int(r->len));
        break;
    case REDIS_REPLY_ERROR:
        out.type = RedisReply::Type::Error;
        out.text = QByteArray(r->str, int(r->len));
        break;
    case REDIS_REPLY_INTEGER:
        out.type = RedisReply::Type::Integer;
        out.integer = r->integer;
        break;
    case REDIS_REPLY_STRING:
        out.type = RedisReply::Type::String;
        out.text = QByteArray(r->str, int(r->len));
        break;
    case REDIS_REPLY_ARRAY:
        out.type = RedisReply::Type::Array;
        out.elements.reserve(qsizetype(r->elements));
        for (size_t i = 0; i < r->elements; ++i)
            out.elements.append(convert(r->element[i]));
        break;
    default:
        out.type = RedisReply::Type::Nil;
        break;
    }
    return out;
}

} // namespace

RedisClient::RedisClient() = default;

RedisClient::~RedisClient()
{
    close();
}

DbError RedisClient::open(const RedisEndpoint &endpoint, int connectTimeoutMs, int commandTimeoutMs,
                          const QByteArray &clientName)
{
    close();
    m_endpoint = endpoint;
    m_commandTimeoutMs = commandTimeoutMs;
    const QString where = endpoint.target();
    std::unique_ptr<RedisTransport> transport = RedisTransport::create(endpoint);
    if (DbError err = transport->open(endpoint, connectTimeoutMs))
        return err;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_transport = std::move(transport);
        m_reader = redisReaderCreate();
    }

    RedisReply reply;
    if (!endpoint.password.isEmpty()) {
        if (DbError err = command(endpoint.authCommand(), &reply)) {
            close();
            // WRONGPASS arrives already typed as an authentication failure: say it plainly.
            if (err.kind == DbError::Kind::Sql || err.kind == DbError::Kind::AuthenticationFailed) {
                err.kind = DbError::Kind::AuthenticationFailed;
                err.message = Text::tr("%1 refused the user name or password.").arg(where);
                return err;
            }
            return explainFirstFailure(err);
        }
    }
    if (DbError err = command({QByteArray("PING")}, &reply)) {
        close();
        if (reply.text.startsWith("NOAUTH")) {
            err.kind = DbError::Kind::AuthenticationFailed;
            err.message = Text::tr("%1 requires a password: add it to the profile.").arg(where);
            return err;
        }
        return explainFirstFailure(err);
    }
    if (endpoint.database != 0) {
        if (DbError err = command({"SELECT", QByteArray::number(endpoint.database)}, &reply)) {
            close();
            err.kind = DbError::Kind::Configuration;
            err.message = Text::tr("%1 has no database %2.").arg(where).arg(endpoint.database);
            return err;
        }
    }
    if (!clientName.isEmpty())
        command({"CLIENT", "SETNAME", clientName}, &reply); // optional: may be renamed/ACL'd
    return {};
}

void RedisClient::close()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_transport.reset();
    if (m_reader)
        redisReaderFree(m_reader);
    m_reader = nullptr;
    m_out.clear();
}

bool RedisClient::isOpen() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_transport != nullptr;
}

QString RedisClient::securityDescription() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_transport ? m_transport->securityDescription() : QString();
}

int RedisClient::socketDescriptor() const
{
    return m_transport ? m_transport->socketDescriptor() : -1;
}

void RedisClient::abort()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_transport)
        m_transport->shutdown();
}

DbError RedisClient::ioError(const QString &detail, bool timedOut)
{
    close();
    const QString where = m_endpoint.target();
    if (timedOut)
        return DbError::make(DbError::Kind::Timeout,
                             Text::tr("%1 did not answer within the command timeout.").arg(where),
                             detail);
    return DbError::make(
        DbError::Kind::ConnectionLost,
        Text::tr("The connection to %1 was lost (restart?): Sonde will reconnect.").arg(where),
        detail);
}

DbError RedisClient::protocolError()
{
    const QString msg = QString::fromUtf8(m_reader->errstr);
    close();
    using K = DbError::Kind;
    const QString where = m_endpoint.target();
    if (msg.contains(QLatin1String("\"E\"")))
        return DbError::make(
            K::WrongProtocol,
            Text::tr("%1 speaks the PostgreSQL protocol, not Redis: is this the right port?")
                .arg(where),
            msg);
    if (msg.contains(QLatin1String("\"H\"")))
        return DbError::make(
            K::WrongProtocol,
            Text::tr("%1 speaks HTTP, not Redis: is this the right port?").arg(where), msg);
    return DbError::make(K::WrongProtocol,
                         Text::tr("%1 does not speak the Redis protocol.").arg(where), msg);
}

DbError RedisClient::explainFirstFailure(DbError err) const
{
    using K = DbError::Kind;
    if (err.kind != K::ConnectionLost && err.kind != K::WrongProtocol && err.kind != K::Timeout)
        return err;
    if (m_endpoint.tls)
        return explainFailureAfterHandshake(err, m_endpoint);
    // Closed on us at the first command: find out what really listens there.
    const ServerProtocol protocol = probeServerProtocol(m_endpoint.host, m_endpoint.port);
    if (protocol == ServerProtocol::PostgreSQL || protocol == ServerProtocol::Http) {
        err.kind = K::WrongProtocol;
        err.message = Text::tr("%1 speaks %2, not Redis: is this the right port?")
                          .arg(m_endpoint.target(), protocolName(protocol));
    } else if (protocol == ServerProtocol::Unknown && probeTls(m_endpoint.host, m_endpoint.port)) {
        err.kind = K::Tls;
        err.message = Text::tr("%1 expects TLS: use a rediss:// URI (turn TLS on in the profile).")
                          .arg(m_endpoint.target());
    }
    return err;
}

DbError RedisClient::fromReply(void *raw, RedisReply *reply)
{
    auto *r = static_cast<redisReply *>(raw);
    *reply = convert(r);
    freeReplyObject(r);
    if (reply->isError()) {
        DbError err = DbError::make(DbError::Kind::Sql, reply->toString(), reply->toString());
        if (reply->text.startsWith("NOPERM"))
            err.kind = DbError::Kind::MissingPrivilege;
        else if (reply->text.startsWith("NOAUTH") || reply->text.startsWith("WRONGPASS"))
            err.kind = DbError::Kind::AuthenticationFailed;
        return err;
    }
    return {};
}

DbError RedisClient::command(const QList<QByteArray> &args, RedisReply *reply)
{
    if (DbError err = append(args))
        return err;
    return readReply(reply);
}

DbError RedisClient::append(const QList<QByteArray> &args)
{
    if (!m_transport)
        return DbError::make(DbError::Kind::ConnectionLost,
                             Text::tr("Not connected to %1.").arg(m_endpoint.target()));
    std::vector<const char *> argv;
    std::vector<size_t> lens;
    argv.reserve(size_t(args.size()));
    lens.reserve(size_t(args.size()));
    for (const QByteArray &a : args) {
        argv.push_back(a.constData());
        lens.push_back(size_t(a.size()));
    }
    char *formatted = nullptr;
    const int size = redisFormatCommandArgv(&formatted, int(argv.size()), argv.data(), lens.data());
    if (size < 0)
        return DbError::make(DbError::Kind::Internal, Text::tr("Out of memory."));
    m_out.append(formatted, size);
    redisFreeCommand(formatted);
    return {};
}

DbError RedisClient::flush()
{
    if (m_out.isEmpty())
        return {};
    if (!m_transport->send(m_out.constData(), m_out.size(), QDeadlineTimer(m_commandTimeoutMs)))
        return ioError(m_transport->errorText(), false);
    m_out.clear();
    return {};
}

DbError RedisClient::send(const char *resp, qsizetype size)
{
    if (!m_transport)
        return DbError::make(DbError::Kind::ConnectionLost,
                             Text::tr("Not connected to %1.").arg(m_endpoint.target()));
    if (!m_transport->send(resp, size, QDeadlineTimer(m_commandTimeoutMs)))
        return ioError(m_transport->errorText(), false);
    return {};
}

DbError RedisClient::readReply(RedisReply *reply)
{
    if (!m_transport)
        return DbError::make(DbError::Kind::ConnectionLost,
                             Text::tr("Not connected to %1.").arg(m_endpoint.target()));
    if (DbError err = flush())
        return err;
    const QDeadlineTimer deadline(m_commandTimeoutMs);
    for (;;) {
        void *raw = nullptr;
        if (redisReaderGetReply(m_reader, &raw) != REDIS_OK)
            return protocolError();
        if (raw)
            return fromReply(raw, reply);
        char buf[ReadChunk];
        const qsizetype n = m_transport->receive(buf, ReadChunk, deadline);
        if (n <= 0)
            return ioError(m_transport->errorText(), n == 0);
        redisReaderFeed(m_reader, buf, size_t(n));
    }
}

DbError RedisClient::takeArrived(int max, Arrived *arrived)
{
    if (!m_transport)
        return DbError::make(DbError::Kind::ConnectionLost,
                             Text::tr("Not connected to %1.").arg(m_endpoint.target()));
    bool more = true;
    for (;;) {
        while (arrived->replies < max) {
            void *raw = nullptr;
            if (redisReaderGetReply(m_reader, &raw) != REDIS_OK)
                return protocolError();
            if (!raw)
                break;
            const auto *r = static_cast<const redisReply *>(raw);
            if (r->type == REDIS_REPLY_ERROR)
                arrived->errors << QByteArray(r->str, int(r->len));
            ++arrived->replies;
            freeReplyObject(raw);
        }
        if (arrived->replies >= max || !more)
            return {};
        char buf[ReadChunk];
        const qsizetype n = m_transport->receive(buf, ReadChunk, QDeadlineTimer(0));
        if (n < 0)
            return ioError(m_transport->errorText(), false);
        if (n == 0)
            return {};
        redisReaderFeed(m_reader, buf, size_t(n));
        // A partly filled chunk drained the socket: poll() says when more arrives.
        more = n == ReadChunk;
    }
}

} // namespace sonde
