#include "PgSession.h"

#include "PgConnInfo.h"
#include "PgErrors.h"
#include "ProtocolProbe.h"
#include "StallWatch.h"
#include "common/Redaction.h"

#include <QCoreApplication>

#include <pqxx/except>

#include <sys/socket.h>

#include <thread>

namespace sonde {
namespace {

// What PgBouncer answers to a startup packet carrying `options`.
const QLatin1String PoolerRefusal("unsupported startup parameter");

bool consoleDatabase(const QString &conninfo)
{
    PgConnInfo info;
    return PgConnInfo::parse(conninfo, &info, nullptr) &&
           info.value("dbname") == QLatin1String("pgbouncer");
}

} // namespace

bool buildSessionConnInfo(const QString &conninfo, const PgSessionOptions &options,
                          QString *connString, QString *target, QString *error)
{
    PgConnInfo info;
    if (!PgConnInfo::parse(conninfo, &info, error))
        return false;
    info.set("application_name", options.applicationName);
    info.setDefault("connect_timeout", QString::number(options.connectTimeoutSeconds));
    info.setDefault("keepalives", QStringLiteral("1"));
    info.setDefault("keepalives_idle", QStringLiteral("10"));
    info.setDefault("keepalives_interval", QStringLiteral("5"));
    info.setDefault("keepalives_count", QStringLiteral("3"));
    // Bounds how long a query can hang on a dead network path (libpq 12+).
    info.setDefault("tcp_user_timeout", QStringLiteral("30000"));
    if (!options.throughPooler) {
        QString opts = info.value("options");
        if (options.statementTimeoutMs > 0)
            opts += QStringLiteral(" -c statement_timeout=%1").arg(options.statementTimeoutMs);
        if (options.lockTimeoutMs > 0)
            opts += QStringLiteral(" -c lock_timeout=%1").arg(options.lockTimeoutMs);
        if (options.readOnly)
            opts += QStringLiteral(" -c default_transaction_read_only=on");
        if (!opts.trimmed().isEmpty())
            info.set("options", opts.trimmed());
    }
    *connString = info.toConnString();
    const QString host =
        info.value("host").isEmpty() ? QStringLiteral("localhost") : info.value("host");
    const QString port = info.value("port").isEmpty() ? QStringLiteral("5432") : info.value("port");
    *target = host + QLatin1Char(':') + port;
    if (!info.value("dbname").isEmpty())
        *target += QLatin1Char('/') + info.value("dbname");
    *target = Redaction::shortened(*target);
    return true;
}

PgSession::PgSession()
{
    m_stallWatch = StallWatch::add(
        [this]() {
            std::lock_guard<std::mutex> lock(m_mutex);
            return m_conn ? m_conn->sock() : -1;
        },
        [this]() { return m_deadlineMs.load(); }, [this]() { return m_talking.load() > 0; },
        [this]() { expire(); });
}

PgSession::~PgSession()
{
    StallWatch::remove(m_stallWatch);
    close();
}

DbError PgSession::open(const QString &conninfo, const PgSessionOptions &options)
{
    close();
    m_options = options;
    setCallDeadlineMs(options.callDeadlineMs);
    DbError err = connect(conninfo);
    if (err.kind == DbError::Kind::Configuration && err.detail.contains(PoolerRefusal) &&
        !m_options.throughPooler) {
        // PgBouncer: no startup options. Settings go per transaction from now on.
        m_options.throughPooler = true;
        err = connect(conninfo);
    }
    return err;
}

DbError PgSession::connect(const QString &conninfo)
{
    QString connString;
    QString error;
    if (!buildSessionConnInfo(conninfo, m_options, &connString, &m_target, &error)) {
        return DbError::make(
            DbError::Kind::Configuration,
            QCoreApplication::translate("PgSession", "The connection string is not valid: %1")
                .arg(error),
            error);
    }
    DbError err;
    try {
        auto conn = std::make_shared<pqxx::connection>(connString.toStdString());
        std::lock_guard<std::mutex> lock(m_mutex);
        m_conn = std::move(conn);
        m_expired = false;
        return {};
    } catch (const std::exception &e) {
        // libpqxx refuses the version PgBouncer's console reports ("1.18.0/bouncer").
        if (QString::fromUtf8(e.what()).contains(QLatin1String("Unsupported server version")) &&
            consoleDatabase(conninfo))
            return pgbouncerConsoleError(m_target, QString::fromUtf8(e.what()));
        // Startup errors such as "database does not exist" arrive as sql_error.
        err = pgConnectError(e.what(), m_target);
    }
    return explainWrongProtocol(err, conninfo);
}

DbError PgSession::explainWrongProtocol(DbError err, const QString &conninfo) const
{
    using K = DbError::Kind;
    if (err.kind != K::Timeout && err.kind != K::WrongProtocol && err.kind != K::ConnectionLost)
        return err;
    PgConnInfo info;
    PgConnInfo::parse(conninfo, &info, nullptr);
    const QString host =
        info.value("host").isEmpty() ? QStringLiteral("localhost") : info.value("host");
    if (host.startsWith(QLatin1Char('/')) || host.contains(QLatin1Char(',')))
        return err;
    const int port = info.value("port").isEmpty() ? 5432 : info.value("port").toInt();
    const ServerProtocol protocol = probeServerProtocol(host, port);
    if (protocol == ServerProtocol::Redis || protocol == ServerProtocol::Http) {
        err.kind = K::WrongProtocol;
        err.message = QCoreApplication::translate(
                          "PgSession", "%1 speaks %2, not PostgreSQL: is this the right port?")
                          .arg(m_target, protocolName(protocol));
    }
    return err;
}

void PgSession::close()
{
    std::shared_ptr<pqxx::connection> old;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        old = std::move(m_conn);
    }
    // Destroyed outside the lock: closing may take a moment on a dead network path.
}

bool PgSession::isOpen() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_conn && m_conn->is_open();
}

pqxx::connection &PgSession::connection()
{
    return *m_conn;
}

int PgSession::serverVersion() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_conn ? m_conn->server_version() : 0;
}

int PgSession::backendPid() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_conn ? m_conn->backendpid() : 0;
}

bool PgSession::cancel()
{
    std::shared_ptr<pqxx::connection> conn;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        conn = m_conn;
    }
    if (!conn)
        return false;
    // libpq's cancel waits until the server closes the cancel connection: a stopped server
    // never does. The thread keeps the connection object alive until the request is done.
    std::thread([conn]() {
        try {
            conn->cancel_query();
        } catch (const std::exception &) {
            // Nothing left to cancel, or the server is gone: the call fails on its own.
        }
    }).detach();
    return true;
}

void PgSession::abort()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_conn && m_conn->sock() >= 0)
        ::shutdown(m_conn->sock(), SHUT_RDWR);
}

void PgSession::setCallDeadlineMs(int ms)
{
    m_options.callDeadlineMs = ms;
    if (ms < 0)
        ms = m_options.statementTimeoutMs > 0
                 ? m_options.statementTimeoutMs + PgSessionOptions::DeadlineGraceMs
                 : 0;
    m_deadlineMs = ms;
}

void PgSession::expire()
{
    m_expired = true;
    abort();
}

DbError PgSession::missedDeadline() const
{
    if (!m_expired)
        return {};
    return DbError::make(
        DbError::Kind::Timeout,
        QCoreApplication::translate("PgSession",
                                    "%1 did not answer within %2 s: Sonde dropped the connection "
                                    "(a stopped or overloaded server, or a dead network path).")
            .arg(m_target.isEmpty() ? QStringLiteral("The server") : m_target)
            .arg(m_deadlineMs.load() / 1000.0, 0, 'g', 3));
}

DbError PgSession::closeAfterDeadline()
{
    const DbError err = missedDeadline();
    close();
    return err;
}

DbError PgSession::handleException(const std::exception &e)
{
    DbError err = pgErrorFromException(e);
    if (err.kind == DbError::Kind::ConnectionLost)
        close();
    else if (!isOpen())
        close();
    return err;
}

DbError PgSession::notConnected() const
{
    return DbError::make(DbError::Kind::ConnectionLost,
                         QCoreApplication::translate("PgSession", "Not connected to %1.")
                             .arg(m_target.isEmpty() ? QStringLiteral("the server") : m_target));
}

} // namespace sonde
