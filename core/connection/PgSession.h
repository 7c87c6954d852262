#pragma once

#include "common/DbError.h"

#include <QString>

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
    // PgBouncer rejects the `options` startup parameter: timeouts must then be set per
    // transaction with SET LOCAL by the caller.
    bool throughPooler = false;
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

    // Thread-safe. Returns false when nothing could be sent (no connection).
    bool cancel();

    // Runs f(pqxx::connection&), turning exceptions into a DbError. A broken connection is
    // closed so that the owner can reopen it.
    template<typename F>
    DbError run(F &&f)
    {
        if (!isOpen())
            return notConnected();
        try {
            f(*m_conn);
            return {};
        } catch (const std::exception &e) {
            return handleException(e);
        }
    }

private:
    DbError handleException(const std::exception &e);
    // A connect that timed out or failed oddly: find out what speaks on the port.
    DbError explainWrongProtocol(DbError err, const QString &conninfo) const;
    DbError notConnected() const;

    std::unique_ptr<pqxx::connection> m_conn;
    mutable std::mutex m_mutex;
    PgSessionOptions m_options;
    QString m_target;
};

// Builds the conninfo Sonde really connects with: the user's text plus application_name,
// connect_timeout, TCP keepalives and timeouts (never overriding what the user set).
bool buildSessionConnInfo(const QString &conninfo, const PgSessionOptions &options,
                          QString *connString, QString *target, QString *error);

} // namespace sonde
