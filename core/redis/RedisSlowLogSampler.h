#pragma once

#include "RedisSlowLogEntry.h"
#include "common/DbError.h"

#include <QObject>

#include <memory>

namespace sonde {

class PollingThread;
class RedisClient;

// One read of the slow log.
struct RedisSlowLogRead
{
    QDateTime takenAt;
    QList<RedisSlowLogEntry> entries;    // what SLOWLOG GET returned, newest first
    QList<RedisSlowLogEntry> newEntries; // not seen in an earlier read (oldest first)
    bool first = false;                  // the first read after (re)connecting
    qint64 thresholdUs = -1;             // slowlog-log-slower-than (-1: unknown)
    qint64 maxLength = -1;               // slowlog-max-len (-1: unknown)
    DbError error;
};

// Reads the Redis slow log (SLOWLOG GET) on its own thread and connection, every interval
// (default 5 s) and on demand. Entries with an id above the last one seen are new; a server
// restart (ids start again) is noticed. The first read after connecting reports what the log
// already holds as entries, not as new ones. Commands of Sonde's own connections (client
// names starting with "sonde") are left out.
class RedisSlowLogSampler : public QObject
{
    Q_OBJECT
public:
    explicit RedisSlowLogSampler(QObject *parent = nullptr);
    ~RedisSlowLogSampler() override;

    void start(const QString &uri, int intervalMs = 5000, int count = 128);
    void stop();
    bool isRunning() const;
    void sampleNow();

signals:
    void slowLogRead(const sonde::RedisSlowLogRead &read);

private:
    void tick();

    PollingThread *m_thread;
    QString m_uri;
    int m_count = 128;
    // Touched only on the sampler's thread (abort() is thread-safe).
    std::unique_ptr<RedisClient> m_client;
    qint64 m_lastId = -1;
    bool m_connected = false;
    qint64 m_thresholdUs = -1;
    qint64 m_maxLength = -1;
};

} // namespace sonde

Q_DECLARE_METATYPE(sonde::RedisSlowLogRead)
