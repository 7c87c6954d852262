#include "PgBouncerSampler.h"

#include "PgBouncerMetrics.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

bool isConsoleDatabase(const QString &database)
{
    return database == u"pgbouncer"_s;
}

} // namespace

PgBouncerSampler::PgBouncerSampler(const Target &target, QObject *parent)
    : Sampler(target, parent)
{}

PgBouncerSampler::~PgBouncerSampler()
{
    m_console.close();
}

void PgBouncerSampler::interrupt()
{
    m_console.abort();
}

void PgBouncerSampler::closeConnection()
{
    m_console.close();
}

DbError PgBouncerSampler::openConnection(QString *serverVersion, QStringList *notes)
{
    if (DbError err = m_console.open(target().uri, 5))
        return err;
    TextTable t;
    if (DbError err = m_console.query(u"SHOW VERSION"_s, &t, CommandTimeoutMs)) {
        m_console.close();
        if (err.kind == DbError::Kind::Sql)
            err.message = tr("%1 answered, but it is not a PgBouncer admin console (connect to "
                             "the database \"pgbouncer\" as a user listed in admin_users or "
                             "stats_users).")
                              .arg(m_console.target());
        return err;
    }
    m_version = t.rowCount() > 0 ? t.rows.at(0).value(0) : QString();
    *serverVersion = m_version;
    m_ticksSinceConfig = ConfigEveryTicks;
    if (DbError err = readConfig()) {
        if (err.isConnectionProblem())
            return err;
        *notes << tr("SHOW DATABASES / SHOW CONFIG failed (%1): pool sizes are unknown.")
                      .arg(err.message);
    }
    return {};
}

DbError PgBouncerSampler::readConfig()
{
    m_ticksSinceConfig = 0;
    TextTable dbs;
    if (DbError err = m_console.query(u"SHOW DATABASES"_s, &dbs, CommandTimeoutMs))
        return err;
    m_poolSizes.clear();
    for (int r = 0; r < dbs.rowCount(); ++r)
        m_poolSizes.insert(dbs.value(r, u"name"_s), int(dbs.integer(r, u"pool_size"_s, 0)));
    TextTable config;
    if (DbError err = m_console.query(u"SHOW CONFIG"_s, &config, CommandTimeoutMs))
        return err;
    for (int r = 0; r < config.rowCount(); ++r) {
        const QString key = config.value(r, u"key"_s);
        if (key == u"default_pool_size"_s)
            m_defaultPoolSize = int(config.integer(r, u"value"_s));
        else if (key == u"max_client_conn"_s)
            m_maxClientConnections = int(config.integer(r, u"value"_s));
    }
    return {};
}

DbError PgBouncerSampler::readCounters()
{
    if (++m_ticksSinceConfig >= ConfigEveryTicks) {
        if (DbError err = readConfig(); err && err.isConnectionProblem())
            return err;
    }
    Reading r;
    TextTable pools;
    if (DbError err = m_console.query(u"SHOW POOLS"_s, &pools, CommandTimeoutMs))
        return err;
    for (int i = 0; i < pools.rowCount(); ++i) {
        PoolActivity p;
        p.database = pools.value(i, u"database"_s);
        if (isConsoleDatabase(p.database))
            continue;
        p.user = pools.value(i, u"user"_s);
        p.mode = pools.value(i, u"pool_mode"_s);
        p.clientsActive = int(pools.integer(i, u"cl_active"_s));
        p.clientsWaiting = int(pools.integer(i, u"cl_waiting"_s));
        p.serversActive = int(pools.integer(i, u"sv_active"_s));
        p.serversIdle = int(pools.integer(i, u"sv_idle"_s));
        p.serversUsed = int(pools.integer(i, u"sv_used"_s));
        p.serversOther = int(pools.integer(i, u"sv_tested"_s) + pools.integer(i, u"sv_login"_s));
        // maxwait in seconds plus maxwait_us (1.8+); older versions only have maxwait.
        p.maxWaitSeconds = pools.number(i, u"maxwait"_s) + pools.number(i, u"maxwait_us"_s) / 1e6;
        p.poolSize = m_poolSizes.value(p.database, m_defaultPoolSize);
        r.pools << p;
    }
    TextTable stats;
    if (DbError err = m_console.query(u"SHOW STATS"_s, &stats, CommandTimeoutMs))
        return err;
    // Column names of the totals by version: total_query_count (1.8+) was total_requests.
    const QString queries =
        stats.hasColumn(u"total_query_count"_s) ? u"total_query_count"_s : u"total_requests"_s;
    double xacts = 0;
    double queryCount = 0;
    double xactTime = 0;
    double queryTime = 0;
    double waitTime = 0;
    for (int i = 0; i < stats.rowCount(); ++i) {
        if (isConsoleDatabase(stats.value(i, u"database"_s)))
            continue;
        xacts += stats.number(i, u"total_xact_count"_s);
        queryCount += stats.number(i, queries);
        xactTime += stats.number(i, u"total_xact_time"_s);
        queryTime += stats.number(i, u"total_query_time"_s);
        waitTime += stats.number(i, u"total_wait_time"_s);
    }
    r.totals.insert(u"xacts"_s, xacts);
    r.totals.insert(u"queries"_s, queryCount);
    if (stats.hasColumn(u"total_xact_time"_s))
        r.totals.insert(u"xact_us"_s, xactTime);
    if (stats.hasColumn(u"total_query_time"_s))
        r.totals.insert(u"query_us"_s, queryTime);
    if (stats.hasColumn(u"total_wait_time"_s))
        r.totals.insert(u"wait_us"_s, waitTime);
    m_current = r;
    return {};
}

void PgBouncerSampler::derive(bool hasPrevious, double seconds, Snapshot *out)
{
    auto activity = std::make_shared<PgBouncerActivity>();
    activity->version = m_version;
    activity->maxClientConnections = m_maxClientConnections;
    activity->defaultPoolSize = m_defaultPoolSize;
    activity->pools = m_current.pools;

    int clActive = 0;
    int clWaiting = 0;
    int svActive = 0;
    int svIdle = 0;
    int svUsed = 0;
    double maxWait = 0;
    double busiest = -1;
    for (const PoolActivity &p : m_current.pools) {
        clActive += p.clientsActive;
        clWaiting += p.clientsWaiting;
        svActive += p.serversActive;
        svIdle += p.serversIdle;
        svUsed += p.serversUsed;
        maxWait = qMax(maxWait, p.maxWaitSeconds);
        if (p.poolSize > 0)
            busiest = qMax(busiest, p.serverUsePercent());
    }
    auto &v = out->values;
    v.insert(metric::PgbClientsActive, clActive);
    v.insert(metric::PgbClientsWaiting, clWaiting);
    v.insert(metric::PgbMaxWaitSec, maxWait);
    v.insert(metric::PgbServersActive, svActive);
    v.insert(metric::PgbServersIdle, svIdle);
    v.insert(metric::PgbServersUsed, svUsed);
    if (busiest >= 0)
        v.insert(metric::PgbServerUsePct, busiest);

    if (hasPrevious && seconds > 0) {
        const CounterDeltas d(m_previous.totals, m_current.totals, seconds);
        if (d.anyWentBackwards()) {
            out->continuity = Snapshot::Continuity::Reset;
            TimelineEvent e;
            e.at = QDateTime::currentDateTimeUtc();
            e.kind = TimelineEvent::Kind::StatisticsReset;
            e.targetId = out->targetId;
            e.targetName = out->targetName;
            e.text = tr("%1: PgBouncer's totals went backwards (restart or RELOAD of a "
                        "database): rates restart from the next reading")
                         .arg(out->targetName);
            out->events << e;
        } else {
            v.insert(metric::PgbQueriesPerSec, *d.rate(u"queries"_s));
            v.insert(metric::PgbXactPerSec, *d.rate(u"xacts"_s));
            if (const auto q = d.mean(u"query_us"_s, u"queries"_s))
                v.insert(metric::PgbQueryMs, *q / 1000.0);
            if (const auto w = d.mean(u"wait_us"_s, u"xacts"_s))
                v.insert(metric::PgbWaitMs, *w / 1000.0);
        }
    }
    out->detail = activity;
}

void PgBouncerSampler::commitReading()
{
    m_previous = std::move(m_current);
    m_current = Reading();
}

} // namespace sonde
