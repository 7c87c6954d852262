#include "SessionsAccess.h"

#include "connection/PgErrors.h"
#include "connection/PgSession.h"

#include <QLoggingCategory>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSessions, "sonde.actions.sessions")

namespace sonde {
namespace {

std::string activityQuery(int serverVersion)
{
    std::string q = "SELECT /* sonde */ a.pid, ";
    q += serverVersion >= 130000 ? "coalesce(a.leader_pid, 0), " : "0, ";
    q += "a.usename, a.datname, a.application_name, "
         "CASE WHEN a.client_addr IS NULL THEN CASE WHEN a.client_port = -1 THEN 'local' END "
         "ELSE host(a.client_addr) || ':' || a.client_port END, "
         "a.backend_type, a.state, a.wait_event_type, a.wait_event, "
         "extract(epoch FROM now() - a.xact_start)::float8, "
         "extract(epoch FROM now() - a.query_start)::float8, "
         "extract(epoch FROM now() - a.state_change)::float8, ";
    q += serverVersion >= 140000 ? "a.query_id, " : "NULL::bigint, ";
    // pg_blocking_pids takes the lock manager's locks: ask only for sessions that wait.
    q += "a.query, CASE WHEN a.wait_event_type = 'Lock' THEN pg_blocking_pids(a.pid) END, "
         "age(a.backend_xmin) "
         "FROM pg_stat_activity a WHERE a.pid <> pg_backend_pid() ORDER BY a.pid";
    return q;
}

QString text(const pqxx::field &f)
{
    return f.is_null() ? QString() : QString::fromUtf8(f.c_str());
}

double seconds(const pqxx::field &f)
{
    return f.is_null() ? -1.0 : std::max(0.0, f.as<double>());
}

QList<int> pids(const pqxx::field &f)
{
    QList<int> out;
    if (f.is_null())
        return out;
    // An int[] as text: {123,456}
    QString s = QString::fromUtf8(f.c_str());
    s.remove(u'{').remove(u'}');
    for (const QString &part : s.split(u',', Qt::SkipEmptyParts))
        out.append(part.toInt());
    return out;
}

} // namespace

SessionSnapshot SessionsAccess::read(pqxx::connection &c)
{
    SessionSnapshot s;
    try {
        pqxx::nontransaction tx(c);
        const pqxx::result rows = tx.exec(activityQuery(c.server_version()));
        s.takenAt = QDateTime::currentDateTimeUtc();
        bool hidden = false;
        for (const pqxx::row &r : rows) {
            SessionInfo i;
            i.pid = r[0].as<int>();
            i.leaderPid = r[1].as<int>();
            i.user = text(r[2]);
            i.database = text(r[3]);
            i.application = text(r[4]);
            i.client = text(r[5]);
            i.backendType = text(r[6]);
            i.state = text(r[7]);
            i.waitEventType = text(r[8]);
            i.waitEvent = text(r[9]);
            i.transactionSeconds = seconds(r[10]);
            i.querySeconds = seconds(r[11]);
            i.stateSeconds = seconds(r[12]);
            i.queryId = r[13].is_null() ? 0 : r[13].as<qint64>();
            i.query = text(r[14]);
            i.blockedBy = pids(r[15]);
            i.xminAge = r[16].is_null() ? -1 : r[16].as<qint64>();
            hidden |= i.query == u"<insufficient privilege>"_s;
            s.sessions.append(i);
        }
        if (hidden) {
            s.warning = tr("Role %1 cannot see the sessions of other roles (their query, state and "
                           "timings are hidden): GRANT pg_read_all_stats TO %1; (or GRANT "
                           "pg_monitor).")
                            .arg(QString::fromUtf8(c.username()));
        }
    } catch (const std::exception &e) {
        s.error = pgErrorFromException(e);
        s.sessions.clear();
    }
    return s;
}

DbError SessionsAccess::signal(PgSession &session, int pid, Signal signal, bool targetReadOnly)
{
    const QString what = signal == Signal::Cancel ? tr("cancel the query of session %1").arg(pid)
                                                  : tr("terminate session %1").arg(pid);
    if (targetReadOnly) {
        return DbError::make(DbError::Kind::ReadOnlyRefused,
                             tr("The target is read-only: Sonde does not %1.").arg(what));
    }
    bool sent = false;
    QString role;
    DbError err = session.run([&](pqxx::connection &c) {
        pqxx::nontransaction tx(c);
        role = QString::fromUtf8(c.username());
        const pqxx::row r = tx.exec_params1(signal == Signal::Cancel
                                                ? "SELECT /* sonde */ pg_cancel_backend($1)"
                                                : "SELECT /* sonde */ pg_terminate_backend($1)",
                                            pid);
        sent = r[0].as<bool>();
    });
    qCInfo(lcSessions).noquote() << signalName(signal) << "session" << pid << "on"
                                 << session.target() << "as" << role << "->"
                                 << (err    ? err.toString()
                                     : sent ? u"sent"_s
                                            : u"no such session"_s);
    if (err) {
        // (libpqxx does not always carry the SQLSTATE: the server's words are matched too.)
        if (err.kind == DbError::Kind::MissingPrivilege || err.sqlState == u"42501"_s ||
            err.detail.contains(u"pg_signal_backend"_s) ||
            err.detail.contains(u"permission denied"_s)) {
            err.kind = DbError::Kind::MissingPrivilege;
            err.message = tr("Role %1 may not %2: GRANT pg_signal_backend TO %1; (sessions of "
                             "superusers can only be signalled by a superuser).")
                              .arg(role, what);
        }
        return err;
    }
    if (!sent) {
        return DbError::make(DbError::Kind::Sql,
                             tr("Could not %1: it has ended already.").arg(what));
    }
    return {};
}

QString signalName(SessionsAccess::Signal signal)
{
    return signal == SessionsAccess::Signal::Cancel ? u"cancel"_s : u"terminate"_s;
}

} // namespace sonde
