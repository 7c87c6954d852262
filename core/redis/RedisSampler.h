#pragma once

#include "RedisActivity.h"
#include "RedisSlowLogRead.h"
#include "connection/RedisClient.h"
#include "monitoring/CounterDelta.h"
#include "monitoring/Sampler.h"

#include <QHash>

namespace sonde {

// Samples one Redis server each tick with INFO (server, clients, memory, stats,
// commandstats, latencystats, keyspace) and LATENCY LATEST: commands/s, keyspace hit rate
// per interval, evictions and expirations, memory against maxmemory, clients against
// maxclients, blocked clients, per-command calls and latency. Sonde's own commands (INFO,
// LATENCY LATEST, CONFIG GET) are subtracted from the counts and its own connection from
// the clients. Never runs KEYS or MONITOR. Its feed RedisSlowLogFeed reads SLOWLOG GET (the
// last SlowLogCount entries) over the same connection.
class RedisSampler : public Sampler
{
    Q_OBJECT
public:
    explicit RedisSampler(const Target &target, QObject *parent = nullptr);
    ~RedisSampler() override;

    void interrupt() override;
    // The monitoring connection, for a feed added at registration (Sampler::addFeed): worker
    // thread only, open while the feed runs.
    RedisClient &client() { return m_client; }

    static constexpr int CommandTimeoutMs = 5000;
    static constexpr int ConfigEveryTicks = 30;
    static constexpr int SlowLogCount = 128;

protected:
    DbError openConnection(QString *serverVersion, QStringList *notes) override;
    void closeConnection() override;
    DbError readCounters() override;
    void derive(bool hasPrevious, double seconds, Snapshot *out) override;
    void commitReading() override;
    DbError readFeed(const QString &feed, bool afterTick, QVariant *value) override;

private:
    struct CommandCounters
    {
        double calls = 0;
        double usec = 0;
        double p50 = -1; // µs, -1 when latencystats has no entry
        double p99 = -1;
        double p999 = -1;
    };
    struct Reading
    {
        QString runId;
        QString evictionPolicy;
        Counters counters;
        QHash<QString, double> gauges;
        QHash<QString, CommandCounters> commands;
        QHash<QString, double> ownCalls; // per command, Sonde's calls before this reading
        double ownCommands = 0;
        QList<TimelineEvent> latencyEvents;
    };
    DbError command(const QList<QByteArray> &args, RedisReply *reply);
    DbError readSlowLog(RedisSlowLogRead *read);
    void parseInfo(const QByteArray &info, Reading *r);

    RedisClient m_client;
    QString m_version;
    bool m_multiSectionInfo = true;
    int m_maxClients = 0;
    int m_ticksSinceConfig = 0;
    double m_ownCommands = 0;
    QHash<QString, double> m_ownCalls;
    QHash<QString, qint64> m_latencySeen; // LATENCY LATEST event → last timestamp seen
    bool m_latencyBaseline = false;
    Reading m_current;
    Reading m_previous;
    // The slow log since this connection opened.
    bool m_slowLogSeen = false;
    qint64 m_slowLogLastId = -1;
    qint64 m_slowLogThresholdUs = -1;
    qint64 m_slowLogMaxLength = -1;
};

} // namespace sonde
