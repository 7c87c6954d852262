#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace sonde {

// A client-side deadline around one blocking network call: when the call has not returned
// within `ms`, `expire` runs on a shared watchdog thread — typically it shuts the socket
// down, so the blocked call returns at once with an error. A server-side timeout cannot do
// this job: a server process that is stopped (SIGSTOP), swapped out or behind a dead
// network path never enforces its own statement_timeout, while the kernel still
// acknowledges TCP keepalives.
//
// Arm it on the stack around the call; the destructor disarms it and, when `expire` is
// running at that moment, waits for it to end (so `expire` never outlives what it
// touches).
class CallDeadline
{
public:
    // ms <= 0: no deadline (nothing is armed).
    CallDeadline(int ms, std::function<void()> expire);
    ~CallDeadline();
    CallDeadline(const CallDeadline &) = delete;
    CallDeadline &operator=(const CallDeadline &) = delete;

    // True once `expire` has run (read it after the call returned).
    bool expired() const;
    int budgetMs() const { return m_ms; }

    struct Entry;

private:
    int m_ms;
    std::shared_ptr<Entry> m_entry;
};

} // namespace sonde
