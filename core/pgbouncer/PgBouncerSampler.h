#pragma once

#include "PgBouncerActivity.h"
#include "connection/PgBouncerConsole.h"
#include "monitoring/CounterDelta.h"
#include "monitoring/Sampler.h"

#include <QHash>

namespace sonde {

// Samples one PgBouncer through its admin console (simple query protocol only): SHOW POOLS
// every tick (clients active/waiting, maxwait, servers active/idle/used), SHOW STATS every
// tick (queries and transactions per second, mean query time and wait per transaction over
// the interval), SHOW DATABASES and SHOW CONFIG now and then (pool sizes, max_client_conn).
// Columns are looked up by name: they changed between PgBouncer versions. The console's own
// "pgbouncer" database (where Sonde's connection lives) is left out.
class PgBouncerSampler : public Sampler
{
    Q_OBJECT
public:
    explicit PgBouncerSampler(const Target &target, QObject *parent = nullptr);
    ~PgBouncerSampler() override;

    void interrupt() override;
    // The monitoring connection, for a feed added at registration (Sampler::addFeed): worker
    // thread only, open while the feed runs.
    PgBouncerConsole &console() { return m_console; }

    static constexpr int CommandTimeoutMs = 5000;
    // SHOW DATABASES / SHOW CONFIG are read again every this many ticks.
    static constexpr int ConfigEveryTicks = 30;

protected:
    DbError openConnection(QString *serverVersion, QStringList *notes) override;
    void closeConnection() override;
    DbError readCounters() override;
    void derive(bool hasPrevious, double seconds, Snapshot *out) override;
    void commitReading() override;

private:
    struct Reading
    {
        Counters totals;
        QList<PoolActivity> pools;
    };
    DbError readConfig();

    PgBouncerConsole m_console;
    QString m_version;
    QHash<QString, int> m_poolSizes; // database → pool_size
    int m_defaultPoolSize = 0;
    int m_maxClientConnections = 0;
    int m_ticksSinceConfig = 0;
    Reading m_current;
    Reading m_previous;
};

} // namespace sonde
