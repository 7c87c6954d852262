#include "PgPoller.h"

#include "common/PollingThread.h"

#include <pqxx/nontransaction>

namespace sonde {

PgPoller::PgPoller(const QString &threadName, QObject *parent)
    : QObject(parent)
    , m_thread(new PollingThread(threadName, this))
    , m_session(std::make_unique<PgSession>())
{}

PgPoller::~PgPoller()
{
    stop();
}

void PgPoller::start(const QString &conninfo, const PgSessionOptions &options, int intervalMs,
                     Callbacks callbacks)
{
    stop();
    m_conninfo = conninfo;
    m_options = options;
    // A poller only reads: every statement runs in its own read-only transaction (no
    // BEGIN / ROLLBACK of Sonde's cluttering pg_stat_statements). A startup option, never a
    // SET: through PgBouncer a session setting would stay on a server connection that other
    // clients get next.
    m_options.readOnly = true;
    m_callbacks = std::move(callbacks);
    m_thread->start(
        intervalMs, [this](const QString &reason) { tick(reason); },
        [this]() { m_session->close(); });
}

void PgPoller::stop()
{
    m_thread->stop([this]() { m_session->cancel(); });
}

bool PgPoller::isRunning() const
{
    return m_thread->isRunning();
}

void PgPoller::pollNow(const QString &reason)
{
    m_thread->requestTick(reason);
}

void PgPoller::setInterval(int intervalMs)
{
    m_thread->setInterval(intervalMs);
}

DbError PgPoller::missedDeadline() const
{
    return m_session ? m_session->missedDeadline() : DbError();
}

void PgPoller::tick(const QString &reason)
{
    // Between ticks the connection is idle; during one it is read from.
    const PgSession::Talking talking(*m_session);
    if (!m_session->isOpen()) {
        if (DbError err = m_session->open(m_conninfo, m_options)) {
            if (m_callbacks.failed)
                m_callbacks.failed(err, reason);
            return;
        }
        if (m_callbacks.connected)
            m_callbacks.connected(m_session->connection());
    }
    if (m_callbacks.read)
        m_callbacks.read(m_session->connection(), reason);
}

} // namespace sonde
