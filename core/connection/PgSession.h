#pragma once

#include "CallDeadline.h"
#include "common/DbError.h"

#include <QString>

#include <atomic>
#include <memory>
#include <mutex>

#include <pqxx/connection>

namespace sonde {

struct PgSessionOptions
{
    // Sonde's sessions are recognisable (and excluded from what Sonde reports) by this prefix.
    QString applicationName = QStringLiteral("sonde");
    int connectTimeoutSeconds = 5;
    // Applied at connect time with `options=-c statement_timeout=…`; 0 leaves the server's.
    int statementTimeoutMs = 15000;
    int lockTimeoutMs = 0;
    // Every transaction read-only (default_transaction_read_only in the startup options;
    // through a pooler the caller opens read-only transactions itself).
    bool readOnly = false;
    // PgBouncer rejects the `options` startup parameter, and a pool in transaction mode
    // hands session settings to other clients: timeouts and read-only mode must then be
    // set per transaction (SET LOCAL, BEGIN READ ONLY) by the caller. open() finds out by
    // itself when the server refuses the startup options.
    bool throughPooler = false;
    // Client-side deadline of each run(): a call still blocked after it has its socket shut
    // down and fails with a Timeout (see CallDeadline). -1: the statement timeout plus
    // DeadlineGraceMs, none when there is no statement timeout; 0: none.
    int callDeadlineMs = -1;
    static constexpr int DeadlineGraceMs = 5000;
};

// One PostgreSQL connection, owned by one thread. Only cancel() may be called from
// another thread (it sends libpq's out-of-band cancel request: a server-side cancel).
class PgSession
{
public:
    PgSession();
    ~PgSession();
    PgSession(const PgSession &) = delete;
    PgSession &operator=(const PgSession &) = delete;

    DbError open(const QString &conninfo, const PgSessionOptions &options = {});
    void close();
    bool isOpen() const;

    pqxx::connection &connection();
    int serverVersion() const;
    int backendPid() const;
    // The target without its password, for messages ("127.0.0.1:5432/app as bob").
    QString target() const { return m_target; }
    const PgSessionOptions &options() const { return m_options; }

    // True when the server is reached through PgBouncer (it refused the startup options,
    // or the caller said so): no session state may be relied on.
    bool throughPooler() const { return m_options.throughPooler; }

    // Thread-safe. Sends libpq's cancel request from a short-lived thread of its own, so a
    // server that does not answer (stopped) never blocks the caller. Returns false when
    // nothing could be sent (no connection).
    bool cancel();
    // Thread-safe: shuts the socket down, so a call blocked on it returns at once with an
    // error and the session is closed. For a server that stopped answering.
    void abort();
    // The client-side deadline (see PgSessionOptions): of each run() call, and of each round
    // trip on the connection, also outside run() (StallWatch, TCP only).
    void setCallDeadlineMs(int ms);
    int callDeadlineMs() const { return m_deadlineMs.load(); }
    // A different deadline for a scope: a call that sets its own statement_timeout.
    class DeadlineScope
    {
    public:
        DeadlineScope(PgSession &session, int ms)
            : m_session(session)
            , m_previous(session.callDeadlineMs())
        {
            session.setCallDeadlineMs(ms);
        }
        ~DeadlineScope() { m_session.setCallDeadlineMs(m_previous); }
        DeadlineScope(const DeadlineScope &) = delete;
        DeadlineScope &operator=(const DeadlineScope &) = delete;

    private:
        PgSession &m_session;
        int m_previous;
    };
    // The Timeout error after the deadline cut the connection off, none otherwise (for code
    // that uses connection() directly and sees only a broken connection).
    DbError missedDeadline() const;
    // Code that uses connection() directly says for a scope that it is talking to the server
    // (sending statements one after the other, not idling between them): the stall watch
    // then also takes a request sent in the clock tick of the last answer for unanswered
    // (see StallWatch::waitingMs). Nests; Talking(session, false) inside it for a local wait.
    class Talking
    {
    public:
        explicit Talking(PgSession &session, bool on = true)
            : m_session(session)
            , m_delta(on ? 1 : -1)
        {
            m_session.m_talking += m_delta;
        }
        ~Talking() { m_session.m_talking -= m_delta; }
        Talking(const Talking &) = delete;
        Talking &operator=(const Talking &) = delete;

    private:
        PgSession &m_session;
        int m_delta;
    };

    // Runs f(pqxx::connection&), turning exceptions into a DbError. A broken connection is
    // closed so that the owner can reopen it. A call that outlives callDeadlineMs() is cut
    // off (the socket shut down) and returns a Timeout.
    template<typename F>
    DbError run(F &&f)
    {
        if (!isOpen())
            return notConnected();
        const CallDeadline deadline(callDeadlineMs(), [this]() { expire(); });
        try {
            f(*m_conn);
        } catch (const std::exception &e) {
            return m_expired ? closeAfterDeadline() : handleException(e);
        }
        // f may have caught the error itself: the deadline still decides.
        return m_expired ? closeAfterDeadline() : DbError();
    }

private:
    DbError handleException(const std::exception &e);
    DbError closeAfterDeadline();
    void expire();
    DbError connect(const QString &conninfo);
    // A connect that timed out or failed oddly: find out what speaks on the port.
    DbError explainWrongProtocol(DbError err, const QString &conninfo) const;
    DbError notConnected() const;

    std::shared_ptr<pqxx::connection> m_conn;
    mutable std::mutex m_mutex;
    PgSessionOptions m_options;
    QString m_target;
    // Read by the watchdog threads.
    std::atomic<int> m_deadlineMs{0};
    std::atomic<bool> m_expired{false};
    std::atomic<int> m_talking{0};
    quint64 m_stallWatch = 0;
};

// Builds the conninfo Sonde really connects with: the user's text plus application_name,
// connect_timeout, TCP keepalives and timeouts (never overriding what the user set).
bool buildSessionConnInfo(const QString &conninfo, const PgSessionOptions &options,
                          QString *connString, QString *target, QString *error);

} // namespace sonde
