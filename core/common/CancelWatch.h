#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace sonde {

// While alive, watches a cancel flag on a small thread and calls `onCancel` once when it
// turns true: turns a flag set by the GUI into a driver-level cancel (libpq cancel request,
// closing a socket) of a call blocked on another thread.
class CancelWatch
{
public:
    CancelWatch(const std::atomic<bool> *flag, std::function<void()> onCancel);
    ~CancelWatch();
    CancelWatch(const CancelWatch &) = delete;
    CancelWatch &operator=(const CancelWatch &) = delete;

    bool fired() const { return m_fired.load(); }

private:
    const std::atomic<bool> *m_flag;
    std::function<void()> m_onCancel;
    std::atomic<bool> m_fired{false};
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_done = false;
    std::thread m_thread;
};

} // namespace sonde
