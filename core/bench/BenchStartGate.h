#pragma once

#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <vector>

namespace sonde {

// Worker threads open their own connections (a TLS socket stays on the thread that made
// it), in parallel, then wait here until the engine starts the clock or calls the run off.
class BenchStartGate
{
public:
    explicit BenchStartGate(int threads)
        : m_errors(size_t(threads))
    {}

    // On a worker thread: reports how its connections went (empty error: all open) and
    // waits for the engine's decision; false when the run is off.
    bool arrive(int thread, const QString &error)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_errors[size_t(thread)] = error;
        ++m_arrived;
        m_cv.notify_all();
        m_cv.wait(lock, [this]() { return m_decided; });
        return m_go;
    }

    // On the engine's thread: waits until every worker arrived, or *cancel is set (then
    // *canceled is true). Returns the first worker's error, empty when all connected.
    QString waitForAll(const std::atomic<bool> *cancel, bool *canceled)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        *canceled = false;
        while (m_arrived < m_errors.size()) {
            if (cancel && cancel->load()) {
                *canceled = true;
                return {};
            }
            m_cv.wait_for(lock, std::chrono::milliseconds(50));
        }
        for (const QString &e : m_errors) {
            if (!e.isEmpty())
                return e;
        }
        return {};
    }

    // On the engine's thread: lets the workers run (go) or sends them home.
    void open(bool go)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_decided = true;
        m_go = go;
        m_cv.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::vector<QString> m_errors;
    size_t m_arrived = 0;
    bool m_decided = false;
    bool m_go = false;
};

} // namespace sonde
