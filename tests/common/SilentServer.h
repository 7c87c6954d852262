#pragma once

#include <atomic>
#include <thread>
#include <vector>

namespace sonde::test {

// A loopback TCP server that accepts every connection and never sends a byte: whoever
// connects waits for its own timeout.
class SilentServer
{
public:
    SilentServer();
    ~SilentServer();
    SilentServer(const SilentServer &) = delete;
    SilentServer &operator=(const SilentServer &) = delete;

    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    std::vector<int> m_clients;
    std::thread m_thread;
};

} // namespace sonde::test
