#include "CancelWatch.h"

#include <chrono>

namespace sonde {

CancelWatch::CancelWatch(const std::atomic<bool> *flag, std::function<void()> onCancel)
    : m_flag(flag)
    , m_onCancel(std::move(onCancel))
{
    if (!m_flag)
        return;
    m_thread = std::thread([this]() {
        std::unique_lock<std::mutex> lock(m_mutex);
        while (!m_done) {
            if (m_flag->load()) {
                m_fired.store(true);
                lock.unlock();
                m_onCancel();
                return;
            }
            m_cv.wait_for(lock, std::chrono::milliseconds(50));
        }
    });
}

CancelWatch::~CancelWatch()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_done = true;
    }
    m_cv.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace sonde
