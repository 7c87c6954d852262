#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sonde {

enum class WorkloadKind
{
    SelectOnly, // pgbench's built-in select-only script
    ReadWrite,  // pgbench's built-in TPC-B-like script
    Script,     // a script in pgbench's format
    Replay,     // the top statements of pg_stat_statements, weighted by calls
    RedisGet,
    RedisSet,
    RedisMixed,
    CacheAside // GET; on a miss read PostgreSQL and SET
};

// "select-only", "redis-get", … (the CLI's --workload names).
QString workloadName(WorkloadKind kind);
bool parseWorkloadName(const QString &name, WorkloadKind *kind);
QString workloadTitle(WorkloadKind kind); // translated, for the GUI and reports
bool isRedisWorkload(WorkloadKind kind);  // the main target is Redis
bool isScriptWorkload(WorkloadKind kind); // runs pgbench scripts (built-in or given)
bool workloadWrites(WorkloadKind kind);   // writes to the target

// How PostgreSQL statements are sent (pgbench's -M).
enum class QueryProtocol
{
    Auto,     // prepared direct, extended (unnamed) through PgBouncer
    Simple,   // one Query message, values inlined as quoted literals
    Extended, // Parse/Bind/Execute with the unnamed statement every time
    Prepared  // named prepared statements, prepared once per connection
};
QString protocolName(QueryProtocol protocol);
bool parseProtocolName(const QString &name, QueryProtocol *protocol);

// A script of a script workload: its name (the file's), its text and its weight in the mix
// (pgbench's FILE@WEIGHT).
struct BenchScript
{
    QString name;
    QString text;
    int weight = 1;
    bool operator==(const BenchScript &o) const
    {
        return name == o.name && text == o.text && weight == o.weight;
    }
};

// Everything that defines a run; stored with it so any two runs can be compared and a
// run can be repeated. Contains no password (the URIs are kept in memory only; the stored
// form carries `targetDisplay`).
struct BenchmarkConfig
{
    Q_DECLARE_TR_FUNCTIONS(BenchmarkConfig)
public:
    WorkloadKind workload = WorkloadKind::SelectOnly;
    QString name; // optional label ("before", "after index")

    // PostgreSQL conninfo (direct or through PgBouncer) or, for Redis workloads, a
    // redis:// URI. Never stored.
    QString uri;
    // Cache-aside: the PostgreSQL conninfo behind the cache. Never stored.
    QString databaseUri;
    // PgBouncer's admin console, to sample pool waits during the run (optional). Never stored.
    QString poolerAdminUri;
    bool throughPooler = false;
    QString targetDisplay; // host:port/db without password
    QString targetId;

    int clients = 4;
    int threads = 2;
    double durationSeconds = 10;
    qint64 transactions = 0; // > 0: stop after this many (overrides the duration)
    double warmupSeconds = 0;
    double targetRate = 0; // transactions per second over all clients; 0 = as fast as possible
    QueryProtocol protocol = QueryProtocol::Auto;

    // Script workload: scripts in pgbench 15's format, each picked with its weight.
    QList<BenchScript> scripts;
    // pgbench's :scale (0 = read it from pgbench_branches).
    int scale = 0;
    // The scripts' engine (script, select-only and read-write workloads): -D variables, the
    // random seed ("time", "rand" or an unsigned integer, as pgbench's --random-seed),
    // tries of a transaction that hits a serialization or deadlock failure (0: unlimited,
    // needs a latency limit or a duration), and the latency limit in ms (0: none).
    QMap<QString, QString> defines;
    QString randomSeed;
    int maxTries = 1;
    double latencyLimitMs = 0;

    // Redis workloads.
    int pipeline = 1;
    qint64 keySpace = 100000;
    int valueSize = 3;
    double setShare = 0.5; // redis-mixed: share of SETs
    int cacheTtlSeconds = 60;

    // Replay: how many statements, from which window of pg_stat_statements (0 = since the
    // last reset), and whether statements that write may be replayed.
    int replayTop = 10;
    double replayWindowSeconds = 0;
    bool replayWrites = false;
    int replaySamples = 200; // sampled values per filtered column

    QueryProtocol effectiveProtocol() const;
    // The random seed to use: randomSeed resolved ("time" is now in microseconds, as
    // pgbench does; "rand" a random number). False with *error when it is none of these.
    bool resolveRandomSeed(quint64 *seed, QString *error) const;
    // Empty when the configuration can run; else what to change.
    QString validate() const;
    QJsonObject toJson() const; // without URIs
    static BenchmarkConfig fromJson(const QJsonObject &json);
    // One line for tables and reports: "select-only, 4 clients, 2 threads, 10 s".
    QString summary() const;
};

} // namespace sonde

Q_DECLARE_METATYPE(sonde::BenchmarkConfig)
