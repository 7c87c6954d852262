#pragma once

#include "Target.h"
#include "common/DbError.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include <atomic>

namespace sonde {

// One line of a connection test: what was checked and what came out of it.
struct ConnectionCheck
{
    enum class Outcome
    {
        Passed,
        Warning, // works, but something a DBA wants to know is missing
        Failed
    };
    Outcome outcome = Outcome::Passed;
    QString what;    // "Connect", "pg_stat_statements", "pg_read_all_stats", …
    QString message; // what happened and what to do
};

struct ConnectionTestResult
{
    DbError error; // set when the target cannot be used at all
    QString serverVersion;
    QList<ConnectionCheck> checks;
    qint64 elapsedMs = 0;

    bool ok() const { return !error.isError(); }
    int warnings() const;
    // The check named `what` ("Connect", "TLS", …); nullptr when it was not made.
    const ConnectionCheck *check(const QString &what) const;
    // Plain text, one check per line, for the dialog and the clipboard.
    QString toText() const;
};

// "Test connection": connects the way Sonde will (blocking: run it off the GUI thread, e.g.
// through JobTracker) and says exactly what is wrong — host name not found, connection
// refused, timeout, authentication, TLS, "this port speaks Redis, not PostgreSQL" — then
// checks what monitoring needs: pg_stat_statements installed and loaded, pg_read_all_stats,
// the PgBouncer admin console, Redis ACL rights and latencystats.
class ConnectionTester
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionTester)
public:
    static ConnectionTestResult test(const Target &target,
                                     const std::atomic<bool> *cancel = nullptr);

private:
    static void testPostgres(const Target &target, const std::atomic<bool> *cancel,
                             ConnectionTestResult *result);
    static void testPgBouncer(const Target &target, ConnectionTestResult *result);
    static void testRedis(const Target &target, ConnectionTestResult *result);
    static void testPrometheus(const Target &target, const std::atomic<bool> *cancel,
                               ConnectionTestResult *result);
};

} // namespace sonde

Q_DECLARE_METATYPE(sonde::ConnectionTestResult)
