#include "ConfigurationChecks.h"

#include "common/DisplayFormat.h"

#include <QLocale>

#include <pqxx/pqxx>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

const char *const ActivitySql = R"SQL(
SELECT /* sonde health */
       (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'),
       (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'),
       checkpoints_timed, checkpoints_req,
       extract(epoch FROM now() - coalesce(stats_reset, pg_postmaster_start_time()))
FROM pg_stat_bgwriter
)SQL";

void checkCheckpoints(PostgresCheckContext &ctx, double timed, double requested, double seconds)
{
    const HealthThresholds &th = ctx.thresholds();
    const PostgresSettings &s = ctx.settings;
    const double share = requested / std::max(1.0, timed + requested);
    if (requested < th.checkpointsRequestedMin || share < th.checkpointsRequestedShare)
        return;
    const double current = s.bytes(u"max_wal_size"_s);
    const double proposed = current * (share > 0.75 ? 4 : 2);
    HealthFinding &f = ctx.add(
        u"checkpoints_requested"_s, HealthSeverity::Warning, u"max_wal_size"_s,
        ConfigurationChecks::tr("%L1 of %L2 checkpoints (%3) were requested because WAL "
                                "reached max_wal_size (%4) before checkpoint_timeout (%5).")
            .arg(qint64(requested))
            .arg(qint64(timed + requested))
            .arg(DisplayFormat::percent(share * 100))
            .arg(s.display(u"max_wal_size"_s), s.display(u"checkpoint_timeout"_s)),
        ConfigurationChecks::tr("Frequent checkpoints write the same pages again and again and, "
                                "with full_page_writes, multiply the WAL volume."));
    f.add(u"checkpoints_timed"_s, qint64(timed))
        .add(u"checkpoints_req"_s, qint64(requested))
        .add(u"requested_share"_s, share)
        .add(u"max_wal_size_bytes"_s, qint64(current))
        .add(u"stats_seconds"_s, qint64(seconds));
    f.fix = HealthFix::postgresSetting(
        u"max_wal_size"_s, PostgresSettings::formatBytes(proposed), s.display(u"max_wal_size"_s),
        s.context(u"max_wal_size"_s),
        ConfigurationChecks::tr("Raise max_wal_size so checkpoints come from "
                                "checkpoint_timeout; pg_wal needs that much disk."));
}

void checkConnections(PostgresCheckContext &ctx, double used)
{
    const HealthThresholds &th = ctx.thresholds();
    const PostgresSettings &s = ctx.settings;
    const double max = s.number(u"max_connections"_s, 100);
    const double reserved = s.number(u"superuser_reserved_connections"_s, 3);
    const double available = std::max(1.0, max - reserved);
    const double share = used / available;
    if (share < th.connectionsWarning)
        return;
    HealthFinding &f = ctx.add(
        u"connections"_s,
        share >= th.connectionsCritical ? HealthSeverity::Critical : HealthSeverity::Warning,
        u"max_connections"_s,
        ConfigurationChecks::tr("%L1 client connections of the %L2 max_connections allows "
                                "(%3 reserved for superusers) are in use.")
            .arg(qint64(used))
            .arg(qint64(max))
            .arg(qint64(reserved)),
        ConfigurationChecks::tr("When they run out, new connections fail with \"too many "
                                "clients already\"."));
    f.add(u"client_connections"_s, qint64(used))
        .add(u"max_connections"_s, qint64(max))
        .add(u"superuser_reserved_connections"_s, qint64(reserved))
        .add(u"used_share"_s, share);
    f.fix = HealthFix::adviceOnly(ConfigurationChecks::tr(
        "Put a pooler (PgBouncer in transaction mode) in front, or find the application that "
        "holds idle connections; raising max_connections needs a restart and memory for each."));
}

void checkAutovacuum(PostgresCheckContext &ctx, double busyWorkers)
{
    const PostgresSettings &s = ctx.settings;
    if (!s.isOn(u"autovacuum"_s)) {
        HealthFinding &f = ctx.add(
            u"autovacuum_off"_s, HealthSeverity::Critical, u"autovacuum"_s,
            ConfigurationChecks::tr("autovacuum is off on the whole server."),
            ConfigurationChecks::tr("Without it dead rows pile up in every table and only the "
                                    "anti-wraparound vacuum still runs, late and all at once."));
        f.add(u"autovacuum"_s, s.text(u"autovacuum"_s));
        f.fix = HealthFix::postgresSetting(u"autovacuum"_s, u"on"_s, s.text(u"autovacuum"_s),
                                           s.context(u"autovacuum"_s),
                                           ConfigurationChecks::tr("Turn autovacuum back on."));
        return;
    }
    const double workers = s.number(u"autovacuum_max_workers"_s, 3);
    if (ctx.tablesBehind == 0 || busyWorkers < workers)
        return;
    const double avLimit = s.number(u"autovacuum_vacuum_cost_limit"_s, -1);
    const double limit = avLimit > 0 ? avLimit : s.number(u"vacuum_cost_limit"_s, 200);
    const double proposed = std::min(10000.0, std::max(2000.0, limit * 2));
    HealthFinding &f = ctx.add(
        u"autovacuum_capacity"_s, HealthSeverity::Warning, u"autovacuum_vacuum_cost_limit"_s,
        ConfigurationChecks::tr("All %1 autovacuum workers are busy and %2 table(s) are behind "
                                "on vacuum; the workers share a cost limit of %3 per %4.")
            .arg(workers)
            .arg(ctx.tablesBehind)
            .arg(DisplayFormat::number(limit))
            .arg(s.display(u"autovacuum_vacuum_cost_delay"_s)),
        ConfigurationChecks::tr("Throttled autovacuum falls further behind as the tables grow: "
                                "dead rows accumulate and freezing comes late."));
    f.add(u"autovacuum_workers_busy"_s, qint64(busyWorkers))
        .add(u"autovacuum_max_workers"_s, qint64(workers))
        .add(u"tables_behind"_s, ctx.tablesBehind)
        .add(u"autovacuum_vacuum_cost_limit"_s, limit)
        .add(u"autovacuum_vacuum_cost_delay"_s, s.display(u"autovacuum_vacuum_cost_delay"_s));
    f.fix = HealthFix::postgresSetting(
        u"autovacuum_vacuum_cost_limit"_s, QString::number(qint64(proposed)),
        s.text(u"autovacuum_vacuum_cost_limit"_s), s.context(u"autovacuum_vacuum_cost_limit"_s),
        ConfigurationChecks::tr("Let autovacuum do more work per pause; if the workers stay "
                                "busy, raise autovacuum_max_workers too (restart)."));
}

void checkPlannerAndStatistics(PostgresCheckContext &ctx)
{
    const PostgresSettings &s = ctx.settings;
    const MachineFacts &m = ctx.machine();
    const double rpc = s.number(u"random_page_cost"_s, 4);
    if (m.storage == MachineFacts::Storage::Ssd && rpc > 2) {
        HealthFinding &f = ctx.add(
            u"random_page_cost"_s, HealthSeverity::Info, u"random_page_cost"_s,
            ConfigurationChecks::tr("random_page_cost is %1 while the data is on SSD (%2).")
                .arg(rpc)
                .arg(m.storageSource),
            ConfigurationChecks::tr("The default of 4 prices a random read as on spinning "
                                    "disks: the planner then prefers sequential scans where an "
                                    "index would be faster."));
        f.add(u"random_page_cost"_s, rpc).add(u"storage"_s, MachineFacts::storageKey(m.storage));
        f.fix = HealthFix::postgresSetting(u"random_page_cost"_s, u"1.1"_s,
                                           s.text(u"random_page_cost"_s),
                                           s.context(u"random_page_cost"_s),
                                           ConfigurationChecks::tr("Price random reads as SSDs "
                                                                   "do."));
    } else if (m.storage == MachineFacts::Storage::Unknown && rpc > 2) {
        ctx.notes << ConfigurationChecks::tr("The storage is unknown: random_page_cost (%1) was "
                                             "not checked (say whether the data is on SSD).")
                         .arg(rpc);
    }
    if (!s.isOn(u"track_io_timing"_s)) {
        HealthFinding &f = ctx.add(
            u"track_io_timing"_s, HealthSeverity::Info, u"track_io_timing"_s,
            ConfigurationChecks::tr("track_io_timing is off."),
            ConfigurationChecks::tr("Without it pg_stat_statements and EXPLAIN (ANALYZE, BUFFERS) "
                                    "cannot say how long statements waited for reads and "
                                    "writes."));
        f.add(u"track_io_timing"_s, s.text(u"track_io_timing"_s));
        f.fix = HealthFix::postgresSetting(
            u"track_io_timing"_s, u"on"_s, s.text(u"track_io_timing"_s),
            s.context(u"track_io_timing"_s),
            ConfigurationChecks::tr("Turn it on (pg_test_timing tells what the clock costs on "
                                    "this machine; on current hardware it is negligible)."));
    }
    const QString preload = s.text(u"shared_preload_libraries"_s);
    QStringList libraries;
    for (const QString &l : preload.split(u',', Qt::SkipEmptyParts))
        libraries << l.trimmed().remove(u'"');
    if (!libraries.contains(u"pg_stat_statements"_s)) {
        HealthFinding &f = ctx.add(
            u"pg_stat_statements"_s, HealthSeverity::Warning, u"shared_preload_libraries"_s,
            ConfigurationChecks::tr("pg_stat_statements is not loaded (shared_preload_libraries "
                                    "= '%1').")
                .arg(preload),
            ConfigurationChecks::tr("Without it nobody can say which statements take the "
                                    "server's time: Slow queries and Index advice stay empty."));
        f.add(u"shared_preload_libraries"_s, preload);
        f.fix = HealthFix::postgresSetting(
            u"shared_preload_libraries"_s,
            (libraries + QStringList{u"pg_stat_statements"_s}).join(u", "_s), preload,
            s.context(u"shared_preload_libraries"_s),
            ConfigurationChecks::tr("Load it at the next restart, then CREATE EXTENSION "
                                    "pg_stat_statements in each database you look at."));
    } else if (ctx.statStatementsSchema.isEmpty()) {
        HealthFinding &f = ctx.add(
            u"pg_stat_statements"_s, HealthSeverity::Warning, u"pg_stat_statements"_s,
            ConfigurationChecks::tr("pg_stat_statements is loaded but not created in database "
                                    "%1.")
                .arg(ctx.database),
            ConfigurationChecks::tr("Its view is missing in this database: Slow queries and "
                                    "Index advice cannot read it."));
        f.add(u"shared_preload_libraries"_s, preload);
        f.fix = HealthFix::statement(u"CREATE EXTENSION IF NOT EXISTS pg_stat_statements"_s,
                                     ConfigurationChecks::tr("Create the extension here."));
    }
}

void checkIdleTimeout(PostgresCheckContext &ctx)
{
    const PostgresSettings &s = ctx.settings;
    if (ctx.idleInTransactionSessions == 0 ||
        s.number(u"idle_in_transaction_session_timeout"_s, 0) > 0)
        return;
    HealthFinding &f = ctx.add(
        u"idle_in_transaction_timeout"_s, HealthSeverity::Info,
        u"idle_in_transaction_session_timeout"_s,
        ConfigurationChecks::tr("%n session(s) sit idle in a transaction and nothing ends them: "
                                "idle_in_transaction_session_timeout is 0.",
                                "", ctx.idleInTransactionSessions),
        ConfigurationChecks::tr("A forgotten transaction holds its locks and VACUUM's horizon "
                                "until someone notices."));
    f.add(u"idle_in_transaction_sessions"_s, ctx.idleInTransactionSessions);
    f.fix = HealthFix::postgresSetting(
        u"idle_in_transaction_session_timeout"_s, u"10min"_s,
        s.text(u"idle_in_transaction_session_timeout"_s),
        s.context(u"idle_in_transaction_session_timeout"_s),
        ConfigurationChecks::tr("End sessions idle in a transaction for more than 10 minutes "
                                "(for new sessions and those that did not set it)."));
}

} // namespace

void ConfigurationChecks::run(pqxx::transaction_base &tx, PostgresCheckContext &ctx)
{
    const pqxx::row a = tx.exec1(ActivitySql);
    checkConnections(ctx, a[0].as<double>());
    checkAutovacuum(ctx, a[1].as<double>());
    checkCheckpoints(ctx, a[2].as<double>(), a[3].as<double>(), a[4].as<double>());
    checkPlannerAndStatistics(ctx);
    checkIdleTimeout(ctx);
}

} // namespace sonde
