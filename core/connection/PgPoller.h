#pragma once

#include "PgSession.h"

#include <QObject>

#include <functional>
#include <memory>

namespace sonde {

class PollingThread;

// The engine of a PostgreSQL sampler: its own thread and its own connection (read-only:
// default_transaction_read_only is set on it), a read every interval and on demand,
// reconnection after a failure. `read` runs on the poller's thread
// with the open connection; `failed` runs there when connecting fails; `connected` runs
// after each (re)connect (to check privileges, reset caches). The sampler that owns the
// poller emits its queued signals from these callbacks.
class PgPoller : public QObject
{
    Q_OBJECT
public:
    struct Callbacks
    {
        std::function<void(pqxx::connection &, const QString &reason)> read;
        std::function<void(const DbError &, const QString &reason)> failed;
        std::function<void(pqxx::connection &)> connected;
    };

    PgPoller(const QString &threadName, QObject *parent = nullptr);
    ~PgPoller() override;

    void start(const QString &conninfo, const PgSessionOptions &options, int intervalMs,
               Callbacks callbacks);
    // Cancels a read in flight (server-side) and waits for the thread to end.
    void stop();
    bool isRunning() const;
    void pollNow(const QString &reason);
    void setInterval(int intervalMs);
    // On the poller's thread, after a read failed: the Timeout when the client-side deadline
    // cut the connection off (the server stopped answering), none otherwise.
    DbError missedDeadline() const;

private:
    void tick(const QString &reason);

    PollingThread *m_thread;
    QString m_conninfo;
    PgSessionOptions m_options;
    Callbacks m_callbacks;
    std::unique_ptr<PgSession> m_session; // used on the poller's thread (cancel() anywhere)
};

} // namespace sonde
