#include "CallDeadline.h"

#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

namespace sonde {

using Clock = std::chrono::steady_clock;

struct CallDeadline::Entry
{
    Clock::time_point when;
    std::function<void()> expire;
    bool running = false; // guarded by the watchdog's mutex
    std::atomic<bool> fired{false};
};

namespace {

// One thread for every deadline of the process: it sleeps until the earliest one.
class Watchdog
{
public:
    static Watchdog &instance()
    {
        // Never destroyed: a deadline may still be armed on another thread while the
        // process exits.
        static Watchdog *w = new Watchdog;
        return *w;
    }

    void arm(const std::shared_ptr<CallDeadline::Entry> &e)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_entries.emplace(e->when, e);
        if (!m_started) {
            m_started = true;
            std::thread([this]() { loop(); }).detach();
        }
        m_wake.notify_all();
    }

    void disarm(const std::shared_ptr<CallDeadline::Entry> &e)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        auto range = m_entries.equal_range(e->when);
        for (auto it = range.first; it != range.second; ++it) {
            if (it->second == e) {
                m_entries.erase(it);
                break;
            }
        }
        m_done.wait(lock, [&]() { return !e->running; });
    }

private:
    void loop()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        while (true) {
            if (m_entries.empty()) {
                m_wake.wait(lock);
                continue;
            }
            const auto first = m_entries.begin();
            // A copy: the entry may be erased while the wait has the mutex released.
            const Clock::time_point due = first->first;
            if (Clock::now() < due) {
                m_wake.wait_until(lock, due);
                continue;
            }
            const std::shared_ptr<CallDeadline::Entry> e = first->second;
            m_entries.erase(first);
            e->running = true;
            // Set before the call can return: its owner reads expired() as soon as it does.
            e->fired = true;
            lock.unlock();
            e->expire();
            lock.lock();
            e->running = false;
            m_done.notify_all();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    std::multimap<Clock::time_point, std::shared_ptr<CallDeadline::Entry>> m_entries;
    bool m_started = false;
};

} // namespace

CallDeadline::CallDeadline(int ms, std::function<void()> expire)
    : m_ms(ms)
{
    if (ms <= 0 || !expire)
        return;
    m_entry = std::make_shared<Entry>();
    m_entry->when = Clock::now() + std::chrono::milliseconds(ms);
    m_entry->expire = std::move(expire);
    Watchdog::instance().arm(m_entry);
}

CallDeadline::~CallDeadline()
{
    if (m_entry)
        Watchdog::instance().disarm(m_entry);
}

bool CallDeadline::expired() const
{
    return m_entry && m_entry->fired.load();
}

} // namespace sonde
