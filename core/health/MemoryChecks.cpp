#include "MemoryChecks.h"

#include "common/DisplayFormat.h"

#include <QLocale>

#include <pqxx/pqxx>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

constexpr double MB = 1024.0 * 1024;
constexpr double GB = 1024.0 * MB;

const char *const DatabaseSql = R"SQL(
SELECT /* sonde health */ temp_files, temp_bytes, blks_hit, blks_read,
       extract(epoch FROM now() - coalesce(stats_reset, pg_postmaster_start_time()))
FROM pg_stat_database WHERE datname = current_database()
)SQL";

// The statements of this database that spill most (texts only for these few).
const char *const SpillingSql = R"SQL(
SELECT /* sonde health */ s.queryid, left(s.query, 300), s.calls, s.temp_blks_written
FROM %1.pg_stat_statements(true) s
WHERE s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
  AND s.temp_blks_written > 0 AND s.query NOT LIKE '/* sonde%'
ORDER BY s.temp_blks_written DESC
LIMIT 5
)SQL";

double floorMb(double bytes)
{
    return std::floor(bytes / MB) * MB;
}

QString size(double bytes)
{
    return DisplayFormat::bytes(qint64(bytes));
}

void checkSharedBuffers(PostgresCheckContext &ctx, double hitRate, double reads)
{
    const HealthThresholds &th = ctx.thresholds();
    const PostgresSettings &s = ctx.settings;
    const double sb = s.bytes(u"shared_buffers"_s);
    const bool readsMatter = reads >= th.hitRateReadsMin && hitRate < th.hitRateWarning;
    if (ctx.machine().knowsRam()) {
        const double ram = double(ctx.machine().ramBytes);
        const double share = sb / ram;
        const double proposed = MemoryChecks::recommendedSharedBuffers(ram);
        if (share < th.sharedBuffersLowShare || share > th.sharedBuffersHighShare) {
            const bool low = share < th.sharedBuffersLowShare;
            HealthFinding &f = ctx.add(
                u"shared_buffers"_s,
                low && readsMatter ? HealthSeverity::Warning : HealthSeverity::Info,
                u"shared_buffers"_s,
                MemoryChecks::tr("shared_buffers is %1, %2 of the machine's %3 of RAM (%4); "
                                 "about 25 % is the usual start.")
                    .arg(s.display(u"shared_buffers"_s))
                    .arg(DisplayFormat::percent(share * 100))
                    .arg(size(ram), ctx.machine().ramSource),
                low ? MemoryChecks::tr("Too small a buffer cache sends reads to the kernel's "
                                       "cache or the disk, and checkpoints write more often.")
                    : MemoryChecks::tr("Too large a buffer cache leaves too little for the "
                                       "kernel's own cache and for work_mem, and double-caches "
                                       "the same pages."));
            f.add(u"shared_buffers_bytes"_s, qint64(sb))
                .add(u"ram_bytes"_s, qint64(ram))
                .add(u"ram_source"_s, ctx.machine().ramSource)
                .add(u"cache_hit_rate"_s, hitRate)
                .add(u"blks_read"_s, qint64(reads));
            f.fix = HealthFix::postgresSetting(
                u"shared_buffers"_s, PostgresSettings::formatBytes(proposed),
                s.display(u"shared_buffers"_s), s.context(u"shared_buffers"_s),
                MemoryChecks::tr("Set shared_buffers to 25 % of RAM, then restart the server "
                                 "at a quiet moment."));
            return;
        }
    }
    if (!readsMatter)
        return;
    HealthFinding &f =
        ctx.add(u"cache_hit_rate"_s, HealthSeverity::Warning, ctx.database,
                MemoryChecks::tr("%1 of the blocks this database read came from shared buffers; "
                                 "%L2 blocks were read from outside them.")
                    .arg(DisplayFormat::percent(hitRate * 100))
                    .arg(qint64(reads)),
                MemoryChecks::tr("Each miss is a system call at least and a disk read at worst: an "
                                 "OLTP database usually serves over 99 % from its buffers."));
    f.add(u"cache_hit_rate"_s, hitRate)
        .add(u"blks_read"_s, qint64(reads))
        .add(u"shared_buffers_bytes"_s, qint64(sb));
    f.fix = HealthFix::adviceOnly(
        ctx.machine().knowsRam()
            ? MemoryChecks::tr("shared_buffers already fits the RAM: look for the statements "
                               "that read most (Slow queries, sorted by reads) and their "
                               "indexes, or add RAM.")
            : MemoryChecks::tr("Give the machine's RAM to compare shared_buffers with it; "
                               "look for the statements that read most."));
}

void checkRamSettings(PostgresCheckContext &ctx)
{
    const PostgresSettings &s = ctx.settings;
    const double ram = double(ctx.machine().ramBytes);
    const double ecs = s.bytes(u"effective_cache_size"_s);
    if (ecs > ram || ecs < ram * 0.5) {
        const double proposed = MemoryChecks::recommendedEffectiveCacheSize(ram);
        HealthFinding &f = ctx.add(
            u"effective_cache_size"_s, HealthSeverity::Info, u"effective_cache_size"_s,
            MemoryChecks::tr("effective_cache_size is %1 on a machine with %2 of RAM (%3).")
                .arg(s.display(u"effective_cache_size"_s), size(ram), ctx.machine().ramSource),
            MemoryChecks::tr("The planner uses it to judge how likely an index page is "
                             "cached: too high favours index scans that then read the disk, "
                             "too low avoids indexes that would be fast."));
        f.add(u"effective_cache_size_bytes"_s, qint64(ecs)).add(u"ram_bytes"_s, qint64(ram));
        f.fix = HealthFix::postgresSetting(
            u"effective_cache_size"_s, PostgresSettings::formatBytes(proposed),
            s.display(u"effective_cache_size"_s), s.context(u"effective_cache_size"_s),
            MemoryChecks::tr("Set it to about 75 % of RAM (it allocates nothing)."));
    }
    const double mwm = s.bytes(u"maintenance_work_mem"_s);
    const double avwm =
        s.bytes(u"autovacuum_work_mem"_s) > 0 ? s.bytes(u"autovacuum_work_mem"_s) : mwm;
    const double workers = s.number(u"autovacuum_max_workers"_s, 3);
    const double worst = mwm + avwm * workers;
    const double target = MemoryChecks::recommendedMaintenanceWorkMem(ram);
    if (worst > ram * 0.25 || mwm < target / 4) {
        const bool high = worst > ram * 0.25;
        HealthFinding &f = ctx.add(
            u"maintenance_work_mem"_s, high ? HealthSeverity::Warning : HealthSeverity::Info,
            u"maintenance_work_mem"_s,
            high ? MemoryChecks::tr("maintenance_work_mem is %1: one CREATE INDEX plus %2 "
                                    "autovacuum workers may take %3 of the machine's %4.")
                       .arg(s.display(u"maintenance_work_mem"_s))
                       .arg(workers)
                       .arg(size(worst), size(ram))
                 : MemoryChecks::tr("maintenance_work_mem is %1 on a machine with %2 of RAM: "
                                    "VACUUM and CREATE INDEX work in small pieces.")
                       .arg(s.display(u"maintenance_work_mem"_s), size(ram)),
            high ? MemoryChecks::tr("Maintenance that takes that much memory at once pushes the "
                                    "server into swap or the OOM killer.")
                 : MemoryChecks::tr("With little memory VACUUM scans every index several times "
                                    "and index builds sort on disk."));
        f.add(u"maintenance_work_mem_bytes"_s, qint64(mwm))
            .add(u"autovacuum_max_workers"_s, workers)
            .add(u"ram_bytes"_s, qint64(ram));
        f.fix = HealthFix::postgresSetting(
            u"maintenance_work_mem"_s, PostgresSettings::formatBytes(target),
            s.display(u"maintenance_work_mem"_s), s.context(u"maintenance_work_mem"_s),
            MemoryChecks::tr("Set it to RAM / 16 (at most 2 GB)."));
    }
}

void checkParallel(PostgresCheckContext &ctx)
{
    const PostgresSettings &s = ctx.settings;
    const int cores = ctx.machine().cores;
    const double workers = s.number(u"max_parallel_workers"_s, 8);
    const double processes = s.number(u"max_worker_processes"_s, 8);
    if (cores < 4 || (workers >= cores && processes >= cores))
        return;
    // Parallel workers come out of max_worker_processes (a restart); within it, a reload.
    const bool needsProcesses = processes < cores;
    const QString name = needsProcesses ? u"max_worker_processes"_s : u"max_parallel_workers"_s;
    HealthFinding &f = ctx.add(
        u"parallel_workers"_s, HealthSeverity::Info, name,
        MemoryChecks::tr("max_worker_processes is %1 and max_parallel_workers %2 on a machine "
                         "with %3 cores (%4).")
            .arg(processes)
            .arg(workers)
            .arg(cores)
            .arg(ctx.machine().coresSource),
        MemoryChecks::tr("Large scans, joins and aggregates can use more cores than the "
                         "server lets them."));
    f.add(u"max_worker_processes"_s, processes)
        .add(u"max_parallel_workers"_s, workers)
        .add(u"cores"_s, cores);
    f.fix = HealthFix::postgresSetting(
        name, QString::number(cores), s.text(name), s.context(name),
        needsProcesses ? MemoryChecks::tr("Allow a worker process per core (then raise "
                                          "max_parallel_workers to match).")
                       : MemoryChecks::tr("Let parallel queries use every core."));
}

void checkWorkMem(pqxx::transaction_base &tx, PostgresCheckContext &ctx, double tempFiles,
                  double tempBytes)
{
    const PostgresSettings &s = ctx.settings;
    if (tempBytes < ctx.thresholds().tempBytesMin || tempFiles <= 0)
        return;
    const double blockSize = s.number(u"block_size"_s, 8192);
    double spill = tempBytes / tempFiles; // an average temp file, without pg_stat_statements
    QString worstQuery;
    qint64 worstCalls = 0;
    double worstBlocks = 0;
    if (!ctx.statStatementsSchema.isEmpty()) {
        const std::string sql =
            QString::fromLatin1(SpillingSql).arg(ctx.statStatementsSchema).toStdString();
        const pqxx::result r = tx.exec(sql);
        if (!r.empty()) {
            worstQuery = QString::fromUtf8(r[0][1].c_str());
            worstCalls = r[0][2].as<qint64>();
            worstBlocks = r[0][3].as<double>();
            spill = worstBlocks * blockSize / double(std::max<qint64>(1, worstCalls));
        }
    }
    const double current = s.bytes(u"work_mem"_s);
    const double connections = s.number(u"max_connections"_s, 100);
    const bool knowsRam = ctx.machine().knowsRam();
    // Every connection may sort at once: work_mem × max_connections within a quarter of RAM.
    const double cap =
        knowsRam ? floorMb(double(ctx.machine().ramBytes) * 0.25 / connections) : 64 * MB;
    const double proposed = MemoryChecks::recommendedWorkMem(spill, cap);
    const bool fixable = proposed > current;
    HealthFinding &f = ctx.add(
        u"work_mem"_s, fixable ? HealthSeverity::Warning : HealthSeverity::Info, u"work_mem"_s,
        worstQuery.isEmpty()
            ? MemoryChecks::tr("Sorts and hashes wrote %L1 temporary files (%2) since the "
                               "statistics were reset; work_mem is %3.")
                  .arg(qint64(tempFiles))
                  .arg(size(tempBytes), s.display(u"work_mem"_s))
            : MemoryChecks::tr("Sorts and hashes wrote %2 to temporary files (work_mem is %3); "
                               "the statement that spills most writes %4 per call: %1")
                  .arg(worstQuery.simplified().left(120), size(tempBytes), s.display(u"work_mem"_s),
                       size(spill)),
        MemoryChecks::tr("A sort or hash that does not fit in work_mem goes to disk and runs "
                         "several times slower."));
    f.add(u"temp_files"_s, qint64(tempFiles))
        .add(u"temp_bytes"_s, qint64(tempBytes))
        .add(u"work_mem_bytes"_s, qint64(current))
        .add(u"spill_per_call_bytes"_s, qint64(spill))
        .add(u"max_connections"_s, connections);
    if (!worstQuery.isEmpty())
        f.add(u"statement"_s, worstQuery)
            .add(u"calls"_s, worstCalls)
            .add(u"temp_blks_written"_s, qint64(worstBlocks));
    if (knowsRam)
        f.add(u"ram_bytes"_s, ctx.machine().ramBytes);
    if (!fixable) {
        f.fix = HealthFix::adviceOnly(
            MemoryChecks::tr("The spill is larger than work_mem can safely be on this machine "
                             "(work_mem × max_connections within a quarter of RAM): make the "
                             "statement sort less (an index in the ORDER BY order, fewer "
                             "rows), or raise work_mem for it alone (SET work_mem in its "
                             "session)."));
        return;
    }
    f.fix = HealthFix::postgresSetting(
        u"work_mem"_s, PostgresSettings::formatBytes(proposed), s.display(u"work_mem"_s),
        s.context(u"work_mem"_s),
        knowsRam ? MemoryChecks::tr("Raise work_mem so the spill fits in memory, within a "
                                    "quarter of RAM over max_connections.")
                 : MemoryChecks::tr("Raise work_mem so the spill fits in memory. The RAM is "
                                    "unknown: the proposal stays at most 64MB; check that "
                                    "work_mem × max_connections fits the machine."));
}

} // namespace

double MemoryChecks::recommendedSharedBuffers(double ram)
{
    return floorMb(ram * 0.25);
}

double MemoryChecks::recommendedEffectiveCacheSize(double ram)
{
    return floorMb(ram * 0.75);
}

double MemoryChecks::recommendedMaintenanceWorkMem(double ram)
{
    return floorMb(std::min(ram / 16, 2 * GB));
}

double MemoryChecks::recommendedWorkMem(double spillBytes, double cap)
{
    double mb = 1;
    while (mb * MB < spillBytes * 2 && mb < 1024 * 1024)
        mb *= 2;
    const double proposed = mb * MB;
    return cap > 0 ? std::min(proposed, cap) : proposed;
}

void MemoryChecks::run(pqxx::transaction_base &tx, PostgresCheckContext &ctx)
{
    const pqxx::row db = tx.exec1(DatabaseSql);
    const double tempFiles = db[0].as<double>();
    const double tempBytes = db[1].as<double>();
    const double hits = db[2].as<double>();
    const double reads = db[3].as<double>();
    const double hitRate = hits + reads > 0 ? hits / (hits + reads) : 1;
    checkSharedBuffers(ctx, hitRate, reads);
    if (ctx.machine().knowsRam())
        checkRamSettings(ctx);
    else
        ctx.notes << tr("The machine's RAM is unknown: shared_buffers, effective_cache_size and "
                        "maintenance_work_mem were not compared with it (give it to check "
                        "them).");
    if (ctx.machine().knowsCores())
        checkParallel(ctx);
    checkWorkMem(tx, ctx, tempFiles, tempBytes);
}

} // namespace sonde
