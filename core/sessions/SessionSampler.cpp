#include "SessionSampler.h"

#include "SessionsAccess.h"
#include "connection/PgPoller.h"

using namespace Qt::StringLiterals;

namespace sonde {

SessionSampler::SessionSampler(QObject *parent)
    : QObject(parent)
    , m_poller(new PgPoller(u"sonde-sessions"_s, this))
{
    qRegisterMetaType<SessionSnapshot>();
}

SessionSampler::~SessionSampler()
{
    stop();
}

void SessionSampler::start(const QString &conninfo, int intervalMs)
{
    PgSessionOptions options;
    options.applicationName = u"sonde-sessions"_s;
    options.statementTimeoutMs = 5000;
    PgPoller::Callbacks callbacks;
    callbacks.failed = [this](const DbError &error, const QString &) {
        SessionSnapshot failed;
        failed.error = error;
        emit snapshotTaken(failed);
    };
    callbacks.read = [this](pqxx::connection &c, const QString &) {
        SessionSnapshot s = SessionsAccess::read(c);
        if (DbError timeout = m_poller->missedDeadline(); s.error && timeout)
            s.error = timeout;
        emit snapshotTaken(s);
    };
    m_poller->start(conninfo, options, intervalMs, callbacks);
}

void SessionSampler::stop()
{
    m_poller->stop();
}

bool SessionSampler::isRunning() const
{
    return m_poller->isRunning();
}

void SessionSampler::sampleNow()
{
    m_poller->pollNow(u"refresh"_s);
}

void SessionSampler::setInterval(int intervalMs)
{
    m_poller->setInterval(intervalMs);
}

} // namespace sonde
