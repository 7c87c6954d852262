#pragma once

#include "BenchmarkConfig.h"
#include "LatencyHistogram.h"
#include "ScriptReport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sonde {

// One second of a run, as the live chart and the stored run show it.
struct BenchmarkProgress
{
    double second = 0;       // since the start of the run (warm-up included)
    bool warmup = false;     // inside the warm-up period (not counted in the result)
    double throughput = 0;   // transactions per second in this interval
    qint64 transactions = 0; // completed in this interval
    qint64 errors = 0;       // in this interval
    double p50Ms = 0, p90Ms = 0, p99Ms = 0, maxMs = 0;
    qint64 totalTransactions = 0; // counted so far (after warm-up)

    // An interval in which nothing completed has a throughput (zero) but no latency.
    bool hasLatency() const { return transactions > 0; }

    QJsonObject toJson() const;
    static BenchmarkProgress fromJson(const QJsonObject &json);
};

// Server counters read during the run (cumulative values as the server reports them).
struct ServerSample
{
    double second = 0;
    QMap<QString, double> counters;

    QJsonObject toJson() const;
    static ServerSample fromJson(const QJsonObject &json);
};

// A statement the replay workload ran, with its weight and generic plan (for plan diffs).
struct ReplayStatement
{
    QString sql;
    double weight = 0;       // calls in the capture window
    QStringList parameters;  // what each $n was bound to ("users.id (sampled)", "20")
    QString planJson;        // EXPLAIN (FORMAT JSON) generic plan at the start of the run
    double meanMsBefore = 0; // mean time in pg_stat_statements when captured
    qint64 executed = 0;

    QJsonObject toJson() const;
    static ReplayStatement fromJson(const QJsonObject &json);
};

// What a run produced. Latency figures cover the measured period (after warm-up).
struct BenchmarkResult
{
    enum class Status
    {
        Running, // stored while running; stays so only if Sonde died mid-run
        Completed,
        Canceled,    // stopped by the user: figures cover the time it ran
        Failed,      // could not start or lost every client
        Interrupted, // Sonde died mid-run (found "running" at the next start)
    };

    qint64 id = 0; // in the BenchmarkStore
    BenchmarkConfig config;
    Status status = Status::Running;
    QString error; // why it failed (what to do)
    QDateTime startedAt;
    QDateTime finishedAt;
    QString serverVersion;

    double measuredSeconds = 0;
    qint64 transactions = 0;
    qint64 warmupTransactions = 0;
    qint64 errors = 0;
    QMap<QString, qint64> errorsByKind;
    LatencyHistogram latency;
    QList<BenchmarkProgress> progress;
    QList<ServerSample> serverSamples;
    // Derived server figures for the report (hit rates, pool waits …), name → value.
    QMap<QString, double> serverSummary;
    QList<ReplayStatement> replay;
    // Script workloads (built-in scripts included): per script and command, and the
    // random seed the run used (to repeat its draws with --random-seed).
    QList<ScriptReport> scripts;
    quint64 randomSeed = 0;
    // DDL applied before this run (recorded by the "prove it" flow).
    QStringList appliedDdl;
    QStringList notes; // e.g. replayed statements left out and why

    double throughput() const
    {
        return measuredSeconds > 0 ? double(transactions) / measuredSeconds : 0;
    }
    double percentileMs(double p) const { return double(latency.percentile(p)) / 1e6; }

    QJsonObject toJson(bool withDetail = true) const;
    static BenchmarkResult fromJson(const QJsonObject &json);
    QString statusName() const;
    static Status parseStatus(const QString &name);
};

} // namespace sonde

Q_DECLARE_METATYPE(sonde::BenchmarkProgress)
Q_DECLARE_METATYPE(sonde::BenchmarkResult)
