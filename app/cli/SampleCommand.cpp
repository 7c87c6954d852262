#include "SampleCommand.h"

#include "CliOutput.h"
#include "CliTarget.h"
#include "common/DisplayFormat.h"
#include "common/SignalWatcher.h"
#include "connection/ConnectionProfile.h"
#include "connection/TargetList.h"
#include "monitoring/MetricCatalog.h"
#include "monitoring/MonitoringPipeline.h"
#include "monitoring/SnapshotJson.h"
#include "monitoring/TargetMonitor.h"
#include "pgbouncer/PgBouncerMetrics.h"
#include "postgres/PostgresMetrics.h"
#include "prometheus/PrometheusMetrics.h"
#include "redis/RedisMetrics.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace sonde::cli {
namespace {

// Translation context for the messages of this file (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SampleCommand)
};

const char *const Usage =
    "Usage: sonde-cli sample <uri> [options]\n"
    "\n"
    "Samples one server like the dashboard does and prints the per-interval metrics: rates\n"
    "are computed from the difference between two readings over the real time between them;\n"
    "a counter reset or a reconnect gives an interval without rates, never a negative value.\n"
    "The first reading only sets the baseline and is not printed.\n"
    "\n"
    "  <uri>            postgresql://… or key=value conninfo (PostgreSQL; dbname=pgbouncer\n"
    "                   means PgBouncer's admin console), redis://…, or a profile's name.\n"
    "                   libpq habits apply: PG* environment variables, service=…, ~/.pgpass.\n"
    "\n"
    "Options:\n"
    "  --interval S     seconds between readings (default 1)\n"
    "  --count N        stop after N intervals (default: run until interrupted)\n"
    "  --json           one JSON object per interval on stdout\n"
    "  --kind K         postgresql, pgbouncer or redis, when the URI does not say it\n"
    "  --wait           keep retrying when the server cannot be reached at first\n"
    "\n"
    "A reading that does not come back within twice the interval (at least 8 s) is a missed\n"
    "sample: Sonde says so on stderr, drops the connection and opens a new one; the next\n"
    "interval starts after a gap. Ctrl+C ends sampling with status 0.";

TargetKind parseKind(const QString &text, bool *ok)
{
    *ok = true;
    if (text == u"postgresql"_s || text == u"postgres"_s)
        return TargetKind::PostgreSQL;
    if (text == u"pgbouncer"_s)
        return TargetKind::PgBouncer;
    if (text == u"redis"_s)
        return TargetKind::Redis;
    *ok = false;
    return TargetKind::PostgreSQL;
}

// The few metrics a terminal line has room for, per kind.
QList<QLatin1String> lineMetrics(TargetKind kind)
{
    switch (kind) {
    case TargetKind::PostgreSQL:
        return {metric::PgLatencyMs,   metric::PgCallsPerSec, metric::PgXactPerSec,
                metric::PgCacheHitPct, metric::PgActive,      metric::PgWaitingOnLocks,
                metric::PgConnUsePct};
    case TargetKind::PgBouncer:
        return {metric::PgbQueryMs,        metric::PgbQueriesPerSec, metric::PgbClientsActive,
                metric::PgbClientsWaiting, metric::PgbMaxWaitSec,    metric::PgbServerUsePct};
    case TargetKind::Redis:
        return {metric::RedisOpsPerSec,    metric::RedisHitPct,  metric::RedisP50Ms,
                metric::RedisP99Ms,        metric::RedisClients, metric::RedisMemoryBytes,
                metric::RedisEvictedPerSec};
    case TargetKind::Prometheus:
        return {metric::PromInstancesUp, metric::PromInstancesDown, metric::PromAlertsFiring};
    }
    return {};
}

// "latency_ms=404.5", "memory=1.2 GB": the unit once, in the name or after the value.
QString field(const QString &metric, double value)
{
    QString key = metric.section(u'.', 1);
    const qsizetype bytes = key.indexOf(u"_bytes"_s);
    if (bytes > 0)
        return u"%1=%2"_s.arg(key.left(bytes), MetricCatalog::format(metric, value));
    static const QString unitSuffixes[] = {u"_ms"_s, u"_s"_s, u"_pct"_s};
    for (const QString &suffix : unitSuffixes) {
        if (key.endsWith(suffix))
            return u"%1=%2"_s.arg(key, MetricCatalog::formatNumber(metric, value));
    }
    return u"%1=%2"_s.arg(key, MetricCatalog::format(metric, value));
}

QString textLine(const Snapshot &s)
{
    QStringList parts;
    parts << DisplayFormat::timeOfDay(s.at);
    if (s.startsAfterGap())
        parts << u"[%1]"_s.arg(continuityName(s.continuity));
    for (QLatin1String name : lineMetrics(s.kind))
        parts << field(name, s.value(name));
    return parts.join(u"  "_s);
}

int runSample(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption interval(u"interval"_s, {}, u"S"_s, u"1"_s);
    const QCommandLineOption count(u"count"_s, {}, u"N"_s);
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption kindOption(u"kind"_s, {}, u"K"_s);
    const QCommandLineOption wait(u"wait"_s);
    parser.addOptions({interval, count, json, kindOption, wait});
    CliTarget::addOptions(parser);
    parser.addPositionalArgument(u"uri"_s, {});
    if (!parser.parse(QStringList{u"sonde-cli sample"_s} + args) ||
        parser.positionalArguments().size() != 1) {
        printErr(parser.errorText().isEmpty() ? Text::tr("Give exactly one URI.")
                                              : parser.errorText());
        printErr(QString::fromLatin1(Usage));
        return ExitUsage;
    }
    bool ok = false;
    const double seconds = parser.value(interval).toDouble(&ok);
    if (!ok || seconds < 0.25 || seconds > 3600) {
        printErr(Text::tr("--interval must be between 0.25 and 3600 seconds."));
        return ExitUsage;
    }
    int wanted = -1;
    if (parser.isSet(count)) {
        wanted = parser.value(count).toInt(&ok);
        if (!ok || wanted < 1) {
            printErr(Text::tr("--count must be a positive number."));
            return ExitUsage;
        }
    }
    Target target;
    TargetKind forcedKind = TargetKind::PostgreSQL;
    if (parser.isSet(kindOption)) {
        forcedKind = parseKind(parser.value(kindOption), &ok);
        if (!ok) {
            printErr(Text::tr("--kind must be postgresql, pgbouncer or redis."));
            return ExitUsage;
        }
    }
    if (const int code = CliTarget::resolve(parser, parser.positionalArguments().first(),
                                            CliTarget::Need::Any, &target))
        return code;
    if (parser.isSet(kindOption))
        target.kind = forcedKind;

    QEventLoop loop;
    int exitCode = 0;
    int printed = 0;
    bool everConnected = false;
    // The application's pipeline, watching one target.
    TargetList targets;
    MonitoringPipeline pipeline(&targets);
    TargetMonitor *monitor = pipeline.monitor();
    monitor->setIntervalMs(int(seconds * 1000));
    QObject::connect(monitor, &TargetMonitor::snapshotReceived, &loop, [&](const Snapshot &s) {
        if (s.continuity == Snapshot::Continuity::First)
            return; // the baseline: no interval yet
        if (parser.isSet(json))
            printJson(snapshotToJson(s));
        else
            printOut(textLine(s));
        for (const TimelineEvent &e : s.events)
            printErr(e.text);
        if (wanted > 0 && ++printed >= wanted)
            loop.exit(0);
    });
    QObject::connect(monitor, &TargetMonitor::statusChanged, &loop, [&](const SamplerStatus &st) {
        using S = SamplerStatus::State;
        if (st.state == S::Sampling && !everConnected) {
            everConnected = true;
            printErr(Text::tr("Sampling %1 (%2) every %3 s.")
                         .arg(target.name, st.serverVersion)
                         .arg(seconds));
            for (const QString &note : st.notes)
                printErr(Text::tr("Note: %1").arg(note));
        } else if (st.state == S::Reconnecting) {
            if (!everConnected && !parser.isSet(wait)) {
                printErr(st.lastError.toString());
                exitCode = ExitFailed;
                loop.exit(ExitFailed);
                return;
            }
            printErr(describeStatus(st, QDateTime::currentDateTimeUtc()));
        }
    });
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &loop,
                     [&]() { loop.exit(exitCode); });
    targets.upsert(target);
    const int code = loop.exec();
    targets.clear();
    return code;
}

} // namespace

CliCommand sampleCommand()
{
    return {u"sample"_s,
            Text::tr("print a server's per-interval metrics (latency, rates, hit rates)"),
            QString::fromLatin1(Usage), runSample};
}

} // namespace sonde::cli
