#include "RedisClient.h"

#include "ProtocolProbe.h"

#include <QCoreApplication>

#include <hiredis/hiredis.h>
#include <sys/socket.h>

#include <cerrno>
#include <vector>

namespace sonde {
namespace {

// Translation context for the messages of this file (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RedisClient)
};

timeval toTimeval(int ms)
{
    timeval tv;
    tv.tv_sec = ms / 1000;
    tv.tv_usec = (ms % 1000) * 1000;
    return tv;
}

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
    const QString where = endpoint.target();
    if (endpoint.tls) {
        return DbError::make(
            DbError::Kind::Tls,
            Text::tr("%1 asks for TLS (rediss://), but this build's hiredis 0.14 has "
                     "no TLS support: use a plain redis:// URI through a TLS tunnel "
                     "such as stunnel.")
                .arg(where));
    }
    redisContext *ctx = redisConnectWithTimeout(endpoint.host.toUtf8().constData(), endpoint.port,
                                                toTimeval(connectTimeoutMs));
    if (!ctx)
        return DbError::make(DbError::Kind::Internal, Text::tr("Out of memory."));
    if (ctx->err) {
        const QString msg = QString::fromUtf8(ctx->errstr);
        redisFree(ctx);
        using K = DbError::Kind;
        if (msg.contains(QLatin1String("refused"), Qt::CaseInsensitive))
            return DbError::make(K::ConnectionRefused,
                                 Text::tr("Nothing accepts connections at %1: is Redis running and "
                                          "listening on this address and port?")
                                     .arg(where),
                                 msg);
        if (msg.contains(QLatin1String("timed out"), Qt::CaseInsensitive) ||
            msg.contains(QLatin1String("temporarily unavailable"), Qt::CaseInsensitive))
            return DbError::make(K::Timeout,
                                 Text::tr("%1 did not answer in time: check the address and any "
                                          "firewall.")
                                     .arg(where),
                                 msg);
        if (msg.contains(QLatin1String("Name or service"), Qt::CaseInsensitive) ||
            msg.contains(QLatin1String("resolve"), Qt::CaseInsensitive))
            return DbError::make(K::HostNotFound,
                                 Text::tr("The host name of %1 cannot be resolved.").arg(where),
                                 msg);
        return DbError::make(K::ConnectionRefused, Text::tr("Cannot connect to %1.").arg(where),
                             msg);
    }
    redisSetTimeout(ctx, toTimeval(commandTimeoutMs));
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_ctx = ctx;
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
    if (m_ctx)
        redisFree(m_ctx);
    m_ctx = nullptr;
}

bool RedisClient::isOpen() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_ctx && m_ctx->err == 0;
}

void RedisClient::abort()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_ctx && m_ctx->fd >= 0)
        ::shutdown(m_ctx->fd, SHUT_RDWR);
}

DbError RedisClient::ioError()
{
    const QString msg = m_ctx ? QString::fromUtf8(m_ctx->errstr) : QString();
    const int code = m_ctx ? m_ctx->err : REDIS_ERR_EOF;
    close();
    using K = DbError::Kind;
    const QString where = m_endpoint.target();
    if (code == REDIS_ERR_PROTOCOL) {
        if (msg.contains(QLatin1String("\"E\"")))
            return DbError::make(
                K::WrongProtocol,
                Text::tr("%1 speaks the PostgreSQL protocol, not Redis: is this the "
                         "right port?")
                    .arg(where),
                msg);
        if (msg.contains(QLatin1String("\"H\"")))
            return DbError::make(
                K::WrongProtocol,
                Text::tr("%1 speaks HTTP, not Redis: is this the right port?").arg(where), msg);
        return DbError::make(K::WrongProtocol,
                             Text::tr("%1 does not speak the Redis protocol.").arg(where), msg);
    }
    if (msg.contains(QLatin1String("temporarily unavailable"), Qt::CaseInsensitive) ||
        msg.contains(QLatin1String("timed out"), Qt::CaseInsensitive))
        return DbError::make(
            K::Timeout, Text::tr("%1 did not answer within the command timeout.").arg(where), msg);
    return DbError::make(
        K::ConnectionLost,
        Text::tr("The connection to %1 was lost (restart?): Sonde will reconnect.").arg(where),
        msg);
}

DbError RedisClient::explainFirstFailure(DbError err) const
{
    using K = DbError::Kind;
    if (err.kind != K::ConnectionLost && err.kind != K::WrongProtocol && err.kind != K::Timeout)
        return err;
    // Closed on us at the first command: find out what really listens there.
    const ServerProtocol protocol = probeServerProtocol(m_endpoint.host, m_endpoint.port);
    if (protocol == ServerProtocol::PostgreSQL || protocol == ServerProtocol::Http) {
        err.kind = K::WrongProtocol;
        err.message = Text::tr("%1 speaks %2, not Redis: is this the right port?")
                          .arg(m_endpoint.target(), protocolName(protocol));
    }
    return err;
}

DbError RedisClient::fromReply(void *raw, RedisReply *reply)
{
    auto *r = static_cast<redisReply *>(raw);
    if (!r)
        return ioError();
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
    if (!m_ctx)
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
    if (redisAppendCommandArgv(m_ctx, int(argv.size()), argv.data(), lens.data()) != REDIS_OK)
        return ioError();
    return {};
}

DbError RedisClient::readReply(RedisReply *reply)
{
    if (!m_ctx)
        return DbError::make(DbError::Kind::ConnectionLost,
                             Text::tr("Not connected to %1.").arg(m_endpoint.target()));
    void *raw = nullptr;
    if (redisGetReply(m_ctx, &raw) != REDIS_OK)
        return ioError();
    return fromReply(raw, reply);
}

} // namespace sonde
