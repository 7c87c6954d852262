#include "RedisSlowLogSampler.h"

#include "common/PollingThread.h"
#include "connection/RedisClient.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sonde {

RedisSlowLogSampler::RedisSlowLogSampler(QObject *parent)
    : QObject(parent)
    , m_thread(new PollingThread(u"sonde-redis-slowlog"_s, this))
    , m_client(std::make_unique<RedisClient>())
{
    qRegisterMetaType<RedisSlowLogRead>();
}

RedisSlowLogSampler::~RedisSlowLogSampler()
{
    stop();
}

void RedisSlowLogSampler::start(const QString &uri, int intervalMs, int count)
{
    stop();
    m_uri = uri;
    m_count = std::max(1, count);
    m_lastId = -1;
    m_connected = false;
    m_thread->start(
        intervalMs, [this](const QString &) { tick(); }, [this]() { m_client->close(); });
}

void RedisSlowLogSampler::stop()
{
    m_thread->stop([this]() { m_client->abort(); });
}

bool RedisSlowLogSampler::isRunning() const
{
    return m_thread->isRunning();
}

void RedisSlowLogSampler::sampleNow()
{
    m_thread->requestTick(u"refresh"_s);
}

void RedisSlowLogSampler::tick()
{
    RedisSlowLogRead read;
    if (!m_client->isOpen()) {
        RedisEndpoint endpoint;
        QString error;
        if (!RedisEndpoint::parse(m_uri, &endpoint, &error)) {
            read.error = DbError::make(
                DbError::Kind::Configuration,
                QCoreApplication::translate("RedisSlowLogSampler", "The Redis URI is not valid: %1")
                    .arg(error));
            emit slowLogRead(read);
            return;
        }
        if (DbError err = m_client->open(endpoint, 5000, 5000, "sonde-slowlog")) {
            read.error = err;
            emit slowLogRead(read);
            return;
        }
        m_connected = false;
        // The settings may be hidden by an ACL: then they stay unknown.
        RedisReply reply;
        if (!m_client->command({"CONFIG", "GET", "slowlog-*"}, &reply)) {
            for (qsizetype i = 0; i + 1 < reply.elements.size(); i += 2) {
                const QByteArray name = reply.elements.at(i).text;
                const qint64 value = reply.elements.at(i + 1).text.toLongLong();
                if (name == "slowlog-log-slower-than")
                    m_thresholdUs = value;
                else if (name == "slowlog-max-len")
                    m_maxLength = value;
            }
        }
    }
    RedisReply reply;
    if (DbError err = m_client->command({"SLOWLOG", "GET", QByteArray::number(m_count)}, &reply)) {
        if (err.kind == DbError::Kind::Sql && reply.text.startsWith("NOPERM")) {
            err.kind = DbError::Kind::MissingPrivilege;
            err.message = QCoreApplication::translate(
                "RedisSlowLogSampler",
                "The Redis user may not read the slow log: ACL SETUSER <user> +slowlog");
        }
        read.error = err;
        if (err.isConnectionProblem())
            m_client->close();
        emit slowLogRead(read);
        return;
    }
    read.takenAt = QDateTime::currentDateTimeUtc();
    read.entries = RedisSlowLogEntry::fromReply(reply);
    // Sonde's own commands (its connections are named sonde…) are not the user's slow log.
    read.entries.removeIf(
        [](const RedisSlowLogEntry &e) { return e.clientName.startsWith(u"sonde"_s); });
    read.thresholdUs = m_thresholdUs;
    read.maxLength = m_maxLength;
    read.first = !m_connected;
    const QList<RedisSlowLogEntry> all = RedisSlowLogEntry::fromReply(reply);
    const qint64 newest = all.isEmpty() ? -1 : all.first().id;
    if (newest < m_lastId)
        m_lastId = -1; // the server restarted or SLOWLOG RESET: ids start again
    if (m_connected) {
        for (auto it = read.entries.crbegin(); it != read.entries.crend(); ++it) {
            if (it->id > m_lastId)
                read.newEntries << *it;
        }
    }
    m_lastId = std::max(m_lastId, newest);
    m_connected = true;
    emit slowLogRead(read);
}

} // namespace sonde
