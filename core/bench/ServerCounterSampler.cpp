#include "ServerCounterSampler.h"

#include "BenchRunState.h"
#include "connection/PgBouncerConsole.h"
#include "connection/PgSession.h"
#include "connection/RedisClient.h"

#include <pqxx/pqxx>
#include <pqxx/transaction>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sonde {

ServerCounterSampler::~ServerCounterSampler()
{
    stop();
}

void ServerCounterSampler::start(const Sources &sources, int64_t runStartNs, int intervalMs)
{
    stop();
    m_sources = sources;
    m_runStartNs = runStartNs;
    m_intervalMs = intervalMs;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = false;
        m_samples.clear();
    }
    m_thread = std::thread([this]() { loop(); });
    std::unique_lock<std::mutex> lock(m_mutex);
    m_cv.wait(lock, [this]() { return !m_samples.isEmpty(); });
}

QList<ServerSample> ServerCounterSampler::stop()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_cv.notify_all();
        m_thread.join();
    }
    return samples();
}

QList<ServerSample> ServerCounterSampler::samples() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_samples;
}

// The sampler's connections, kept open between samples (a new PostgreSQL connection a
// second would cost the server a fork and skew what is measured).
struct ServerCounterSampler::Connections
{
    PgSession postgres;
    PgBouncerConsole pgbouncer;
    RedisClient redis;
};

void ServerCounterSampler::loop()
{
    Connections connections;
    for (;;) {
        ServerSample s = sample(connections, m_sources, nullptr);
        s.second = double(benchNowNs() - m_runStartNs) / 1e9;
        std::unique_lock<std::mutex> lock(m_mutex);
        m_samples.append(s);
        m_cv.notify_all();
        if (m_stop)
            return;
        m_cv.wait_for(lock, std::chrono::milliseconds(m_intervalMs), [this]() { return m_stop; });
        // One last sample after stop() so the summary covers the whole run.
    }
}

ServerSample ServerCounterSampler::sampleOnce(const Sources &sources, QString *problems)
{
    Connections connections;
    return sample(connections, sources, problems);
}

ServerSample ServerCounterSampler::sample(Connections &connections, const Sources &sources,
                                          QString *problems)
{
    ServerSample s;
    auto note = [&](const QString &what) {
        if (problems)
            *problems += what + u'\n';
    };
    if (!sources.postgres.isEmpty()) {
        PgSession &session = connections.postgres;
        PgSessionOptions options;
        options.applicationName = u"sonde-bench-sampler"_s;
        options.statementTimeoutMs = 2000;
        options.connectTimeoutSeconds = 2;
        options.throughPooler = sources.postgresThroughPooler;
        DbError err = session.isOpen() ? DbError() : session.open(sources.postgres, options);
        if (!err) {
            err = session.run([&](pqxx::connection &c) {
                // Through PgBouncer the startup options carry no timeout: set it for this
                // transaction only (a plain SET would stay on the pooled server connection).
                pqxx::work tx(c);
                tx.exec("/* sonde */ SET LOCAL statement_timeout = 2000");
                const pqxx::result r = tx.exec(
                    "/* sonde */ SELECT xact_commit, xact_rollback, blks_hit, blks_read, "
                    "tup_returned, "
                    "tup_fetched, tup_inserted, tup_updated, deadlocks, temp_bytes, numbackends "
                    "FROM pg_stat_database WHERE datname = current_database()");
                if (r.empty())
                    return;
                static const char *names[] = {
                    "pg.xact_commit",  "pg.xact_rollback", "pg.blks_hit",     "pg.blks_read",
                    "pg.tup_returned", "pg.tup_fetched",   "pg.tup_inserted", "pg.tup_updated",
                    "pg.deadlocks",    "pg.temp_bytes",    "pg.backends"};
                for (int i = 0; i < int(std::size(names)); ++i)
                    s.counters.insert(QString::fromLatin1(names[i]),
                                      r[0][i].is_null() ? 0.0 : r[0][i].as<double>());
                tx.commit();
            });
        }
        if (err) {
            session.close();
            note(err.message);
        }
    }
    if (!sources.pgbouncerAdmin.isEmpty()) {
        PgBouncerConsole &console = connections.pgbouncer;
        DbError err = console.isOpen() ? DbError() : console.open(sources.pgbouncerAdmin, 2);
        TextTable pools;
        if (!err)
            err = console.query(u"SHOW POOLS"_s, &pools, 2000);
        if (!err) {
            double waiting = 0, active = 0, serverActive = 0, maxWaitUs = 0;
            for (int row = 0; row < pools.rowCount(); ++row) {
                if (pools.value(row, u"database"_s) == u"pgbouncer"_s)
                    continue;
                waiting += pools.number(row, u"cl_waiting"_s);
                active += pools.number(row, u"cl_active"_s);
                serverActive += pools.number(row, u"sv_active"_s);
                maxWaitUs = std::max(maxWaitUs, pools.number(row, u"maxwait"_s) * 1e6 +
                                                    pools.number(row, u"maxwait_us"_s));
            }
            s.counters.insert(u"pgbouncer.cl_waiting"_s, waiting);
            s.counters.insert(u"pgbouncer.cl_active"_s, active);
            s.counters.insert(u"pgbouncer.sv_active"_s, serverActive);
            s.counters.insert(u"pgbouncer.maxwait_ms"_s, maxWaitUs / 1000.0);
        } else {
            console.close();
            note(err.message);
        }
    }
    if (!sources.redis.isEmpty()) {
        RedisEndpoint ep;
        QString parseError;
        RedisClient &redis = connections.redis;
        RedisReply reply;
        DbError err;
        if (!RedisEndpoint::parse(sources.redis, &ep, &parseError))
            err = DbError::make(DbError::Kind::Configuration, parseError);
        if (!err && !redis.isOpen())
            err = redis.open(ep, 2000, 2000, "sonde-bench-sampler");
        if (!err)
            err = redis.command({"INFO", "everything"}, &reply);
        if (!err) {
            const QHash<QString, QString> info = parseRedisInfo(reply.text);
            for (const char *key :
                 {"keyspace_hits", "keyspace_misses", "total_commands_processed",
                  "connected_clients", "used_memory", "evicted_keys", "expired_keys",
                  "instantaneous_ops_per_sec", "blocked_clients"}) {
                const QString k = QString::fromLatin1(key);
                if (info.contains(k))
                    s.counters.insert(u"redis."_s + k, info.value(k).toDouble());
            }
        } else {
            redis.close();
            note(err.message);
        }
    }
    return s;
}

QMap<QString, double> ServerCounterSampler::summarize(const QList<ServerSample> &samples)
{
    QMap<QString, double> out;
    if (samples.size() < 2)
        return out;
    const ServerSample &a = samples.first();
    const ServerSample &b = samples.last();
    const double seconds = std::max(1e-3, b.second - a.second);
    auto delta = [&](const QString &k) {
        return std::max(0.0, b.counters.value(k) - a.counters.value(k));
    };
    auto has = [&](const QString &k) {
        return a.counters.contains(k) && b.counters.contains(k);
    };
    if (has(u"pg.xact_commit"_s)) {
        out.insert(u"pg.transactions_per_s"_s,
                   (delta(u"pg.xact_commit"_s) + delta(u"pg.xact_rollback"_s)) / seconds);
        const double hits = delta(u"pg.blks_hit"_s), reads = delta(u"pg.blks_read"_s);
        if (hits + reads > 0)
            out.insert(u"pg.buffer_hit_pct"_s, 100.0 * hits / (hits + reads));
        out.insert(u"pg.blocks_read_per_s"_s, reads / seconds);
        out.insert(u"pg.rows_read_per_s"_s,
                   (delta(u"pg.tup_returned"_s) + delta(u"pg.tup_fetched"_s)) / seconds);
        out.insert(u"pg.temp_mb"_s, delta(u"pg.temp_bytes"_s) / 1048576.0);
        out.insert(u"pg.deadlocks"_s, delta(u"pg.deadlocks"_s));
    }
    if (has(u"redis.total_commands_processed"_s)) {
        out.insert(u"redis.commands_per_s"_s, delta(u"redis.total_commands_processed"_s) / seconds);
        const double hits = delta(u"redis.keyspace_hits"_s),
                     misses = delta(u"redis.keyspace_misses"_s);
        if (hits + misses > 0)
            out.insert(u"redis.hit_pct"_s, 100.0 * hits / (hits + misses));
        out.insert(u"redis.evicted_keys"_s, delta(u"redis.evicted_keys"_s));
    }
    double maxWaiting = -1, maxWait = -1;
    for (const ServerSample &s : samples) {
        if (s.counters.contains(u"pgbouncer.cl_waiting"_s)) {
            maxWaiting = std::max(maxWaiting, s.counters.value(u"pgbouncer.cl_waiting"_s));
            maxWait = std::max(maxWait, s.counters.value(u"pgbouncer.maxwait_ms"_s));
        }
    }
    if (maxWaiting >= 0) {
        out.insert(u"pgbouncer.max_clients_waiting"_s, maxWaiting);
        out.insert(u"pgbouncer.max_wait_ms"_s, maxWait);
    }
    return out;
}

} // namespace sonde
