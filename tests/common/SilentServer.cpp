#include "SilentServer.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sonde::test {

SilentServer::SilentServer()
{
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(m_fd, reinterpret_cast<sockaddr *>(&a), sizeof a);
    ::listen(m_fd, 64);
    socklen_t len = sizeof a;
    ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&a), &len);
    m_port = ntohs(a.sin_port);
    m_thread = std::thread([this]() {
        while (!m_stop) {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, 100) > 0) {
                const int client = ::accept(m_fd, nullptr, nullptr);
                if (client >= 0)
                    m_clients.push_back(client);
            }
        }
    });
}

SilentServer::~SilentServer()
{
    m_stop = true;
    m_thread.join();
    for (int c : m_clients)
        ::close(c);
    ::close(m_fd);
}

} // namespace sonde::test
