#include "CacheAsideWorker.h"

#include "PgBenchWorker.h"
#include "connection/PgErrors.h"

#include <QCoreApplication>

#include <libpq-fe.h>

#include <charconv>
#include <cmath>
#include <thread>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

constexpr const char *AccountQuery = "SELECT abalance FROM pgbench_accounts WHERE aid = $1";
constexpr const char *AccountStatement = "sonde_bench_cache_aside";

} // namespace

CacheAsideWorker::CacheAsideWorker(const BenchmarkConfig &config, const RedisEndpoint &endpoint,
                                   QByteArray pgConnString, bool prepared, int64_t accounts,
                                   BenchRunState &state, BenchThreadStats &stats, int clientId)
    : m_config(config)
    , m_endpoint(endpoint)
    , m_pgConnString(std::move(pgConnString))
    , m_prepared(prepared)
    , m_accounts(std::max<int64_t>(1, accounts))
    , m_state(state)
    , m_stats(stats)
    , m_clientId(clientId)
    , m_rng(0xa5a5a5 * uint64_t(clientId + 1) ^ uint64_t(benchNowNs()))
{}

CacheAsideWorker::~CacheAsideWorker()
{
    close();
}

void CacheAsideWorker::close()
{
    m_redis.close();
    std::lock_guard<std::mutex> lock(m_abortMutex);
    if (m_pg)
        PQfinish(m_pg);
    m_pg = nullptr;
}

void CacheAsideWorker::abort()
{
    m_redis.abort();
    std::lock_guard<std::mutex> lock(m_abortMutex);
    if (m_pg) {
        if (PGcancel *cancel = PQgetCancel(m_pg)) {
            char err[256];
            PQcancel(cancel, err, sizeof err);
            PQfreeCancel(cancel);
        }
    }
}

bool CacheAsideWorker::connect(QString *error)
{
    close();
    if (DbError err = m_redis.open(m_endpoint, 5000, 30000, "sonde-bench")) {
        if (error)
            *error = err.message;
        return false;
    }
    PGconn *pg = PQconnectdb(m_pgConnString.constData());
    if (PQstatus(pg) != CONNECTION_OK) {
        if (error)
            *error = pgConnectError(PQerrorMessage(pg), QString()).message;
        PQfinish(pg);
        m_redis.close();
        return false;
    }
    if (m_prepared) {
        PGresult *r = PQprepare(pg, AccountStatement, AccountQuery, 1, nullptr);
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        if (!ok && error)
            *error = QCoreApplication::translate(
                         "CacheAsideWorker",
                         "pgbench_accounts cannot be read (%1): initialise the pgbench tables "
                         "first.")
                         .arg(QString::fromUtf8(PQresultErrorMessage(r)).trimmed());
        PQclear(r);
        if (!ok) {
            PQfinish(pg);
            m_redis.close();
            return false;
        }
    }
    std::lock_guard<std::mutex> lock(m_abortMutex);
    m_pg = pg;
    return true;
}

CacheAsideWorker::Outcome CacheAsideWorker::redisCommand(const QList<QByteArray> &args,
                                                         RedisReply *reply)
{
    if (DbError err = m_redis.command(args, reply)) {
        if (err.isConnectionProblem()) {
            m_stats.recordError(u"redis connection lost"_s, err.toString());
            return Outcome::Lost;
        }
        m_stats.recordError(u"redis "_s + reply->toString().section(u' ', 0, 0), err.message);
        return Outcome::Failed;
    }
    return Outcome::Ok;
}

CacheAsideWorker::Outcome CacheAsideWorker::request(int64_t aid, bool *hit)
{
    char digits[24];
    auto end = std::to_chars(digits, digits + sizeof digits - 1, aid).ptr;
    *end = '\0';
    const QByteArray key = QByteArray("sonde:bench:account:") + digits;
    RedisReply reply;
    if (const Outcome o = redisCommand({"GET", key}, &reply); o != Outcome::Ok)
        return o;
    *hit = reply.type == RedisReply::Type::String;
    if (*hit)
        return Outcome::Ok;

    const char *values[] = {digits};
    PGresult *res = m_prepared
                        ? PQexecPrepared(m_pg, AccountStatement, 1, values, nullptr, nullptr, 0)
                        : PQexecParams(m_pg, AccountQuery, 1, nullptr, values, nullptr, nullptr, 0);
    if (PQresultStatus(res) != PGRES_TUPLES_OK) {
        const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
        const QString message = QString::fromUtf8(PQerrorMessage(m_pg)).trimmed();
        PQclear(res);
        const bool lost = PQstatus(m_pg) == CONNECTION_BAD;
        m_stats.recordError(
            lost ? u"postgres connection lost"_s : u"postgres "_s + pgErrorKind(state), message);
        return lost ? Outcome::Lost : Outcome::Failed;
    }
    std::string value = PQntuples(res) > 0 ? PQgetvalue(res, 0, 0) : "";
    PQclear(res);
    value.resize(std::max<size_t>(value.size(), size_t(m_config.valueSize)), ' ');
    return redisCommand({"SET", key, QByteArray::fromStdString(value), "EX",
                         QByteArray::number(std::max(1, m_config.cacheTtlSeconds))},
                        &reply);
}

void CacheAsideWorker::run()
{
    int backoffMs = 100;
    int64_t nextStart = benchNowNs();
    const int64_t keys = std::min<int64_t>(m_accounts, m_config.keySpace);
    for (;;) {
        int64_t now = benchNowNs();
        if (m_state.shouldStop(now) || m_state.budgetSpent())
            break;
        if (!m_redis.isOpen() || !m_pg) {
            if (!connect(nullptr)) {
                std::this_thread::sleep_for(std::chrono::milliseconds(backoffMs));
                backoffMs = std::min(backoffMs * 2, 1000);
                continue;
            }
            backoffMs = 100;
        }
        if (m_state.ratePerClient > 0) {
            if (now < nextStart) {
                std::this_thread::sleep_for(
                    std::chrono::nanoseconds(std::min<int64_t>(nextStart - now, 50000000)));
                continue;
            }
            nextStart += int64_t(-std::log(1.0 - m_rng.unit()) / m_state.ratePerClient * 1e9);
        }
        bool measured = false;
        if (!m_state.claim(now, &measured))
            break;
        bool hit = false;
        const Outcome outcome = request(m_rng.uniform(1, keys), &hit);
        const int64_t done = benchNowNs();
        if (outcome == Outcome::Lost) {
            close();
            continue;
        }
        if (outcome == Outcome::Failed || (m_state.endNs && done > m_state.endNs))
            continue;
        m_stats.recordTransaction(done - now, measured);
        if (measured) {
            std::lock_guard<std::mutex> lock(m_stats.mutex);
            ++(hit ? m_stats.cacheHits : m_stats.cacheMisses);
        }
    }
    close();
}

} // namespace sonde
