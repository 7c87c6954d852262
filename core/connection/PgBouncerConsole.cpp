#include "PgBouncerConsole.h"

#include "PgErrors.h"
#include "PgSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <libpq-fe.h>
#include <poll.h>
#include <sys/socket.h>

#include <thread>

namespace sonde {
namespace {

// Translation context for the messages of this file (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PgBouncerConsole)
};

} // namespace

PgBouncerConsole::PgBouncerConsole() = default;

PgBouncerConsole::~PgBouncerConsole()
{
    close();
}

DbError PgBouncerConsole::open(const QString &conninfo, int connectTimeoutSeconds)
{
    close();
    PgSessionOptions options;
    options.applicationName = QStringLiteral("sonde-console");
    options.connectTimeoutSeconds = connectTimeoutSeconds;
    options.throughPooler = true;
    QString connString;
    QString error;
    if (!buildSessionConnInfo(conninfo, options, &connString, &m_target, &error)) {
        return DbError::make(DbError::Kind::Configuration,
                             Text::tr("The connection string is not valid: %1").arg(error), error);
    }
    PGconn *conn = PQconnectdb(connString.toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        const std::string msg = PQerrorMessage(conn);
        PQfinish(conn);
        return pgConnectError(msg, m_target);
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    m_conn = conn;
    return {};
}

void PgBouncerConsole::close()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
}

bool PgBouncerConsole::isOpen() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

bool PgBouncerConsole::cancel()
{
    PGcancel *c = nullptr;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (!m_conn)
            return false;
        c = PQgetCancel(m_conn);
    }
    if (!c)
        return false;
    // libpq's cancel waits until the server closes the cancel connection, which a stopped
    // PgBouncer never does: send it from a thread of its own.
    std::thread([c]() {
        char buf[256];
        PQcancel(c, buf, sizeof buf);
        PQfreeCancel(c);
    }).detach();
    return true;
}

void PgBouncerConsole::abort()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_conn && PQsocket(m_conn) >= 0)
        ::shutdown(PQsocket(m_conn), SHUT_RDWR);
}

DbError PgBouncerConsole::query(const QString &command, TextTable *out, int timeoutMs)
{
    if (!isOpen()) {
        close();
        return DbError::make(
            DbError::Kind::ConnectionLost,
            Text::tr("Not connected to the PgBouncer console at %1.").arg(m_target));
    }
    if (PQsendQuery(m_conn, command.toUtf8().constData()) != 1) {
        const QString msg = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        close();
        return DbError::make(
            DbError::Kind::ConnectionLost,
            Text::tr("The PgBouncer console at %1 closed the connection.").arg(m_target), msg);
    }
    QElapsedTimer timer;
    timer.start();
    *out = TextTable();
    DbError err;
    for (;;) {
        while (PQisBusy(m_conn)) {
            const qint64 left = timeoutMs - timer.elapsed();
            if (left <= 0) {
                close();
                return DbError::make(DbError::Kind::Timeout,
                                     Text::tr("PgBouncer at %1 did not answer \"%2\" within %3 ms.")
                                         .arg(m_target, command)
                                         .arg(timeoutMs));
            }
            pollfd pfd{PQsocket(m_conn), POLLIN, 0};
            ::poll(&pfd, 1, int(left));
            if (PQconsumeInput(m_conn) != 1) {
                const QString msg = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
                close();
                return DbError::make(DbError::Kind::ConnectionLost,
                                     Text::tr("The PgBouncer console at %1 closed the connection "
                                              "(restart?): Sonde will reconnect.")
                                         .arg(m_target),
                                     msg);
            }
        }
        PGresult *res = PQgetResult(m_conn);
        if (!res)
            break;
        const ExecStatusType st = PQresultStatus(res);
        if (st == PGRES_TUPLES_OK) {
            const int nf = PQnfields(res);
            out->columns.clear();
            for (int c = 0; c < nf; ++c)
                out->columns << QString::fromUtf8(PQfname(res, c));
            const int nr = PQntuples(res);
            for (int r = 0; r < nr; ++r) {
                QStringList row;
                QList<bool> nulls;
                for (int c = 0; c < nf; ++c) {
                    row << QString::fromUtf8(PQgetvalue(res, r, c));
                    nulls << (PQgetisnull(res, r, c) == 1);
                }
                out->rows << row;
                out->nulls << nulls;
            }
        } else if (st != PGRES_COMMAND_OK && st != PGRES_EMPTY_QUERY) {
            const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
            err = pgErrorFromSqlState(QString::fromUtf8(state ? state : ""),
                                      QString::fromUtf8(PQresultErrorMessage(res)).trimmed());
        }
        PQclear(res);
    }
    if (PQstatus(m_conn) != CONNECTION_OK)
        close();
    return err;
}

} // namespace sonde
