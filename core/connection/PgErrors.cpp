#include "PgErrors.h"

#include <QCoreApplication>

#include <pqxx/except>

namespace sonde {
namespace {

// Translation context for the messages of this file (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PgErrors)
};

bool contains(const QString &haystack, const char *needle)
{
    return haystack.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

} // namespace

DbError pgConnectError(const std::string &libpqMessage, const QString &target)
{
    const QString msg = QString::fromStdString(libpqMessage).trimmed();
    using K = DbError::Kind;
    // libpq checks option values only when it connects: "invalid sslmode value", "invalid
    // port number", "invalid integer value … for connection option …".
    if ((contains(msg, "invalid ") && (contains(msg, " value") || contains(msg, "port number"))) ||
        contains(msg, "invalid connection option"))
        return DbError::make(K::Configuration,
                             Text::tr("The connection string is not valid: %1")
                                 .arg(msg.section(QLatin1Char('\n'), 0, 0)),
                             msg);
    if (contains(msg, "unsupported startup parameter"))
        return DbError::make(
            K::Configuration,
            Text::tr("%1 is PgBouncer, which refuses the startup parameter \"options\": remove "
                     "options=… from the connection string (or list it in PgBouncer's "
                     "ignore_startup_parameters).")
                .arg(target),
            msg);
    if (contains(msg, "could not translate host name"))
        return DbError::make(K::HostNotFound,
                             Text::tr("The host name of %1 cannot be resolved: check the spelling "
                                      "or your DNS.")
                                 .arg(target),
                             msg);
    if (contains(msg, "Connection refused"))
        return DbError::make(K::ConnectionRefused,
                             Text::tr("Nothing accepts connections at %1: is the server running, "
                                      "and listening on this address and port?")
                                 .arg(target),
                             msg);
    if (contains(msg, "timeout expired") || contains(msg, "timed out"))
        return DbError::make(K::Timeout,
                             Text::tr("%1 did not answer in time: a firewall may drop the packets, "
                                      "the server may be overloaded, or the port may speak another "
                                      "protocol.")
                                 .arg(target),
                             msg);
    if (contains(msg, "password authentication failed") || contains(msg, "no password supplied") ||
        contains(msg, "authentication failed") || contains(msg, "SASL authentication"))
        return DbError::make(K::AuthenticationFailed,
                             Text::tr("%1 refused the user name or password: check them (and "
                                      "~/.pgpass or the keychain entry).")
                                 .arg(target),
                             msg);
    if (contains(msg, "no pg_hba.conf entry"))
        return DbError::make(K::AuthenticationFailed,
                             Text::tr("%1 does not allow this user, database or address in "
                                      "pg_hba.conf: ask the server's administrator for an entry.")
                                 .arg(target),
                             msg);
    if (contains(msg, "SSL") || contains(msg, "certificate") || contains(msg, "GSSAPI"))
        return DbError::make(K::Tls,
                             Text::tr("TLS negotiation with %1 failed: check sslmode and the "
                                      "certificates.")
                                 .arg(target),
                             msg);
    if (contains(msg, "expected authentication request") || contains(msg, "invalid response") ||
        contains(msg, "unsupported frontend protocol"))
        return DbError::make(
            K::WrongProtocol,
            Text::tr("%1 does not speak the PostgreSQL protocol: is this the right "
                     "port?")
                .arg(target),
            msg);
    if (contains(msg, "does not exist"))
        return DbError::make(
            K::Configuration,
            Text::tr("%1 answered, but the database or role does not exist.").arg(target), msg);
    if (contains(msg, "too many") || contains(msg, "remaining connection slots"))
        return DbError::make(
            K::ConnectionRefused,
            Text::tr("%1 has no connection slot left (max_connections reached).").arg(target), msg);
    if (contains(msg, "the database system is starting up") ||
        contains(msg, "the database system is shutting down") ||
        contains(msg, "server closed the connection"))
        return DbError::make(
            K::ConnectionLost,
            Text::tr("%1 is starting up or shutting down: Sonde will retry.").arg(target), msg);
    return DbError::make(K::ConnectionRefused, Text::tr("Cannot connect to %1.").arg(target), msg);
}

DbError pgbouncerConsoleError(const QString &target, const QString &detail)
{
    return DbError::make(
        DbError::Kind::WrongProtocol,
        Text::tr("%1 is PgBouncer's admin console (database \"pgbouncer\"): it answers SHOW "
                 "commands only. Sonde samples it (sonde-cli sample); for statements, plans and "
                 "indexes connect to a database through PgBouncer (same host and port, the "
                 "database's own name) or to PostgreSQL directly.")
            .arg(target),
        detail);
}

DbError pgErrorFromSqlState(const QString &sqlState, const QString &serverMessage)
{
    using K = DbError::Kind;
    DbError e;
    e.sqlState = sqlState;
    e.detail = serverMessage;
    if (sqlState == QLatin1String("57014")) {
        if (contains(serverMessage, "statement timeout")) {
            e.kind = K::Timeout;
            e.message =
                Text::tr("The query ran longer than its statement_timeout and was stopped.");
        } else {
            e.kind = K::Canceled;
            e.message = Text::tr("The query was canceled.");
        }
    } else if (sqlState == QLatin1String("55P03")) {
        e.kind = K::Timeout;
        e.message =
            Text::tr("A lock could not be acquired within lock_timeout: another session holds "
                     "it. Look at the blocking sessions and retry.");
    } else if (sqlState == QLatin1String("42501")) {
        e.kind = K::MissingPrivilege;
        e.message =
            Text::tr("Permission denied: the connected role lacks a privilege for this action.");
    } else if (sqlState == QLatin1String("25006")) {
        e.kind = K::ReadOnlyRefused;
        e.message = Text::tr("The statement writes, but the transaction is read-only.");
    } else if (sqlState.startsWith(QLatin1String("57P")) ||
               sqlState.startsWith(QLatin1String("08"))) {
        e.kind = K::ConnectionLost;
        e.message = Text::tr("The server closed the connection (restart or shutdown): Sonde will "
                             "reconnect.");
    } else if (sqlState.startsWith(QLatin1String("28"))) {
        e.kind = K::AuthenticationFailed;
        e.message = Text::tr("The server refused the credentials.");
    } else {
        e.kind = K::Sql;
        e.message = serverMessage.section(QLatin1Char('\n'), 0, 0).trimmed();
    }
    return e;
}

DbError pgErrorFromException(const std::exception &ex)
{
    using K = DbError::Kind;
    const QString what = QString::fromUtf8(ex.what()).trimmed();
    if (const auto *sql = dynamic_cast<const pqxx::sql_error *>(&ex))
        return pgErrorFromSqlState(QString::fromStdString(sql->sqlstate()), what);
    if (dynamic_cast<const pqxx::broken_connection *>(&ex) ||
        dynamic_cast<const pqxx::in_doubt_error *>(&ex))
        return DbError::make(
            K::ConnectionLost,
            Text::tr("The connection to the server was lost: Sonde will reconnect."), what);
    return DbError::make(K::Internal, what, what);
}

} // namespace sonde
