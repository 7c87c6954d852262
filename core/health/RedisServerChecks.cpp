#include "RedisServerChecks.h"

#include "common/DisplayFormat.h"
#include "connection/RedisClient.h"
#include "redis/RedisSlowLogEntry.h"

#include <QLocale>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

QString size(double bytes)
{
    return DisplayFormat::bytes(qint64(bytes));
}

double ramOf(const RedisCheckContext &ctx)
{
    const double fromInfo = ctx.infoNumber(u"total_system_memory"_s);
    return fromInfo > 0 ? fromInfo : double(ctx.machine().ramBytes);
}

void checkMemory(RedisCheckContext &ctx)
{
    const HealthThresholds &th = ctx.thresholds();
    const double used = ctx.infoNumber(u"used_memory"_s);
    const double max = ctx.infoNumber(u"maxmemory"_s);
    const double evicted = ctx.infoNumber(u"evicted_keys"_s);
    const double ram = ramOf(ctx);
    const QString policy = ctx.policy();
    if (max <= 0) {
        HealthFinding &f = ctx.add(
            u"redis_maxmemory"_s, HealthSeverity::Warning, u"maxmemory"_s,
            RedisServerChecks::tr(
                "maxmemory is not set: Redis uses %1 and may grow until the machine (%2) "
                "runs out.")
                .arg(size(used), ram > 0 ? size(ram) : RedisServerChecks::tr("RAM unknown")),
            RedisServerChecks::tr(
                "Without a limit nothing is evicted: the kernel's OOM killer or swap ends "
                "it instead, for every client at once."));
        f.add(u"used_memory"_s, qint64(used))
            .add(u"maxmemory"_s, 0)
            .add(u"maxmemory_policy"_s, policy);
        if (ram > 0) {
            f.add(u"total_system_memory"_s, qint64(ram));
            f.fix = HealthFix::redisSetting(
                u"maxmemory"_s, QString::number(qint64(std::floor(ram * 0.75 / 1048576))) + u"mb"_s,
                u"0"_s,
                RedisServerChecks::tr(
                    "Cap Redis at about 75 % of RAM (leave room for forks and the OS), "
                    "with an eviction policy if it is a cache."));
        } else {
            f.fix =
                HealthFix::adviceOnly(RedisServerChecks::tr("Set maxmemory to about 75 % of RAM."));
        }
        return;
    }
    const double share = used / max;
    if (share >= th.redisMemoryShareWarning && policy == u"noeviction"_s) {
        HealthFinding &f = ctx.add(
            u"redis_maxmemory"_s, HealthSeverity::Critical, u"maxmemory"_s,
            RedisServerChecks::tr(
                "Redis uses %1 of its %2 maxmemory (%3) and its policy is noeviction.")
                .arg(size(used), size(max))
                .arg(DisplayFormat::percent(share * 100)),
            RedisServerChecks::tr("At the limit every write fails with OOM: nothing is evicted."));
        f.add(u"used_memory"_s, qint64(used))
            .add(u"maxmemory"_s, qint64(max))
            .add(u"maxmemory_policy"_s, policy);
        f.fix = HealthFix::adviceOnly(RedisServerChecks::tr(
            "Raise maxmemory, delete data, or — if this is a cache — choose an "
            "eviction policy (allkeys-lru)."));
    }
    if (evicted > 0) {
        const double proposed = max * 1.5;
        const bool fits = ram <= 0 || proposed <= ram * 0.75;
        HealthFinding &f = ctx.add(
            u"redis_evictions"_s,
            share >= th.redisMemoryShareWarning ? HealthSeverity::Warning : HealthSeverity::Info,
            u"maxmemory"_s,
            RedisServerChecks::tr(
                "Redis evicted %L1 keys since it started (%2 policy); it uses %3 of %4.")
                .arg(qint64(evicted))
                .arg(policy, size(used), size(max)),
            RedisServerChecks::tr(
                "Every evicted key that is read again is a miss that falls through to the "
                "database: the cache is smaller than its working set."));
        f.add(u"evicted_keys"_s, qint64(evicted))
            .add(u"used_memory"_s, qint64(used))
            .add(u"maxmemory"_s, qint64(max))
            .add(u"maxmemory_policy"_s, policy)
            .add(u"keyspace_misses"_s, qint64(ctx.infoNumber(u"keyspace_misses"_s)));
        if (fits) {
            f.fix = HealthFix::redisSetting(
                u"maxmemory"_s, QString::number(qint64(proposed / 1048576)) + u"mb"_s,
                QString::number(qint64(max / 1048576)) + u"mb"_s,
                RedisServerChecks::tr(
                    "Give the cache more memory (half as much again), or shorten the TTLs "
                    "of what it holds."));
        } else {
            f.fix = HealthFix::adviceOnly(RedisServerChecks::tr(
                "The machine has no room for a larger cache: shorten TTLs or cache less."));
        }
    }
}

void checkFragmentation(RedisCheckContext &ctx)
{
    const HealthThresholds &th = ctx.thresholds();
    const double ratio = ctx.infoNumber(u"mem_fragmentation_ratio"_s, 1);
    const double used = ctx.infoNumber(u"used_memory"_s);
    const double rss = ctx.infoNumber(u"used_memory_rss"_s);
    const bool swapping = ratio < 0.9 && used >= th.fragmentationExcessBytes;
    if (!swapping && (ratio < th.fragmentationRatio || rss - used < th.fragmentationExcessBytes))
        return;
    HealthFinding &f = ctx.add(
        u"redis_fragmentation"_s, swapping ? HealthSeverity::Critical : HealthSeverity::Warning,
        u"mem_fragmentation_ratio"_s,
        swapping ? RedisServerChecks::tr(
                       "Redis' resident memory (%1) is less than what it holds (%2): part "
                       "of it is swapped out.")
                       .arg(size(rss), size(used))
                 : RedisServerChecks::tr(
                       "Redis holds %1 of data in %2 of memory: fragmentation ratio %3.")
                       .arg(size(used), size(rss))
                       .arg(DisplayFormat::number(ratio)),
        swapping ? RedisServerChecks::tr("A swapped-out Redis answers in milliseconds instead of "
                                         "microseconds.")
                 : RedisServerChecks::tr(
                       "The difference is memory the machine cannot use, and it counts "
                       "against the OOM killer."));
    f.add(u"mem_fragmentation_ratio"_s, ratio)
        .add(u"used_memory"_s, qint64(used))
        .add(u"used_memory_rss"_s, qint64(rss))
        .add(u"mem_allocator"_s, ctx.info.value(u"mem_allocator"_s));
    const bool jemalloc = ctx.info.value(u"mem_allocator"_s).startsWith(u"jemalloc"_s);
    if (!swapping && jemalloc && ctx.config.value(u"activedefrag"_s) == u"no"_s) {
        f.fix = HealthFix::redisSetting(
            u"activedefrag"_s, u"yes"_s, u"no"_s,
            RedisServerChecks::tr("Let Redis defragment in the background (jemalloc)."));
    } else {
        f.fix = HealthFix::adviceOnly(
            swapping ? RedisServerChecks::tr(
                           "Give the machine more RAM or lower maxmemory; disable swap "
                           "for Redis.")
                     : RedisServerChecks::tr(
                           "A restart (or a failover to a replica) gives the memory back; "
                           "MEMORY PURGE may return some of it."));
    }
}

void checkPersistence(RedisCheckContext &ctx)
{
    const HealthThresholds &th = ctx.thresholds();
    const QString save = ctx.config.value(u"save"_s);
    const bool aof = ctx.info.value(u"aof_enabled"_s) == u"1"_s;
    const bool rdb = !save.trimmed().isEmpty();
    const QString bgsave = ctx.info.value(u"rdb_last_bgsave_status"_s);
    const QString rewrite = ctx.info.value(u"aof_last_bgrewrite_status"_s);
    if (bgsave == u"err"_s || (aof && rewrite == u"err"_s)) {
        HealthFinding &f = ctx.add(
            u"redis_persistence"_s, HealthSeverity::Critical,
            bgsave == u"err"_s ? u"save"_s : u"appendonly"_s,
            bgsave == u"err"_s ? RedisServerChecks::tr("The last background save (BGSAVE) failed.")
                               : RedisServerChecks::tr("The last AOF rewrite failed."),
            RedisServerChecks::tr(
                "Redis refuses writes after a failed save when "
                "stop-writes-on-bgsave-error is on, and a restart loses what was not "
                "saved."));
        f.add(u"rdb_last_bgsave_status"_s, bgsave).add(u"aof_last_bgrewrite_status"_s, rewrite);
        f.fix = HealthFix::adviceOnly(
            RedisServerChecks::tr("Read Redis' log for the cause (disk full, fork failed: "
                                  "vm.overcommit_memory)."));
    }
    const double fork = ctx.infoNumber(u"latest_fork_usec"_s);
    if ((!rdb && !aof) || fork < th.forkMicrosWarning)
        return;
    const double used = ctx.infoNumber(u"used_memory"_s);
    HealthFinding &f = ctx.add(
        u"redis_fork"_s, HealthSeverity::Warning, rdb ? u"save"_s : u"appendonly"_s,
        RedisServerChecks::tr("The last fork for %1 stopped Redis for %2 (with %3 of data).")
            .arg(rdb ? RedisServerChecks::tr("an RDB snapshot")
                     : RedisServerChecks::tr("an AOF rewrite"))
            .arg(DisplayFormat::duration(fork / 1000.0))
            .arg(size(used)),
        RedisServerChecks::tr(
            "Redis answers nothing while it forks: every snapshot is a latency spike for "
            "all clients, longer as the data grows."));
    f.add(u"latest_fork_usec"_s, qint64(fork))
        .add(u"used_memory"_s, qint64(used))
        .add(u"save"_s, save)
        .add(u"aof_enabled"_s, aof);
    if (rdb && ctx.evicts()) {
        f.fix = HealthFix::redisSetting(
            u"save"_s, QString(), save,
            RedisServerChecks::tr(
                "This Redis evicts keys: it is a cache, and a cache rarely needs "
                "snapshots. Turn RDB snapshots off (or take them on a replica)."));
    } else {
        f.fix = HealthFix::adviceOnly(RedisServerChecks::tr(
            "Persist on a replica instead of the primary, snapshot less often, or "
            "keep less data in this instance (fork time grows with memory)."));
    }
}

void checkClients(RedisCheckContext &ctx)
{
    const HealthThresholds &th = ctx.thresholds();
    const double connected = ctx.infoNumber(u"connected_clients"_s);
    double max = ctx.config.value(u"maxclients"_s).toDouble();
    if (max <= 0)
        max = ctx.infoNumber(u"maxclients"_s);
    if (max <= 0)
        return;
    const double share = connected / max;
    if (share < th.clientsWarning)
        return;
    HealthFinding &f =
        ctx.add(u"redis_clients"_s,
                share >= th.clientsCritical ? HealthSeverity::Critical : HealthSeverity::Warning,
                u"maxclients"_s,
                RedisServerChecks::tr("%L1 clients are connected; maxclients is %L2.")
                    .arg(qint64(connected))
                    .arg(qint64(max)),
                RedisServerChecks::tr(
                    "Past maxclients new connections are refused (\"max number of clients "
                    "reached\")."));
    f.add(u"connected_clients"_s, qint64(connected)).add(u"maxclients"_s, qint64(max));
    f.fix = HealthFix::redisSetting(
        u"maxclients"_s, QString::number(qint64(std::ceil(connected * 2))),
        QString::number(qint64(max)),
        RedisServerChecks::tr(
            "Allow more clients (the open-files limit of the Redis process must allow "
            "them too), and check that the application pools its connections."));
}

void checkSlowLog(RedisCheckContext &ctx)
{
    const HealthThresholds &th = ctx.thresholds();
    RedisReply reply;
    if (DbError err = ctx.client->command({"SLOWLOG", "GET", "128"}, &reply)) {
        ctx.notes << RedisServerChecks::tr("The slow log could not be read: %1").arg(err.message);
        return;
    }
    const QDateTime since =
        QDateTime::currentDateTimeUtc().addSecs(-qint64(th.slowLogWindowSeconds));
    const QList<RedisSlowLogEntry> entries = RedisSlowLogEntry::fromReply(reply);
    // Sonde's own connections: named "sonde…", and their AUTH and CLIENT SETNAME, logged
    // before the name applies, come from the same address.
    QSet<QString> sondeAddresses;
    for (const RedisSlowLogEntry &e : entries) {
        if (e.arguments.size() >= 3 && e.arguments.at(0).toUpper() == "CLIENT" &&
            e.arguments.at(1).toUpper() == "SETNAME" && e.arguments.at(2).startsWith("sonde"))
            sondeAddresses << e.client;
    }
    QList<RedisSlowLogEntry> recent;
    for (const RedisSlowLogEntry &e : entries) {
        if (e.at >= since && !e.clientName.startsWith(u"sonde"_s) &&
            !sondeAddresses.contains(e.client))
            recent << e;
    }
    if (recent.isEmpty())
        return;
    const RedisSlowLogEntry *slowest = &recent.first();
    for (const RedisSlowLogEntry &e : recent) {
        if (e.durationUs > slowest->durationUs)
            slowest = &e;
    }
    HealthFinding &f =
        ctx.add(u"redis_slowlog"_s,
                double(slowest->durationUs) >= th.slowLogMicrosWarning ? HealthSeverity::Warning
                                                                       : HealthSeverity::Info,
                slowest->commandName(),
                RedisServerChecks::tr(
                    "%n command(s) in the last hour took longer than slowlog-log-slower-than; the "
                    "slowest: %1",
                    "", int(recent.size()))
                    .arg(slowest->summary()),
                RedisServerChecks::tr(
                    "Redis runs one command at a time: while a slow one runs, every other client "
                    "waits."));
    f.add(u"entries"_s, qint64(recent.size()))
        .add(u"slowest_us"_s, slowest->durationUs)
        .add(u"command"_s, slowest->commandText(80))
        .add(u"client"_s, slowest->client)
        .add(u"client_name"_s, slowest->clientName)
        .add(u"slowlog_log_slower_than"_s, ctx.config.value(u"slowlog-log-slower-than"_s));
    f.fix = HealthFix::adviceOnly(RedisServerChecks::tr(
        "Replace O(N) commands on large values (KEYS, SMEMBERS, HGETALL, LRANGE 0 -1, "
        "DEL of a big key) with SCAN-style iteration or UNLINK; the Slow queries page "
        "lists every entry."));
}

} // namespace

void RedisServerChecks::run(RedisCheckContext &ctx)
{
    checkMemory(ctx);
    checkFragmentation(ctx);
    checkPersistence(ctx);
    checkClients(ctx);
    checkSlowLog(ctx);
}

} // namespace sonde
