#include "StatementSampler.h"

#include "StatementsAccess.h"
#include "connection/PgPoller.h"

using namespace Qt::StringLiterals;

namespace sonde {

StatementSampler::StatementSampler(QObject *parent)
    : QObject(parent)
    , m_poller(new PgPoller(u"sonde-statements"_s, this))
{
    qRegisterMetaType<StatementSnapshot>();
}

StatementSampler::~StatementSampler()
{
    stop();
}

void StatementSampler::start(const QString &conninfo, int intervalMs)
{
    stop();
    PgSessionOptions options;
    options.applicationName = u"sonde-statements"_s;
    options.statementTimeoutMs = 10000;
    PgPoller::Callbacks callbacks;
    callbacks.connected = [this](pqxx::connection &c) {
        m_knownTexts.clear();
        m_privilegeWarning = StatementsAccess::privilegeWarning(c);
    };
    callbacks.failed = [this](const DbError &error, const QString &reason) {
        StatementSnapshot failed;
        failed.reason = reason;
        failed.error = error;
        emit snapshotTaken(failed);
    };
    callbacks.read = [this](pqxx::connection &c, const QString &reason) {
        StatementSnapshot s = StatementsAccess::read(c, m_knownTexts);
        if (DbError timeout = m_poller->missedDeadline(); !s.isValid() && timeout)
            s.error = timeout;
        s.reason = reason;
        s.warning = m_privilegeWarning;
        if (s.isValid()) {
            QSet<StatementKey> present;
            present.reserve(s.counters.size());
            for (auto it = s.counters.constBegin(); it != s.counters.constEnd(); ++it) {
                if (m_knownTexts.contains(it.key()) || s.newTexts.contains(it.key()))
                    present.insert(it.key());
            }
            m_knownTexts = std::move(present);
        }
        emit snapshotTaken(s);
    };
    m_poller->start(conninfo, options, intervalMs, callbacks);
}

void StatementSampler::stop()
{
    m_poller->stop();
}

bool StatementSampler::isRunning() const
{
    return m_poller->isRunning();
}

void StatementSampler::sampleNow(const QString &reason)
{
    m_poller->pollNow(reason);
}

void StatementSampler::setInterval(int intervalMs)
{
    m_poller->setInterval(intervalMs);
}

} // namespace sonde
