#include "RedisTransport.h"

#include "RedisPlainTransport.h"
#include "RedisTlsTransport.h"

#include <QCoreApplication>

#include <hiredis/hiredis.h>
#include <sys/socket.h>

namespace sonde {
namespace {

// Translation context for the messages of this file (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RedisClient)
};

} // namespace

std::unique_ptr<RedisTransport> RedisTransport::create(const RedisEndpoint &endpoint)
{
    if (endpoint.tls)
        return std::make_unique<RedisTlsTransport>();
    return std::make_unique<RedisPlainTransport>();
}

RedisTransport::~RedisTransport()
{
    m_fd.store(-1);
    if (m_ctx)
        redisFree(m_ctx);
}

void RedisTransport::shutdown()
{
    const int fd = m_fd.load();
    if (fd >= 0)
        ::shutdown(fd, SHUT_RDWR);
}

DbError RedisTransport::connectTcp(const RedisEndpoint &endpoint, int timeoutMs)
{
    const QString where = endpoint.target();
    timeval tv;
    tv.tv_sec = timeoutMs / 1000;
    tv.tv_usec = (timeoutMs % 1000) * 1000;
    redisContext *ctx =
        redisConnectWithTimeout(endpoint.host.toUtf8().constData(), endpoint.port, tv);
    if (!ctx)
        return DbError::make(DbError::Kind::Internal, Text::tr("Out of memory."));
    if (ctx->err) {
        const QString msg = QString::fromUtf8(ctx->errstr);
        redisFree(ctx);
        using K = DbError::Kind;
        const auto has = [&](const char *text) {
            return msg.contains(QLatin1String(text), Qt::CaseInsensitive);
        };
        if (has("refused"))
            return DbError::make(K::ConnectionRefused,
                                 Text::tr("Nothing accepts connections at %1: is Redis running and "
                                          "listening on this address and port?")
                                     .arg(where),
                                 msg);
        if (has("timed out") || has("temporarily unavailable"))
            return DbError::make(K::Timeout,
                                 Text::tr("%1 did not answer in time: check the address and any "
                                          "firewall.")
                                     .arg(where),
                                 msg);
        if (has("Name or service") || has("resolve"))
            return DbError::make(K::HostNotFound,
                                 Text::tr("The host name of %1 cannot be resolved.").arg(where),
                                 msg);
        return DbError::make(K::ConnectionRefused, Text::tr("Cannot connect to %1.").arg(where),
                             msg);
    }
    m_ctx = ctx;
    m_fd.store(ctx->fd);
    return {};
}

} // namespace sonde
