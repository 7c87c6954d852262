#include "BenchCommand.h"

#include "common/DisplayFormat.h"

#include "BenchOptionRules.h"
#include "BenchScriptFiles.h"
#include "CliOutput.h"
#include "CliTarget.h"
#include "ScriptReportText.h"
#include "bench/BenchmarkEngine.h"
#include "bench/BenchmarkStore.h"
#include "bench/PgWorkload.h"
#include "bench/PgbenchSchema.h"
#include "common/BoundedRead.h"
#include "common/SignalWatcher.h"
#include "connection/PgErrors.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonObject>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <limits>
#include <thread>

using namespace Qt::StringLiterals;

namespace sonde::cli {
namespace {

// Translation context for the messages of this file (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BenchCommand)
};

const char *const Usage =
    "Usage: sonde-cli bench <uri> [options]\n"
    "\n"
    "Runs a benchmark against a PostgreSQL server (conninfo or postgresql:// URI, direct or\n"
    "through PgBouncer) or a Redis server (redis:// URI), prints throughput, errors and\n"
    "latency percentiles, and stores the run for `sonde-cli compare`.\n"
    "\n"
    "Workloads (--workload):\n"
    "  select-only        pgbench's select-only script on pgbench_accounts (default)\n"
    "  read-write         pgbench's TPC-B-like read-write transaction\n"
    "  script FILE        scripts in pgbench 15's format: SQL, \\set, \\sleep, \\if, \\gset,\n"
    "                     \\aset, \\setshell, \\shell, \\startpipeline... (see --script)\n"
    "  replay             the top statements of pg_stat_statements, weighted by calls, with\n"
    "                     parameters sampled from the tables' data\n"
    "  redis-get, redis-set, redis-mixed\n"
    "                     GET / SET / a mix over --keyspace keys of --value-size bytes\n"
    "  cache-aside        GET; on a miss read pgbench_accounts (--database) and SET\n"
    "\n"
    "Scripts (the script workload; --script or --builtin alone also choose it):\n"
    "  --script FILE[@W]  a pgbench script, picked with weight W (default 1); repeat it\n"
    "                     for a mix, as pgbench's -f FILE@W\n"
    "  --builtin NAME[@W] pgbench's tpcb-like, simple-update or select-only script\n"
    "  -D, --define NAME=VALUE\n"
    "                     a variable every client starts with (repeat it)\n"
    "  --random-seed SEED time (default), rand, or an integer: the same seed draws the\n"
    "                     same random values as pgbench 15 with --random-seed SEED\n"
    "  --max-tries N      tries of a transaction that fails on a serialization or deadlock\n"
    "                     error (default 1; 0: unlimited within --latency-limit or the\n"
    "                     duration)\n"
    "  --latency-limit MS count transactions slower than MS as late; with --rate, skip\n"
    "                     those already late when due\n"
    "  -r, --report-per-command\n"
    "                     print each command's average latency, failures and retries\n"
    "\n"
    "Options:\n"
    "  --clients C        concurrent clients, each on its own connection (default 4)\n"
    "  --threads J        threads driving them (default 2, at most C)\n"
    "  --duration S       measured seconds (default 10)\n"
    "  --transactions N   stop after N transactions instead of a duration\n"
    "  --warmup S         seconds run first and not counted (default 0)\n"
    "  --rate R           target transactions per second over all clients\n"
    "  --pipeline P       Redis commands in flight per client (default 1)\n"
    "  --keyspace K       Redis keys used (default 100000)\n"
    "  --value-size B     bytes per Redis value (default 3, as redis-benchmark)\n"
    "  --set-share F      redis-mixed: share of SETs, 0..1 (default 0.5)\n"
    "  --protocol M       simple, extended or prepared (default prepared; extended through\n"
    "                     PgBouncer, which cannot keep prepared statements)\n"
    "  --pgbouncer        the URI goes through PgBouncer in transaction mode\n"
    "  --pgbouncer-admin URI\n"
    "                     PgBouncer's admin console, to record pool waits during the run\n"
    "  --database URI     cache-aside: the PostgreSQL database behind the cache\n"
    "  --init             (re)create pgbench's tables first, like pgbench -i (drops them!)\n"
    "  --scale N          scale for --init (default 1 = 100 000 accounts)\n"
    "  --top N            replay: statements replayed (default 10)\n"
    "  --window S         replay: capture pg_stat_statements for S seconds (default: since\n"
    "                     the last reset)\n"
    "  --replay-writes    replay: also replay statements that write\n"
    "  --name NAME        a label for the run (\"before\", \"after index\")\n"
    "  --no-store         do not store the run\n"
    "  --quiet            no per-second progress on stderr\n"
    "  --json             print the result as one JSON object\n"
    "\n"
    "An option that does not apply to the chosen workload is an error.\n"
    "A canceled run (Ctrl+C) exits with 1.";

} // namespace

int runBench(const QStringList &rawArgs)
{
    // "--workload script FILE" takes two values.
    QStringList args;
    for (int i = 0; i < rawArgs.size(); ++i) {
        args << rawArgs.at(i);
        if ((rawArgs.at(i) == u"--workload"_s) && rawArgs.value(i + 1) == u"script"_s &&
            i + 2 < rawArgs.size() && !rawArgs.at(i + 2).startsWith(u"--"_s)) {
            args << u"script"_s << u"--script"_s << rawArgs.at(i + 2);
            i += 2;
        }
    }
    QCommandLineParser parser;
    const QCommandLineOption workload(u"workload"_s, {}, u"W"_s, u"select-only"_s);
    const QCommandLineOption script(u"script"_s, {}, u"FILE"_s);
    const QCommandLineOption clients(u"clients"_s, {}, u"C"_s, u"4"_s);
    const QCommandLineOption threads(u"threads"_s, {}, u"J"_s);
    const QCommandLineOption duration(u"duration"_s, {}, u"S"_s, u"10"_s);
    const QCommandLineOption transactions(u"transactions"_s, {}, u"N"_s);
    const QCommandLineOption warmup(u"warmup"_s, {}, u"S"_s, u"0"_s);
    const QCommandLineOption rate(u"rate"_s, {}, u"R"_s, u"0"_s);
    const QCommandLineOption pipeline(u"pipeline"_s, {}, u"P"_s, u"1"_s);
    const QCommandLineOption keyspace(u"keyspace"_s, {}, u"K"_s, u"100000"_s);
    const QCommandLineOption valueSize(u"value-size"_s, {}, u"B"_s, u"3"_s);
    const QCommandLineOption setShare(u"set-share"_s, {}, u"F"_s, u"0.5"_s);
    const QCommandLineOption protocol(u"protocol"_s, {}, u"M"_s, u"auto"_s);
    const QCommandLineOption pgbouncer(u"pgbouncer"_s);
    const QCommandLineOption pgbouncerAdmin(u"pgbouncer-admin"_s, {}, u"URI"_s);
    const QCommandLineOption database(u"database"_s, {}, u"URI"_s);
    const QCommandLineOption init(u"init"_s);
    const QCommandLineOption scale(u"scale"_s, {}, u"N"_s, u"1"_s);
    const QCommandLineOption top(u"top"_s, {}, u"N"_s, u"10"_s);
    const QCommandLineOption window(u"window"_s, {}, u"S"_s, u"0"_s);
    const QCommandLineOption replayWrites(u"replay-writes"_s);
    const QCommandLineOption name(u"name"_s, {}, u"NAME"_s);
    const QCommandLineOption noStore(u"no-store"_s);
    const QCommandLineOption quiet(u"quiet"_s);
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption builtin(u"builtin"_s, {}, u"NAME"_s);
    const QCommandLineOption define(QStringList{u"D"_s, u"define"_s}, {}, u"NAME=VALUE"_s);
    const QCommandLineOption randomSeed(u"random-seed"_s, {}, u"SEED"_s);
    const QCommandLineOption maxTries(u"max-tries"_s, {}, u"N"_s, u"1"_s);
    const QCommandLineOption latencyLimit(u"latency-limit"_s, {}, u"MS"_s, u"0"_s);
    const QCommandLineOption perCommand(QStringList{u"r"_s, u"report-per-command"_s});
    parser.addOptions({workload,  script,    clients,        threads,    duration,  transactions,
                       warmup,    rate,      pipeline,       keyspace,   valueSize, setShare,
                       protocol,  pgbouncer, pgbouncerAdmin, database,   init,      scale,
                       top,       window,    replayWrites,   name,       noStore,   quiet,
                       json,      builtin,   define,         randomSeed, maxTries,  latencyLimit,
                       perCommand});
    CliTarget::addOptions(parser);
    parser.addPositionalArgument(u"uri"_s, {});
    if (!parser.parse(QStringList{u"sonde-cli bench"_s} + args)) {
        printErr(parser.errorText());
        for (const QString &unknown : parser.unknownOptionNames()) {
            if (const QString hint = BenchOptionRules::pgbenchOption(unknown); !hint.isEmpty())
                printErr(hint);
        }
        printErr(QString::fromLatin1(Usage));
        return ExitUsage;
    }
    if (parser.positionalArguments().size() > 1) {
        // pgbench takes its script with -f; a file name here is a script given the wrong way.
        printErr(Text::tr("Unexpected argument \"%1\": give one server URI; to run a pgbench "
                          "script, give it with --script FILE.")
                     .arg(parser.positionalArguments().at(1)));
        return ExitUsage;
    }
    if (parser.positionalArguments().size() != 1) {
        printErr(Text::tr("Give exactly one server URI to benchmark."));
        printErr(QString::fromLatin1(Usage));
        return ExitUsage;
    }

    BenchmarkConfig config;
    bool ok = true;
    auto number = [&](const QCommandLineOption &o, double minimum) {
        return optionNumber(parser, o, minimum, &ok);
    };
    const bool scriptsGiven = parser.isSet(script) || parser.isSet(builtin);
    if (scriptsGiven && parser.isSet(workload) && parser.value(workload) != u"script"_s) {
        printErr(Text::tr("--script and --builtin run the scripts they name (the script "
                          "workload): leave out --workload %1.")
                     .arg(parser.value(workload)));
        return ExitUsage;
    }
    if (!parseWorkloadName(scriptsGiven ? u"script"_s : parser.value(workload), &config.workload)) {
        printErr(
            Text::tr("Unknown workload \"%1\": use select-only, read-write, script FILE, replay, "
                     "redis-get, redis-set, redis-mixed or cache-aside.")
                .arg(parser.value(workload)));
        return ExitUsage;
    }
    if (!parseProtocolName(parser.value(protocol), &config.protocol)) {
        printErr(Text::tr("Unknown protocol \"%1\": use simple, extended or prepared.")
                     .arg(parser.value(protocol)));
        return ExitUsage;
    }
    if (const QString problem = BenchOptionRules::check(parser, config.workload);
        !problem.isEmpty()) {
        printErr(problem);
        return ExitUsage;
    }
    Target target;
    if (const int code = CliTarget::resolve(parser, parser.positionalArguments().first(),
                                            CliTarget::Need::Any, &target))
        return code;
    if (target.kind == TargetKind::PgBouncer) {
        printErr(pgbouncerConsoleError(target.name).message);
        return ExitUsage;
    }
    config.uri = target.uri;
    config.clients = int(number(clients, 1));
    config.threads = parser.isSet(threads) ? int(number(threads, 1)) : std::min(2, config.clients);
    config.durationSeconds = number(duration, 0.1);
    if (parser.isSet(transactions))
        config.transactions = qint64(number(transactions, 1));
    config.warmupSeconds = number(warmup, 0);
    config.targetRate = number(rate, 0);
    config.pipeline = int(number(pipeline, 1));
    config.keySpace = qint64(number(keyspace, 1));
    config.valueSize = int(number(valueSize, 1));
    config.setShare = std::clamp(number(setShare, 0), 0.0, 1.0);
    config.throughPooler = parser.isSet(pgbouncer);
    if (parser.isSet(pgbouncerAdmin)) {
        if (const int code =
                CliTarget::resolveUri(parser, parser.value(pgbouncerAdmin), CliTarget::Need::Any,
                                      &config.poolerAdminUri, false))
            return code;
    }
    if (parser.isSet(database)) {
        if (const int code =
                CliTarget::resolveUri(parser, parser.value(database), CliTarget::Need::PostgreSQL,
                                      &config.databaseUri, false))
            return code;
    }
    config.replayTop = int(number(top, 1));
    config.replayWindowSeconds = number(window, 0);
    config.replayWrites = parser.isSet(replayWrites);
    config.name = parser.value(name);
    const int initScale = int(number(scale, 1));
    if (parser.isSet(scale))
        config.scale = initScale;
    config.maxTries = int(number(maxTries, 0));
    config.latencyLimitMs = number(latencyLimit, 0);
    if (parser.isSet(rate) && config.targetRate <= 0) {
        printErr(Text::tr("Invalid value for --rate: give transactions per second above 0 "
                          "(leave it out to run as fast as possible)."));
        return ExitUsage;
    }
    if (parser.isSet(latencyLimit) && config.latencyLimitMs <= 0) {
        printErr(Text::tr("Invalid value for --latency-limit: give a number of milliseconds "
                          "above 0."));
        return ExitUsage;
    }
    config.randomSeed = parser.value(randomSeed);
    if (!ok)
        return ExitUsage;
    for (const QString &d : parser.values(define)) {
        const qsizetype eq = d.indexOf(u'=');
        if (eq <= 0) {
            printErr(Text::tr("Invalid variable definition \"%1\": use -D NAME=VALUE.").arg(d));
            return ExitUsage;
        }
        config.defines.insert(d.left(eq), d.mid(eq + 1));
    }
    const bool redisUri =
        config.uri.startsWith(u"redis://"_s) || config.uri.startsWith(u"rediss://"_s);
    if (isRedisWorkload(config.workload) != redisUri) {
        printErr(isRedisWorkload(config.workload)
                     ? Text::tr("The %1 workload needs a redis:// URI.")
                           .arg(workloadName(config.workload))
                     : Text::tr("The %1 workload needs a PostgreSQL URI, not a Redis one.")
                           .arg(workloadName(config.workload)));
        return ExitUsage;
    }
    if (config.workload == WorkloadKind::Script) {
        if (!scriptsGiven) {
            printErr(Text::tr("--workload script needs a file: --workload script FILE, or "
                              "--script FILE."));
            return ExitUsage;
        }
        QString error;
        if (!BenchScriptFiles::read(parser.values(script), parser.values(builtin), &config.scripts,
                                    &error)) {
            printErr(error);
            return ExitUsage;
        }
    }
    if (const QString problem = config.validate(); !problem.isEmpty()) {
        printErr(problem);
        return ExitUsage;
    }
    if (isScriptWorkload(config.workload)) {
        // A script pgbench would refuse to load is refused before anything connects.
        PgWorkload scripts;
        if (ScriptError e; !scripts.build(config, &e)) {
            printErr(e.toString());
            return ExitUsage;
        }
    }
    const bool showProgress = !parser.isSet(quiet);
    const bool store = !parser.isSet(noStore);

    std::atomic<bool> cancel{false};
    BenchmarkResult result;
    QString storeError;
    QEventLoop loop;
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &loop, [&](int) {
        printErr(Text::tr("Stopping the benchmark…"));
        cancel = true;
    });
    std::thread worker([&]() {
        if (parser.isSet(init)) {
            const QString pgUri =
                config.workload == WorkloadKind::CacheAside ? config.databaseUri : config.uri;
            const DbError err = PgbenchSchema::initialize(
                pgUri, config.workload != WorkloadKind::CacheAside && config.throughPooler,
                initScale,
                [&](const QString &step, int) {
                    if (showProgress)
                        printErr(step);
                },
                &cancel);
            if (err) {
                result.status = BenchmarkResult::Status::Failed;
                result.error = err.toString();
                QMetaObject::invokeMethod(
                    &loop, [&loop]() { loop.quit(); }, Qt::QueuedConnection);
                return;
            }
        }
        BenchmarkStore runs;
        bool storing = store;
        if (storing && !runs.open(BenchmarkStore::defaultPath(), &storeError))
            storing = false;
        BenchmarkEngine::Hooks hooks;
        hooks.status = [&](const QString &text) {
            if (showProgress)
                printErr(text);
        };
        hooks.scriptOutput = [](const QString &line) {
            printErr(line);
        };
        hooks.started = [&](const BenchmarkResult &r) {
            result = r;
            if (storing && !runs.insertRun(&result, &storeError))
                storing = false;
        };
        hooks.progress = [&](const BenchmarkProgress &p) {
            if (storing)
                runs.appendProgress(result.id, p);
            if (showProgress)
                printErr(Text::tr("%1%2: %3 tx/s, p50 %4, p99 %5, %6 errors")
                             .arg(DisplayFormat::duration(p.second * 1000.0),
                                  p.warmup ? Text::tr(" (warm-up)") : QString(),
                                  DisplayFormat::rate(p.throughput),
                                  p.hasLatency() ? DisplayFormat::duration(p.p50Ms) : u"—"_s,
                                  p.hasLatency() ? DisplayFormat::duration(p.p99Ms) : u"—"_s,
                                  DisplayFormat::count(p.errors)));
        };
        const qint64 id = result.id;
        BenchmarkResult done = BenchmarkEngine::run(config, &cancel, hooks);
        done.id = result.id ? result.id : id;
        if (storing && done.id > 0)
            runs.finishRun(done, &storeError);
        result = done;
        QMetaObject::invokeMethod(
            &loop, [&loop]() { loop.quit(); }, Qt::QueuedConnection);
    });
    loop.exec();
    worker.join();

    if (!storeError.isEmpty())
        printErr(Text::tr("The run was not stored: %1").arg(storeError));
    if (parser.isSet(json)) {
        QJsonObject o = result.toJson(false);
        o.insert(u"run_id"_s, double(result.id));
        printJson(o);
    } else if (result.status != BenchmarkResult::Status::Failed) {
        printOut(Text::tr("workload      %1").arg(result.config.summary()));
        printOut(Text::tr("target        %1 (%2)")
                     .arg(result.config.targetDisplay, result.serverVersion));
        printOut(Text::tr("status        %1").arg(result.statusName()));
        printOut(Text::tr("transactions  %1 in %2 (+%3 in warm-up)")
                     .arg(DisplayFormat::count(result.transactions),
                          DisplayFormat::duration(result.measuredSeconds * 1000.0),
                          DisplayFormat::count(result.warmupTransactions)));
        printOut(Text::tr("throughput    %1 tx/s").arg(DisplayFormat::rate(result.throughput())));
        QString errors = DisplayFormat::count(result.errors);
        for (auto it = result.errorsByKind.begin(); it != result.errorsByKind.end(); ++it)
            errors += u"  [%1: %2]"_s.arg(it.key(), DisplayFormat::count(it.value()));
        printOut(Text::tr("errors        %1").arg(errors));
        printOut(Text::tr("latency (ms)  p50 %1  p90 %2  p95 %3  p99 %4  p99.9 %5  max %6")
                     .arg(DisplayFormat::number(result.percentileMs(50)),
                          DisplayFormat::number(result.percentileMs(90)),
                          DisplayFormat::number(result.percentileMs(95)),
                          DisplayFormat::number(result.percentileMs(99)),
                          DisplayFormat::number(result.percentileMs(99.9)),
                          DisplayFormat::number(double(result.latency.max()) / 1e6)));
        for (const QString &line : ScriptReportText::lines(result, parser.isSet(perCommand)))
            printOut(line);
        for (auto it = result.serverSummary.begin(); it != result.serverSummary.end(); ++it)
            printOut(u"server        %1 = %2"_s.arg(it.key(), DisplayFormat::number(it.value())));
        for (const QString &note : std::as_const(result.notes))
            printOut(Text::tr("note          %1").arg(note));
        if (result.id > 0)
            printOut(Text::tr("stored as run %1").arg(result.id));
    }
    if (result.status == BenchmarkResult::Status::Failed) {
        printErr(Text::tr("The benchmark failed: %1").arg(result.error));
        return ExitFailed;
    }
    return result.status == BenchmarkResult::Status::Completed ? ExitOk : ExitFailed;
}

CliCommand benchCommand()
{
    return {u"bench"_s, Text::tr("benchmark a PostgreSQL, PgBouncer or Redis server"),
            QString::fromLatin1(Usage), runBench};
}

} // namespace sonde::cli
