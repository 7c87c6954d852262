#include "DemoCommand.h"

#include "CliOutput.h"
#include "common/DisplayFormat.h"
#include "common/SignalWatcher.h"
#include "connection/RedisEndpoint.h"
#include "demo/DemoController.h"
#include "prometheus/PrometheusRules.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sonde::cli {
namespace {

// Translation context for the messages of this file (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
};

const char *const Usage =
    "Usage: sonde-cli demo [options]\n"
    "\n"
    "Starts private PostgreSQL 15 + PgBouncer + Redis servers on free loopback ports, seeds\n"
    "the demo schema and runs the demo application's cache-aside workload, prints the\n"
    "connection URIs, and runs until --seconds pass or it is interrupted; then stops every\n"
    "server and removes its directory.\n"
    "\n"
    "Options:\n"
    "  --seconds N      stop after N seconds (default: run until interrupted)\n"
    "  --json           print the URIs as one JSON object on the first line of stdout\n"
    "  --scale F        size of the demo data (1.0 = about 3.2 million rows; default 1)\n"
    "  --rate R         requests per second of the demo application (default 40)\n"
    "  --clients N      client threads of the demo application (default 4)\n"
    "  --mode M         cache behaviour: healthy, cold or thrashing (default healthy); or\n"
    "                   problems: a healthy cache, and a problem planted for each health\n"
    "                   check (sonde-cli health finds them; see docs/HEALTH.md)\n"
    "  --writes F       share of requests that write, 0..1 (default 0.1)\n"
    "  --no-workload    start and seed the servers but run no workload\n"
    "  --redis-tls      Redis speaks TLS only (rediss://), with a certificate from a\n"
    "                   throw-away CA made at start (and a client certificate for mutual\n"
    "                   TLS); the URIs name the CA file\n"
    "  --no-prometheus  no Prometheus: by default one scrapes the servers every 5 s through\n"
    "                   postgres_exporter, pgbouncer_exporter and redis_exporter, with the\n"
    "                   dashboard's thresholds as its alerting rules (the \"prometheus\" URL)\n"
    "  --dir DIR        make the sandbox directory under DIR (default $SONDE_SANDBOX_DIR or\n"
    "                   the temp directory)\n"
    "  --postgres-port P, --pgbouncer-port P, --redis-port P\n"
    "                   fixed ports instead of free ones";

// How to reach the TLS Redis with redis-cli (which reads no parameters from a URI), and the
// client certificate the sandbox CA signed, for trying mutual TLS.
void printTlsHelp(const SandboxEndpoints &ep)
{
    RedisEndpoint redis;
    RedisEndpoint::parse(ep.redis, &redis, nullptr);
    // redis-cli 7.0 sends an empty user name for rediss://:PASSWORD@…: name the default user.
    redis.user = u"default"_s;
    redis.tlsOptions = {};
    printOut(u"  redis-cli         redis-cli --tls --cacert %1 -u %2"_s.arg(ep.redisCaFile,
                                                                            redis.toUri(true)));
    printOut(u"  redis client cert %1 (key %2)"_s.arg(ep.redisClientCert, ep.redisClientKey));
}

int runDemo(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption seconds(u"seconds"_s, {}, u"N"_s);
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption scale(u"scale"_s, {}, u"F"_s, u"1"_s);
    const QCommandLineOption rate(u"rate"_s, {}, u"R"_s, u"40"_s);
    const QCommandLineOption clients(u"clients"_s, {}, u"N"_s, u"4"_s);
    const QCommandLineOption mode(u"mode"_s, {}, u"M"_s, u"healthy"_s);
    const QCommandLineOption writes(u"writes"_s, {}, u"F"_s, u"0.1"_s);
    const QCommandLineOption noWorkload(u"no-workload"_s);
    const QCommandLineOption redisTls(u"redis-tls"_s);
    const QCommandLineOption noPrometheus(u"no-prometheus"_s);
    const QCommandLineOption dir(u"dir"_s, {}, u"DIR"_s);
    const QCommandLineOption pgPort(u"postgres-port"_s, {}, u"P"_s, u"0"_s);
    const QCommandLineOption bouncerPort(u"pgbouncer-port"_s, {}, u"P"_s, u"0"_s);
    const QCommandLineOption redisPort(u"redis-port"_s, {}, u"P"_s, u"0"_s);
    parser.addOptions({seconds, json, scale, rate, clients, mode, writes, noWorkload, redisTls,
                       noPrometheus, dir, pgPort, bouncerPort, redisPort});
    if (!parser.parse(QStringList{u"sonde-cli demo"_s} + args)) {
        printErr(parser.errorText());
        printErr(QString::fromLatin1(Usage));
        return 2;
    }

    DemoOptions options;
    bool ok = true;
    auto number = [&](const QCommandLineOption &o, double minimum) {
        return optionNumber(parser, o, minimum, &ok);
    };
    options.scale = number(scale, 0.001);
    options.workload.requestsPerSecond = number(rate, 0.1);
    options.workload.clients = int(number(clients, 1));
    options.workload.writeShare = qBound(0.0, number(writes, 0), 1.0);
    options.sandbox.postgresPort = int(number(pgPort, 0));
    options.sandbox.pgbouncerPort = int(number(bouncerPort, 0));
    options.sandbox.redisPort = int(number(redisPort, 0));
    options.sandbox.parentDir = parser.value(dir);
    options.sandbox.redisTls = parser.isSet(redisTls);
    options.sandbox.withPrometheus = !parser.isSet(noPrometheus);
    {
        QSettings settings;
        options.sandbox.prometheusRules = PrometheusRules::rulesFile(
            ThresholdSet::load(settings), 30, options.sandbox.prometheusScrapeSeconds);
    }
    options.runWorkload = !parser.isSet(noWorkload);
    if (!DemoOptions::parseMode(parser.value(mode), &options)) {
        printErr(Text::tr("Invalid --mode \"%1\": use healthy, cold, thrashing or problems.")
                     .arg(parser.value(mode)));
        ok = false;
    }
    const double runSeconds = parser.isSet(seconds) ? number(seconds, 0) : -1;
    if (!ok)
        return 2;

    QEventLoop loop;
    int exitCode = 0;
    bool stopping = false;
    DemoController controller(options);
    SignalWatcher signals_;
    QTimer statsTimer;
    QElapsedTimer clock;
    clock.start();

    auto stop = [&](int code) {
        if (stopping)
            return;
        stopping = true;
        exitCode = code;
        statsTimer.stop();
        printErr(Text::tr("Stopping the demo servers…"));
        controller.stopAsync();
    };
    QObject::connect(&controller, &DemoController::progress, &loop,
                     [](const QString &step, int percent) {
                         printErr(u"[%1%] %2"_s.arg(percent, 3).arg(step));
                     });
    QObject::connect(&controller, &DemoController::failed, &loop, [&](const QString &message) {
        printErr(Text::tr("The demo could not start: %1").arg(message));
        exitCode = stopping ? exitCode : 1;
        loop.exit(exitCode);
    });
    QObject::connect(&controller, &DemoController::stopped, &loop, [&]() {
        printErr(Text::tr("Demo servers stopped and their directory removed."));
        loop.exit(exitCode);
    });
    QObject::connect(&controller, &DemoController::ready, &loop, [&](const SandboxEndpoints &ep) {
        for (const QString &line : controller.environment()->cleanedUp())
            printErr(line);
        if (parser.isSet(json)) {
            printJson(ep.toJson());
        } else {
            printOut(Text::tr("Sonde demo ready in %1. Connection URIs:")
                         .arg(DisplayFormat::duration(double(clock.elapsed()))));
            printOut(u"  postgres          %1"_s.arg(ep.postgres));
            printOut(u"  postgres_monitor  %1"_s.arg(ep.postgresMonitor));
            printOut(u"  pgbouncer         %1"_s.arg(ep.pgbouncer));
            printOut(u"  pgbouncer_admin   %1"_s.arg(ep.pgbouncerAdmin));
            printOut(u"  redis             %1"_s.arg(ep.redis));
            if (!ep.prometheus.isEmpty())
                printOut(u"  prometheus        %1"_s.arg(ep.prometheus));
            if (!ep.redisCaFile.isEmpty())
                printTlsHelp(ep);
            printOut(Text::tr("Press Ctrl+C to stop."));
        }
        if (runSeconds >= 0)
            QTimer::singleShot(int(runSeconds * 1000), &loop, [&]() { stop(0); });
        if (options.runWorkload)
            statsTimer.start(10000);
    });
    QObject::connect(&statsTimer, &QTimer::timeout, &loop, [&]() {
        const DemoWorkloadStats s = controller.environment()->workload().stats();
        const qint64 lookups = s.cacheHits + s.cacheMisses;
        printErr(Text::tr("workload: %1 requests, cache hit rate %2, %3 queries, %4 errors%5")
                     .arg(DisplayFormat::count(s.requests),
                          DisplayFormat::percent(
                              lookups ? 100.0 * double(s.cacheHits) / double(lookups) : 0.0),
                          DisplayFormat::count(s.queries), DisplayFormat::count(s.errors))
                     .arg(s.lastError.isEmpty() ? QString() : u" (last: "_s + s.lastError + u')'));
    });
    QObject::connect(&signals_, &SignalWatcher::terminationRequested, &loop, [&](int sig) {
        printErr(Text::tr("Signal %1 received.").arg(sig));
        stop(0);
    });

    controller.start();
    return loop.exec();
}

} // namespace

CliCommand demoCommand()
{
    return {u"demo"_s,
            Text::tr("start the demo sandbox (PostgreSQL, PgBouncer, Redis) and workload"),
            QString::fromLatin1(Usage), runDemo, false};
}

} // namespace sonde::cli
