#include "StallWatch.h"

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace sonde {
namespace {

struct Entry
{
    std::function<int()> socket;
    std::function<int()> limitMs;
    std::function<bool()> talking;
    std::function<void()> abort;
};

class Watcher
{
public:
    static Watcher &instance()
    {
        // Never destroyed: a connection may still be watched while the process exits.
        static Watcher *w = new Watcher;
        return *w;
    }

    StallWatch::Id add(Entry e)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        const StallWatch::Id id = ++m_lastId;
        m_entries.emplace(id, std::move(e));
        if (!m_started) {
            m_started = true;
            std::thread([this]() { loop(); }).detach();
        }
        return id;
    }

    void remove(StallWatch::Id id)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_entries.erase(id);
        m_done.wait(lock, [&]() { return m_checking != id; });
    }

private:
    void loop()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        while (true) {
            m_wake.wait_for(lock, std::chrono::seconds(1));
            // Entries are looked up one at a time by id: remove() may run between checks.
            StallWatch::Id next = 0;
            while (true) {
                const auto it = m_entries.upper_bound(next);
                if (it == m_entries.end())
                    break;
                next = it->first;
                const Entry e = it->second;
                m_checking = next;
                lock.unlock();
                check(e);
                lock.lock();
                m_checking = 0;
                m_done.notify_all();
            }
        }
    }

    static void check(const Entry &e)
    {
        const int limit = e.limitMs();
        if (limit <= 0)
            return;
        const int fd = e.socket();
        if (fd < 0)
            return;
        if (StallWatch::waitingMs(fd, e.talking()) > limit)
            e.abort();
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    std::map<StallWatch::Id, Entry> m_entries;
    StallWatch::Id m_lastId = 0;
    StallWatch::Id m_checking = 0;
    bool m_started = false;
};

} // namespace

StallWatch::Id StallWatch::add(std::function<int()> socket, std::function<int()> limitMs,
                               std::function<bool()> talking, std::function<void()> abort)
{
    return Watcher::instance().add(
        {std::move(socket), std::move(limitMs), std::move(talking), std::move(abort)});
}

void StallWatch::remove(Id id)
{
    if (id)
        Watcher::instance().remove(id);
}

qint64 StallWatch::waitingMs(int fd, bool talking)
{
    tcp_info info{};
    socklen_t size = sizeof info;
    if (::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &size) != 0)
        return -1;
    // Both are "milliseconds ago": a request is unanswered while the last data sent is
    // more recent than the last data received.
    if (info.tcpi_last_data_sent > info.tcpi_last_data_recv ||
        (info.tcpi_last_data_sent == info.tcpi_last_data_recv && !talking))
        return -1;
    return qint64(info.tcpi_last_data_sent);
}

} // namespace sonde
