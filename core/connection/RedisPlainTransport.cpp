#include "RedisPlainTransport.h"

#include <QCoreApplication>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// Translation context for the messages of this file (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RedisClient)
};

} // namespace

DbError RedisPlainTransport::open(const RedisEndpoint &endpoint, int timeoutMs)
{
    if (DbError err = connectTcp(endpoint, timeoutMs))
        return err;
    // hiredis only connects: reads and writes go to the socket directly, never blocking
    // longer than a deadline.
    const int fd = m_fd.load();
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    return {};
}

RedisPlainTransport::Wait RedisPlainTransport::waitFor(short events, QDeadlineTimer deadline)
{
    for (;;) {
        pollfd p{m_fd.load(), events, 0};
        const int rc = ::poll(&p, 1, int(std::max<qint64>(0, deadline.remainingTime())));
        if (rc > 0)
            return Wait::Ready;
        if (rc == 0) {
            m_error = Text::tr("No answer before the deadline.");
            return Wait::TimedOut;
        }
        if (errno != EINTR) {
            m_error = QString::fromLocal8Bit(std::strerror(errno));
            return Wait::Failed;
        }
    }
}

bool RedisPlainTransport::send(const char *data, qsizetype size, QDeadlineTimer deadline)
{
    if (m_fd.load() < 0)
        return false;
    qsizetype written = 0;
    while (written < size) {
        const ssize_t n = ::send(m_fd.load(), data + written, size_t(size - written), MSG_NOSIGNAL);
        if (n > 0) {
            written += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            if (waitFor(POLLOUT, deadline) != Wait::Ready)
                return false;
            continue;
        }
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    return true;
}

qsizetype RedisPlainTransport::receive(char *buffer, qsizetype capacity, QDeadlineTimer deadline)
{
    if (m_fd.load() < 0)
        return -1;
    for (;;) {
        const ssize_t n = ::read(m_fd.load(), buffer, size_t(capacity));
        if (n > 0)
            return n;
        if (n == 0) {
            m_error = Text::tr("Server closed the connection");
            return -1;
        }
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK) {
            m_error = QString::fromLocal8Bit(std::strerror(errno));
            return -1;
        }
        if (deadline.hasExpired())
            return 0;
        const Wait wait = waitFor(POLLIN, deadline);
        if (wait != Wait::Ready)
            return wait == Wait::TimedOut ? 0 : -1;
    }
}

} // namespace sonde
