#include "PgBouncerChecks.h"

#include "common/DisplayFormat.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

bool isConsole(const QString &database)
{
    return database == u"pgbouncer"_s;
}

QString configValue(const TextTable &config, const QString &key)
{
    for (int r = 0; r < config.rowCount(); ++r) {
        if (config.value(r, u"key"_s) == key)
            return config.value(r, u"value"_s);
    }
    return {};
}

void checkPoolSizes(const PgBouncerChecks::Console &c, const PgBouncerChecks::Server &server,
                    HealthCheckContext &ctx)
{
    if (server.maxConnections <= 0) {
        ctx.notes << PgBouncerChecks::tr(
            "PostgreSQL's max_connections is unknown (give the pooled "
            "database to reach it through PgBouncer): pool sizes were not "
            "compared with it.");
        return;
    }
    const int maxDb = configValue(c.config, u"max_db_connections"_s).toInt();
    const int defaultPool = configValue(c.config, u"default_pool_size"_s).toInt();
    const int defaultReserve = configValue(c.config, u"reserve_pool_size"_s).toInt();
    int possible = 0;
    QStringList parts;
    for (int r = 0; r < c.databases.rowCount(); ++r) {
        const QString name = c.databases.value(r, u"name"_s);
        if (isConsole(name))
            continue;
        int users = 0;
        for (int p = 0; p < c.pools.rowCount(); ++p)
            users += c.pools.value(p, u"database"_s) == name ? 1 : 0;
        if (!c.databases.value(r, u"force_user"_s).isEmpty())
            users = 1;
        users = std::max(users, 1);
        const qint64 poolSize = c.databases.integer(r, u"pool_size"_s, defaultPool);
        const qint64 reserve = c.databases.integer(r, u"reserve_pool"_s, defaultReserve);
        qint64 n = (poolSize + reserve) * users;
        const qint64 dbMax = c.databases.integer(r, u"max_connections"_s, 0);
        if (dbMax > 0)
            n = std::min(n, dbMax);
        if (maxDb > 0)
            n = std::min<qint64>(n, maxDb);
        possible += int(n);
        parts << PgBouncerChecks::tr("%1: %2 × (%3 + %4 reserve)")
                     .arg(name)
                     .arg(users)
                     .arg(poolSize)
                     .arg(reserve);
    }
    const int available = server.maxConnections - server.reserved;
    if (possible <= available)
        return;
    HealthFinding &f =
        ctx.add(u"pgbouncer_pool_size"_s, HealthSeverity::Warning, u"default_pool_size"_s,
                PgBouncerChecks::tr(
                    "PgBouncer's pools may open %1 server connections (%2), but PostgreSQL allows "
                    "%3 (max_connections %4 less %5 reserved).")
                    .arg(possible)
                    .arg(parts.join(u"; "_s))
                    .arg(available)
                    .arg(server.maxConnections)
                    .arg(server.reserved),
                PgBouncerChecks::tr(
                    "Under load the pools try to grow past what the server accepts: clients get "
                    "\"too many clients already\" through the pooler, and other applications are "
                    "locked out."));
    f.add(u"possible_server_connections"_s, possible)
        .add(u"max_connections"_s, server.maxConnections)
        .add(u"superuser_reserved_connections"_s, server.reserved)
        .add(u"default_pool_size"_s, defaultPool)
        .add(u"reserve_pool_size"_s, defaultReserve)
        .add(u"max_db_connections"_s, maxDb);
    f.fix = HealthFix::adviceOnly(PgBouncerChecks::tr(
        "Lower default_pool_size (or pool_size per database) in pgbouncer.ini, or cap each "
        "database with max_db_connections, so the sum stays under max_connections; then "
        "RELOAD PgBouncer."));
}

void checkWaiting(const PgBouncerChecks::Console &c, HealthCheckContext &ctx)
{
    const HealthThresholds &th = ctx.thresholds();
    for (int p = 0; p < c.pools.rowCount(); ++p) {
        const QString db = c.pools.value(p, u"database"_s);
        if (isConsole(db))
            continue;
        const qint64 waiting = c.pools.integer(p, u"cl_waiting"_s);
        const double waitUs =
            c.pools.number(p, u"maxwait"_s) * 1e6 + c.pools.number(p, u"maxwait_us"_s);
        if (waiting <= 0 || waitUs < th.waitMicrosWarning)
            continue;
        const QString pool = db + u'/' + c.pools.value(p, u"user"_s);
        HealthFinding &f = ctx.add(
            u"pgbouncer_clients_waiting"_s,
            waitUs >= th.waitMicrosCritical ? HealthSeverity::Critical : HealthSeverity::Warning,
            pool,
            PgBouncerChecks::tr(
                "%n client(s) of pool %1 wait for a server connection; the oldest has "
                "waited %2. %3 server connections are active, %4 idle.",
                "", int(waiting))
                .arg(pool)
                .arg(DisplayFormat::duration(waitUs / 1000.0))
                .arg(c.pools.integer(p, u"sv_active"_s))
                .arg(c.pools.integer(p, u"sv_idle"_s)),
            PgBouncerChecks::tr(
                "Waiting in the pooler is latency the application sees on every query, "
                "though PostgreSQL looks idle."));
        f.add(u"cl_waiting"_s, waiting)
            .add(u"maxwait_us"_s, qint64(waitUs))
            .add(u"cl_active"_s, c.pools.integer(p, u"cl_active"_s))
            .add(u"sv_active"_s, c.pools.integer(p, u"sv_active"_s))
            .add(u"sv_idle"_s, c.pools.integer(p, u"sv_idle"_s))
            .add(u"pool_mode"_s, c.pools.value(p, u"pool_mode"_s));
        f.fix = HealthFix::adviceOnly(PgBouncerChecks::tr(
            "Find what holds the server connections (long transactions through the pooler, "
            "session pooling), or raise this pool's size if PostgreSQL has room."));
    }
}

void checkPreparedStatements(const PgBouncerChecks::Console &c, HealthCheckContext &ctx)
{
    const QString mode = configValue(c.config, u"pool_mode"_s);
    QSet<QString> modes;
    if (!mode.isEmpty())
        modes << mode;
    for (int r = 0; r < c.databases.rowCount(); ++r) {
        const QString m = c.databases.value(r, u"pool_mode"_s);
        if (!m.isEmpty() && !isConsole(c.databases.value(r, u"name"_s)))
            modes << m;
    }
    const bool pooledPerStatement =
        modes.contains(u"transaction"_s) || modes.contains(u"statement"_s);
    if (!pooledPerStatement)
        return;
    const int version = PgBouncerChecks::versionNumber(c.version);
    const QString maxPrepared = configValue(c.config, u"max_prepared_statements"_s);
    const bool supported = version >= 12100 && maxPrepared.toInt() > 0;
    if (supported)
        return;
    HealthFinding &f = ctx.add(
        u"pgbouncer_prepared_statements"_s, HealthSeverity::Info, u"pool_mode"_s,
        version >= 12100
            ? PgBouncerChecks::tr(
                  "Transaction pooling with max_prepared_statements = 0: protocol-level "
                  "prepared statements fail or run on the wrong server connection.")
            : PgBouncerChecks::tr("Transaction pooling with %1, which cannot carry "
                                  "protocol-level prepared statements (1.21 and later can).")
                  .arg(c.version),
        PgBouncerChecks::tr(
            "A driver that prepares statements (JDBC after 5 executions, npgsql, asyncpg, "
            "pgx) gets \"prepared statement does not exist\" errors at random."));
    f.add(u"pool_mode"_s, QStringList(modes.values()).join(u", "_s))
        .add(u"version"_s, c.version)
        .add(u"max_prepared_statements"_s, maxPrepared);
    f.fix = HealthFix::adviceOnly(
        version >= 12100
            ? PgBouncerChecks::tr(
                  "Set max_prepared_statements (e.g. 200) in pgbouncer.ini and RELOAD.")
            : PgBouncerChecks::tr(
                  "Make the clients use the simple or unnamed extended protocol "
                  "(prepareThreshold=0, statement_cache_size=0), or upgrade PgBouncer to "
                  "1.21+ and set max_prepared_statements."));
}

} // namespace

int PgBouncerChecks::versionNumber(const QString &text)
{
    static const QRegularExpression re(u"(\\d+)\\.(\\d+)(?:\\.(\\d+))?"_s);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return 0;
    return m.captured(1).toInt() * 10000 + m.captured(2).toInt() * 100 + m.captured(3).toInt();
}

void PgBouncerChecks::run(const Console &console, const Server &server, HealthCheckContext &ctx)
{
    checkPoolSizes(console, server, ctx);
    checkWaiting(console, ctx);
    checkPreparedStatements(console, ctx);
}

} // namespace sonde
