#include "BenchmarkEngine.h"

#include "BenchRunState.h"
#include "BenchStartGate.h"
#include "CacheAsideWorker.h"
#include "PgBenchWorker.h"
#include "PgWorkload.h"
#include "PgbenchSchema.h"
#include "RedisBenchWorker.h"
#include "ReplayCapture.h"
#include "ScriptStatistics.h"
#include "ServerCounterSampler.h"
#include "common/CancelWatch.h"
#include "connection/PgSession.h"
#include "connection/RedisClient.h"

#include <pqxx/nontransaction>
#include <pqxx/pqxx>

#include <algorithm>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

double ms(int64_t ns)
{
    return double(ns) / 1e6;
}

QString postgresVersion(PgSession &session)
{
    QString version;
    session.run([&](pqxx::connection &c) {
        pqxx::nontransaction tx(c);
        version = QString::fromStdString(tx.exec("/* sonde */ SELECT version()")[0][0].c_str())
                      .section(u',', 0, 0);
    });
    return version;
}

struct Setup
{
    PgWorkload workload;
    int64_t accounts = 0; // cache-aside
    QByteArray pgConnString;
    RedisEndpoint redis;
};

// Where debug() writes: the run's hook, one line at a time, as pgbench prints it.
class ScriptOutputHook : public ScriptOutput
{
public:
    explicit ScriptOutputHook(std::function<void(const QString &)> hook)
        : m_hook(std::move(hook))
    {}
    void debug(int script, int command, const std::string &value) override
    {
        if (!m_hook)
            return;
        const QString line = u"debug(script=%1,command=%2): %3"_s.arg(script).arg(command).arg(
            QString::fromStdString(value));
        std::lock_guard<std::mutex> lock(m_mutex);
        m_hook(line);
    }

private:
    std::function<void(const QString &)> m_hook;
    std::mutex m_mutex;
};

// Per-script and per-command figures of every thread, merged (script workloads); what
// stopped clients, if any.
QString collectScriptReports(const PgWorkload &workload,
                             const std::vector<std::unique_ptr<PgBenchWorker>> &workers,
                             bool scripts, BenchmarkResult *result)
{
    std::vector<ScriptStatistics> merged(workload.scripts.size());
    int stopped = 0;
    QString reason;
    for (const auto &w : workers) {
        for (size_t i = 0; i < merged.size(); ++i)
            merged[i].add(w->scriptStatistics()[i]);
        stopped += w->stoppedClients();
        if (reason.isEmpty())
            reason = w->stopReason();
    }
    for (size_t i = 0; scripts && i < merged.size(); ++i)
        result->scripts << ScriptReport::build(workload.scripts[i], merged[i]);
    if (stopped == 0)
        return {};
    return BenchmarkEngine::tr("%n client(s) stopped on a script error, as pgbench aborts them: "
                               "%1",
                               nullptr, stopped)
        .arg(reason);
}

BenchmarkResult failed(BenchmarkResult r, const QString &message)
{
    r.status = BenchmarkResult::Status::Failed;
    r.error = message;
    r.finishedAt = QDateTime::currentDateTimeUtc();
    return r;
}

} // namespace

BenchmarkResult BenchmarkEngine::run(const BenchmarkConfig &config, const std::atomic<bool> *cancel,
                                     const Hooks &hooks)
{
    BenchmarkResult result;
    result.config = config;
    result.startedAt = QDateTime::currentDateTimeUtc();
    if (const QString problem = config.validate(); !problem.isEmpty())
        return failed(result, problem);
    auto status = [&](const QString &text) {
        if (hooks.status)
            hooks.status(text);
    };

    Setup setup;
    const WorkloadKind kind = config.workload;
    const bool redisMain = isRedisWorkload(kind);
    const QString pgUri = kind == WorkloadKind::CacheAside ? config.databaseUri : config.uri;
    bool pgThroughPooler = kind == WorkloadKind::CacheAside ? false : config.throughPooler;

    if (redisMain) {
        QString error;
        if (!RedisEndpoint::parse(config.uri, &setup.redis, &error))
            return failed(result, tr("The Redis URI is not valid: %1").arg(error));
        status(tr("Connecting to %1…").arg(setup.redis.target()));
        RedisClient probe;
        if (DbError err = probe.open(setup.redis, 5000, 5000, "sonde-bench"))
            return failed(result, err.toString());
        RedisReply info;
        if (!probe.command({"INFO", "server"}, &info))
            result.serverVersion =
                u"Redis "_s + parseRedisInfo(info.text).value(u"redis_version"_s);
        if (result.config.targetDisplay.isEmpty())
            result.config.targetDisplay = setup.redis.target();
    }
    if (!redisMain || kind == WorkloadKind::CacheAside) {
        PgSession session;
        PgSessionOptions options;
        options.applicationName = u"sonde-bench"_s;
        options.throughPooler = pgThroughPooler;
        options.statementTimeoutMs = 60000;
        status(tr("Connecting to PostgreSQL…"));
        if (DbError err = session.open(pgUri, options))
            return failed(result, err.toString());
        if (session.throughPooler() && !pgThroughPooler) {
            // It refused the startup options: PgBouncer. Run as --pgbouncer would.
            pgThroughPooler = true;
            result.config.throughPooler = kind != WorkloadKind::CacheAside;
            if (kind == WorkloadKind::CacheAside && config.protocol == QueryProtocol::Auto)
                result.config.protocol = QueryProtocol::Extended; // its database is pooled
            result.notes << tr("%1 is PgBouncer: the run goes through it in transaction mode "
                               "(no startup options, no named prepared statements).")
                                .arg(session.target());
            if (const QString problem = result.config.validate(); !problem.isEmpty())
                return failed(result, problem);
        }
        const QString version = postgresVersion(session);
        result.serverVersion =
            result.serverVersion.isEmpty() ? version : result.serverVersion + u"; "_s + version;
        if (result.config.targetDisplay.isEmpty())
            result.config.targetDisplay = session.target();
        int scale = config.scale;
        bool scriptReadsScale = false;
        for (const BenchScript &s : config.scripts)
            scriptReadsScale = scriptReadsScale || s.text.contains(u":scale"_s);
        const bool needsScale = kind == WorkloadKind::SelectOnly ||
                                kind == WorkloadKind::ReadWrite ||
                                kind == WorkloadKind::CacheAside ||
                                (kind == WorkloadKind::Script && scriptReadsScale &&
                                 !config.defines.contains(u"scale"_s));
        if (needsScale && scale <= 0) {
            status(tr("Reading the pgbench scale…"));
            if (DbError err = PgbenchSchema::detectScale(session, &scale))
                return failed(result, err.toString());
        }
        result.config.scale = scale;
        setup.workload.scale = std::max(1, scale);
        setup.accounts = 100000LL * std::max(1, scale);
        QString error;
        switch (kind) {
        case WorkloadKind::SelectOnly:
        case WorkloadKind::ReadWrite:
        case WorkloadKind::Script:
            if (ScriptError e; !setup.workload.build(config, &e))
                return failed(result, e.toString());
            break;
        case WorkloadKind::Replay: {
            status(tr("Capturing the top statements of pg_stat_statements…"));
            DbError err = ReplayCapture::build(session, config, cancel, &setup.workload,
                                               &result.replay, &result.notes);
            if (err)
                return failed(result, err.toString());
            break;
        }
        default:
            break;
        }
        if (!error.isEmpty())
            return failed(result, error);
        QString connString, target;
        PgSessionOptions workerOptions;
        workerOptions.applicationName = u"sonde-bench"_s;
        workerOptions.throughPooler = pgThroughPooler;
        workerOptions.statementTimeoutMs = 30000;
        if (!buildSessionConnInfo(pgUri, workerOptions, &connString, &target, &error))
            return failed(result, error);
        setup.pgConnString = connString.toUtf8();
    }

    // Clients over threads.
    const int threads = kind == WorkloadKind::CacheAside ? config.clients : config.threads;
    std::vector<std::unique_ptr<BenchThreadStats>> stats;
    std::vector<std::unique_ptr<PgBenchWorker>> pgWorkers;
    std::vector<std::unique_ptr<RedisBenchWorker>> redisWorkers;
    std::vector<std::unique_ptr<CacheAsideWorker>> cacheWorkers;
    BenchRunState state;
    state.cancel = cancel;
    if (config.targetRate > 0)
        state.ratePerClient = config.targetRate / config.clients;
    const QueryProtocol protocol = result.config.effectiveProtocol();
    PgRunOptions pgOptions;
    ScriptOutputHook scriptOutput(hooks.scriptOutput);
    if (!redisMain) {
        quint64 seed = 0;
        QString error;
        if (!config.resolveRandomSeed(&seed, &error))
            return failed(result, error);
        result.randomSeed = seed;
        pgOptions.protocol = protocol;
        pgOptions.connString = setup.pgConnString;
        pgOptions.maxTries = config.maxTries;
        pgOptions.latencyLimitNs = int64_t(config.latencyLimitMs * 1e6);
        pgOptions.seeds = PgbenchSeeds::derive(seed, config.clients, threads);
        pgOptions.randomSeed = int64_t(seed);
        pgOptions.output = &scriptOutput;
    }
    status(tr("Opening %n client connection(s)…", nullptr, config.clients));
    int firstClient = 0;
    for (int t = 0; t < threads; ++t) {
        const int count = config.clients / threads + (t < config.clients % threads ? 1 : 0);
        stats.push_back(std::make_unique<BenchThreadStats>());
        if (kind == WorkloadKind::CacheAside) {
            cacheWorkers.push_back(std::make_unique<CacheAsideWorker>(
                config, setup.redis, setup.pgConnString, protocol == QueryProtocol::Prepared,
                setup.accounts, state, *stats.back(), firstClient));
        } else if (redisMain) {
            redisWorkers.push_back(std::make_unique<RedisBenchWorker>(
                config, setup.redis, state, *stats.back(), firstClient, count));
        } else {
            pgOptions.thread = t;
            pgWorkers.push_back(std::make_unique<PgBenchWorker>(setup.workload, pgOptions, state,
                                                                *stats.back(), firstClient, count));
        }
        firstClient += count;
    }

    std::atomic<int> running{threads};
    // When each thread ran out of work: the run ends with the last of them, not when this
    // thread next wakes up to look (a pipelined Redis run of a few hundred milliseconds
    // would otherwise lose up to a tick of its measured time).
    std::vector<int64_t> finishedNs(size_t(threads), 0);
    BenchStartGate gate(threads);
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t]() {
            QString error;
            const bool connected = !pgWorkers.empty() ? pgWorkers[size_t(t)]->connectAll(&error)
                                   : !redisWorkers.empty()
                                       ? redisWorkers[size_t(t)]->connectAll(&error)
                                       : cacheWorkers[size_t(t)]->connect(&error);
            if (!gate.arrive(t, connected ? QString() : error))
                return;
            if (!pgWorkers.empty())
                pgWorkers[size_t(t)]->run();
            else if (!redisWorkers.empty())
                redisWorkers[size_t(t)]->run();
            else
                cacheWorkers[size_t(t)]->run();
            finishedNs[size_t(t)] = benchNowNs();
            running.fetch_sub(1);
        });
    }
    CancelWatch cacheAbort(cancel, [&]() {
        for (auto &w : cacheWorkers)
            w->abort();
    });
    bool canceled = false;
    if (const QString error = gate.waitForAll(cancel, &canceled); !error.isEmpty() || canceled) {
        gate.open(false);
        for (std::thread &w : workers)
            w.join();
        if (!canceled)
            return failed(result, error);
        result.status = BenchmarkResult::Status::Canceled;
        result.finishedAt = QDateTime::currentDateTimeUtc();
        return result;
    }

    if (hooks.started)
        hooks.started(result);

    // Go, once the servers' counters have a first reading.
    ServerCounterSampler sampler;
    ServerCounterSampler::Sources sources;
    if (!redisMain || kind == WorkloadKind::CacheAside) {
        sources.postgres = pgUri;
        sources.postgresThroughPooler = pgThroughPooler;
    }
    if (redisMain)
        sources.redis = config.uri;
    sources.pgbouncerAdmin = config.poolerAdminUri;
    sampler.start(sources, benchNowNs());
    state.startNs = benchNowNs();
    state.warmupEndNs = state.startNs + int64_t(config.warmupSeconds * 1e9);
    if (config.transactions > 0)
        state.transactionLimit = config.transactions;
    else
        state.endNs = state.warmupEndNs + int64_t(config.durationSeconds * 1e9);
    gate.open(true);

    int64_t total = 0;
    int64_t lastTick = state.startNs;
    // `tail`: time past the deadline or after the last whole second, reported only when
    // something was counted in it (a transaction that ends past the deadline is not).
    auto collect = [&](int64_t now, bool tail) {
        LatencyHistogram interval;
        int64_t tx = 0, errors = 0;
        for (auto &s : stats) {
            std::lock_guard<std::mutex> lock(s->mutex);
            interval.merge(s->interval);
            s->interval.reset();
            tx += s->intervalTransactions;
            errors += s->intervalErrors;
            s->intervalTransactions = 0;
            s->intervalErrors = 0;
        }
        if (tail && tx == 0 && errors == 0)
            return;
        total = 0;
        for (auto &s : stats) {
            std::lock_guard<std::mutex> lock(s->mutex);
            total += s->transactions;
        }
        BenchmarkProgress p;
        p.second = double(now - state.startNs) / 1e9;
        p.warmup = now <= state.warmupEndNs;
        const double span = std::max(1e-3, double(now - lastTick) / 1e9);
        p.throughput = double(tx) / span;
        p.transactions = tx;
        p.errors = errors;
        p.p50Ms = ms(interval.percentile(50));
        p.p90Ms = ms(interval.percentile(90));
        p.p99Ms = ms(interval.percentile(99));
        p.maxMs = ms(interval.max());
        p.totalTransactions = total;
        lastTick = now;
        result.progress.append(p);
        if (hooks.progress)
            hooks.progress(p);
    };
    int64_t nextTick = state.startNs + 1000000000;
    while (running.load() > 0) {
        const int64_t now = benchNowNs();
        if (now >= nextTick) {
            collect(now, state.endNs && now > state.endNs);
            nextTick += 1000000000;
            continue;
        }
        std::this_thread::sleep_for(
            std::chrono::nanoseconds(std::min<int64_t>(nextTick - now, 20000000)));
    }
    for (std::thread &w : workers)
        w.join();
    const int64_t end = *std::max_element(finishedNs.begin(), finishedNs.end());
    if (end - lastTick > 100000000)
        collect(std::min(end, state.endNs ? std::max(state.endNs, lastTick + 1) : end), true);

    result.serverSamples = sampler.stop();
    result.serverSummary = ServerCounterSampler::summarize(result.serverSamples);
    int64_t hits = 0, misses = 0;
    QStringList lastErrors;
    for (auto &s : stats) {
        std::lock_guard<std::mutex> lock(s->mutex);
        result.latency.merge(s->total);
        result.transactions += s->transactions;
        result.warmupTransactions += s->warmupTransactions;
        result.errors += s->errors;
        for (auto it = s->errorsByKind.begin(); it != s->errorsByKind.end(); ++it)
            result.errorsByKind[it.key()] += it.value();
        for (size_t i = 0; i < s->perStatement.size() && i < size_t(result.replay.size()); ++i)
            result.replay[qsizetype(i)].executed += s->perStatement[i];
        hits += s->cacheHits;
        misses += s->cacheMisses;
        if (!s->lastError.isEmpty() && !lastErrors.contains(s->lastError))
            lastErrors << s->lastError;
    }
    for (const QString &e : lastErrors)
        result.notes << tr("Last error: %1").arg(e);
    const QString stopped =
        collectScriptReports(setup.workload, pgWorkers, isScriptWorkload(kind), &result);
    if (hits + misses > 0) {
        result.serverSummary.insert(u"client.cache_hit_pct"_s,
                                    100.0 * double(hits) / double(hits + misses));
    }
    const int64_t measuredEnd = state.endNs ? std::min(end, state.endNs) : end;
    result.measuredSeconds = std::max(0.0, double(measuredEnd - state.warmupEndNs) / 1e9);
    result.finishedAt = QDateTime::currentDateTimeUtc();
    if (cancel && cancel->load()) {
        result.status = BenchmarkResult::Status::Canceled;
    } else if (!stopped.isEmpty()) {
        result.status = BenchmarkResult::Status::Failed;
        result.error = stopped;
    } else if (result.transactions == 0 && result.errors > 0) {
        result.status = BenchmarkResult::Status::Failed;
        result.error =
            tr("No transaction succeeded: %1")
                .arg(result.errorsByKind.isEmpty() ? QString() : result.errorsByKind.firstKey());
    } else {
        result.status = BenchmarkResult::Status::Completed;
    }
    return result;
}

} // namespace sonde
