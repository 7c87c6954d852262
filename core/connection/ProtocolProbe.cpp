#include "ProtocolProbe.h"

#include <QCoreApplication>

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>

namespace sonde {
namespace {

using Clock = std::chrono::steady_clock;

class Socket
{
public:
    ~Socket()
    {
        if (fd >= 0)
            ::close(fd);
    }
    int fd = -1;
};

int remainingMs(Clock::time_point deadline)
{
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    return left > 0 ? int(left) : 0;
}

// Connects with a deadline; returns false when nothing accepts the connection.
bool connectTo(const QString &host, int port, Clock::time_point deadline, Socket *sock)
{
    addrinfo hints = {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *res = nullptr;
    const QByteArray portText = QByteArray::number(port);
    if (::getaddrinfo(host.toUtf8().constData(), portText.constData(), &hints, &res) != 0)
        return false;
    bool ok = false;
    for (addrinfo *ai = res; ai && !ok; ai = ai->ai_next) {
        Socket s;
        s.fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK,
                        ai->ai_protocol);
        if (s.fd < 0)
            continue;
        int rc = ::connect(s.fd, ai->ai_addr, ai->ai_addrlen);
        if (rc != 0 && errno == EINPROGRESS) {
            pollfd p{s.fd, POLLOUT, 0};
            if (::poll(&p, 1, remainingMs(deadline)) == 1) {
                int err = 0;
                socklen_t len = sizeof err;
                ::getsockopt(s.fd, SOL_SOCKET, SO_ERROR, &err, &len);
                rc = err == 0 ? 0 : -1;
            }
        }
        if (rc == 0) {
            std::swap(sock->fd, s.fd);
            ok = true;
        }
    }
    ::freeaddrinfo(res);
    return ok;
}

// Sends `greeting` and reads what comes back before the deadline (may be empty).
QByteArray exchange(const QString &host, int port, const QByteArray &greeting,
                    Clock::time_point deadline, bool *reachable)
{
    Socket s;
    if (!connectTo(host, port, deadline, &s)) {
        *reachable = false;
        return {};
    }
    *reachable = true;
    if (::send(s.fd, greeting.constData(), size_t(greeting.size()), MSG_NOSIGNAL) < 0)
        return {};
    QByteArray reply;
    while (reply.size() < 16) {
        pollfd p{s.fd, POLLIN, 0};
        if (::poll(&p, 1, remainingMs(deadline)) != 1)
            break;
        char buf[64];
        const ssize_t n = ::recv(s.fd, buf, sizeof buf, 0);
        if (n <= 0)
            break;
        reply.append(buf, int(n));
        if (reply.size() >= 1 && (reply.at(0) == 'S' || reply.at(0) == 'N'))
            break;
        if (reply.contains('\n'))
            break;
    }
    return reply;
}

} // namespace

ServerProtocol probeServerProtocol(const QString &host, int port, int timeoutMs)
{
    bool reachable = false;
    // SSLRequest: length 8, code 80877103.
    static const char sslRequest[] = {0, 0, 0, 8, 0x04, char(0xd2), 0x16, 0x2f};
    const auto half = std::chrono::milliseconds(timeoutMs / 2);
    QByteArray reply = exchange(host, port, QByteArray(sslRequest, sizeof sslRequest),
                                Clock::now() + half, &reachable);
    if (!reachable)
        return ServerProtocol::Unreachable;
    if (reply.size() == 1 && (reply.at(0) == 'S' || reply.at(0) == 'N'))
        return ServerProtocol::PostgreSQL;
    if (reply.startsWith("HTTP/"))
        return ServerProtocol::Http;
    reply = exchange(host, port, QByteArrayLiteral("PING\r\n"), Clock::now() + half, &reachable);
    if (reply.startsWith('+') || reply.startsWith('-'))
        return ServerProtocol::Redis;
    if (reply.startsWith("HTTP/"))
        return ServerProtocol::Http;
    return ServerProtocol::Unknown;
}

QString protocolName(ServerProtocol protocol)
{
    switch (protocol) {
    case ServerProtocol::PostgreSQL:
        return QCoreApplication::translate("ProtocolProbe", "PostgreSQL (or PgBouncer)");
    case ServerProtocol::Redis:
        return QCoreApplication::translate("ProtocolProbe", "Redis");
    case ServerProtocol::Http:
        return QCoreApplication::translate("ProtocolProbe", "HTTP");
    case ServerProtocol::Unreachable:
        return QCoreApplication::translate("ProtocolProbe", "nothing (unreachable)");
    case ServerProtocol::Unknown:
        return QCoreApplication::translate("ProtocolProbe", "an unknown protocol");
    }
    return {};
}

} // namespace sonde
