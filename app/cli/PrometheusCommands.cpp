#include "PrometheusCommands.h"

#include "CliOutput.h"
#include "CliTarget.h"
#include "common/Redaction.h"
#include "monitoring/MetricCatalog.h"
#include "prometheus/PromQlMap.h"
#include "prometheus/PrometheusHistory.h"
#include "prometheus/PrometheusRules.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace sonde::cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusCommands)
};

const char *const HistoryUsage =
    "Usage: sonde-cli history <prometheus-url> [options]\n"
    "\n"
    "Reads the dashboard's series of the PostgreSQL, PgBouncer and Redis instances a\n"
    "Prometheus scrapes (postgres_exporter, pgbouncer_exporter, redis_exporter) over a\n"
    "range, with the PromQL of docs/PROMETHEUS.md.\n"
    "\n"
    "  <prometheus-url>  http(s)://[user@]host:port[/prefix][?cacert=FILE&verify=none];\n"
    "                    the password or a bearer token from SONDE_PROMETHEUS_PASSWORD or\n"
    "                    SONDE_PROMETHEUS_TOKEN\n"
    "  --instance I      only this instance: its instance label, its job/instance, or the\n"
    "                    server's host:port (repeatable)\n"
    "  --range R         how far back from now: 90s, 15m, 6h, 7d (default 15m)\n"
    "  --step S          seconds between readings (default 15; widened to Prometheus'\n"
    "                    11 000 points per series)\n"
    "  --scrape S        the scrape interval, for the rate windows (default: asked)\n"
    "  --json            one JSON object: per instance, each series as [[unix_ts, value], …]\n";

const char *const FleetUsage =
    "Usage: sonde-cli fleet <prometheus-url> [--json]\n"
    "\n"
    "The fleet overview: every instance the Prometheus scrapes with its latency,\n"
    "throughput, hit rate, pool use and alert state, worst first (down, critical, warning,\n"
    "firing alerts, slowest). The thresholds are the dashboard's.\n";

const char *const RulesUsage =
    "Usage: sonde-cli rules [--out FILE] [--for SECONDS] [--scrape SECONDS] [--mapping]\n"
    "\n"
    "Prints Sonde's thresholds (those set on the dashboard, else the defaults) as a\n"
    "Prometheus alerting-rules file; check it with `promtool check rules FILE`.\n"
    "\n"
    "  --out FILE        write the file instead of printing it\n"
    "  --for SECONDS     how long a crossing holds before the alert fires (default 60)\n"
    "  --scrape SECONDS  the scrape interval, for the rate windows (default 15)\n"
    "  --mapping         print instead the PromQL of each dashboard metric, as a Markdown\n"
    "                    table (docs/PROMETHEUS.md)\n"
    "\n"
    "The file holds two groups: sonde-thresholds (alerting rules) and sonde-recordings\n"
    "(every dashboard metric per instance, which Sonde reads for long ranges).\n";

// The mapping table of docs/PROMETHEUS.md.
QString mappingTable(int scrapeSeconds)
{
    const int rate = PromQlMap::rateWindowSeconds(scrapeSeconds, scrapeSeconds);
    QString out =
        u"| kind | metric | chart | PromQL (one instance: `{S}` = instance=\"…\",job=\"…\") "
        "| recorded as |\n|---|---|---|---|---|\n"_s;
    for (const PromQlMapping &m : PromQlMap::all()) {
        const MetricInfo info = MetricCatalog::info(m.metric);
        QString promql = PromQlMap::expression(m, u"S"_s, rate);
        promql.replace(u"|"_s, u"\\|"_s);
        out += u"| %1 | %2 (`%3`) | %4 | `%5` | `%6` |\n"_s.arg(
            targetKindName(m.kind), info.label, m.metric,
            info.chart == ChartGroup::None ? u"—"_s : MetricCatalog::chartTitle(info.chart), promql,
            PromQlMap::recordedName(m.metric));
    }
    return out;
}

int failed(const PromError &e)
{
    printErr(e.message);
    if (!e.detail.isEmpty())
        printErr(u"  ("_s + Redaction::maskSecrets(e.detail) + u')');
    return e.kind == PromError::Kind::BadQuery ? ExitUsage : ExitFailed;
}

bool endpointFrom(const QString &text, PrometheusEndpoint *ep)
{
    QString error;
    if (!PrometheusEndpoint::parse(text, ep, &error)) {
        printErr(error);
        return false;
    }
    if (ep->password.isEmpty() && !ep->user.isEmpty())
        ep->password = qEnvironmentVariable("SONDE_PROMETHEUS_PASSWORD");
    if (ep->bearerToken.isEmpty())
        ep->bearerToken = qEnvironmentVariable("SONDE_PROMETHEUS_TOKEN");
    return true;
}

// 90s, 15m, 6h, 7d → milliseconds (0 when not understood).
qint64 durationMs(const QString &text)
{
    static const QRegularExpression re(u"^(\\d+)([smhd]?)$"_s);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return 0;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    const qint64 factor = unit == u"d"_s   ? 86400000
                          : unit == u"h"_s ? 3600000
                          : unit == u"m"_s ? 60000
                                           : 1000;
    return n * factor;
}

QJsonValue jsonNumber(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

QString shown(const QString &metric, double v)
{
    return std::isnan(v) ? u"—"_s : MetricCatalog::format(metric, v);
}

int runHistory(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption instance(u"instance"_s, {}, u"I"_s);
    const QCommandLineOption range(u"range"_s, {}, u"R"_s, u"15m"_s);
    const QCommandLineOption step(u"step"_s, {}, u"S"_s, u"15"_s);
    const QCommandLineOption scrape(u"scrape"_s, {}, u"S"_s, u"0"_s);
    const QCommandLineOption json(u"json"_s);
    parser.addOptions({instance, range, step, scrape, json});
    parser.addPositionalArgument(u"url"_s, {});
    if (!parser.parse(QStringList{u"sonde-cli history"_s} + args) ||
        parser.positionalArguments().size() != 1) {
        printErr(parser.errorText().isEmpty() ? Text::tr("Give one Prometheus address.")
                                              : parser.errorText());
        printErr(QString::fromLatin1(HistoryUsage));
        return ExitUsage;
    }
    PrometheusEndpoint ep;
    if (!endpointFrom(parser.positionalArguments().constFirst(), &ep))
        return ExitUsage;
    const qint64 rangeMs = durationMs(parser.value(range));
    bool stepOk = false;
    const int stepSeconds = parser.value(step).toInt(&stepOk);
    if (rangeMs <= 0 || !stepOk || stepSeconds <= 0) {
        printErr(Text::tr("--range takes a duration such as 15m, 6h or 7d; --step a number of "
                          "seconds."));
        return ExitUsage;
    }
    PrometheusClient client(ep);
    PromError error;
    QList<PromInstance> all;
    if (!discoverInstances(client, &all, &error))
        return failed(error);
    QList<PromInstance> chosen;
    const QStringList wanted = parser.values(instance);
    for (const PromInstance &i : std::as_const(all)) {
        if (wanted.isEmpty() || wanted.contains(i.instance) || wanted.contains(i.key()) ||
            (!i.server.isEmpty() && wanted.contains(i.server)))
            chosen << i;
    }
    if (chosen.isEmpty()) {
        printErr(wanted.isEmpty()
                     ? Text::tr("%1 scrapes no PostgreSQL, PgBouncer or Redis exporter.")
                           .arg(ep.displayUrl())
                     : Text::tr("No instance named %1: `sonde-cli fleet %2` lists them.")
                           .arg(wanted.join(u", "_s), ep.displayUrl()));
        return ExitFailed;
    }
    PromHistoryRequest request;
    request.instances = chosen;
    request.toMs = QDateTime::currentMSecsSinceEpoch();
    request.fromMs = request.toMs - rangeMs;
    request.stepSeconds = stepSeconds;
    request.scrapeSeconds = parser.value(scrape).toInt();
    if (request.scrapeSeconds <= 0) {
        PromError ignored;
        request.scrapeSeconds = client.scrapeIntervalSeconds(&ignored);
        if (request.scrapeSeconds <= 0)
            request.scrapeSeconds = 15;
    }
    {
        // Sonde's recording rules, when loaded: read rather than evaluated.
        PromError ignored;
        client.recordingRuleNames(&request.recorded, &ignored);
    }
    PromHistory history;
    if (!PrometheusHistory::read(client, request, &history, &error))
        return failed(error);

    if (parser.isSet(json)) {
        QJsonArray instances;
        for (const InstanceHistory &h : std::as_const(history.instances)) {
            QJsonObject series;
            for (auto s = h.series.cbegin(); s != h.series.cend(); ++s) {
                QJsonArray points;
                for (const auto &[ms, value] : s.value())
                    points.append(QJsonArray{double(ms) / 1000.0, jsonNumber(value)});
                series.insert(s.key(), points);
            }
            instances.append(QJsonObject{{u"instance"_s, h.instance.instance},
                                         {u"job"_s, h.instance.job},
                                         {u"kind"_s, targetKindKey(h.instance.kind)},
                                         {u"server"_s, h.instance.server},
                                         {u"up"_s, h.instance.up},
                                         {u"series"_s, series}});
        }
        printJson({{u"prometheus"_s, ep.displayUrl()},
                   {u"from"_s, double(history.fromMs) / 1000.0},
                   {u"to"_s, double(history.toMs) / 1000.0},
                   {u"step"_s, history.stepSeconds},
                   {u"instances"_s, instances}});
        return ExitOk;
    }
    printOut(Text::tr("%1, the last %2 every %3 s")
                 .arg(ep.displayUrl(), parser.value(range))
                 .arg(history.stepSeconds));
    for (const InstanceHistory &h : std::as_const(history.instances)) {
        printOut(QString());
        printOut(h.instance.displayName() + (h.instance.up ? QString() : Text::tr(" — down")));
        QStringList metrics = h.series.keys();
        metrics.sort();
        for (const QString &metric : std::as_const(metrics)) {
            double lo = std::nan(""), hi = std::nan(""), last = std::nan("");
            int n = 0;
            for (const auto &[ms, value] : h.series.value(metric)) {
                Q_UNUSED(ms)
                if (std::isnan(value))
                    continue;
                lo = std::isnan(lo) ? value : std::min(lo, value);
                hi = std::isnan(hi) ? value : std::max(hi, value);
                last = value;
                ++n;
            }
            printOut(u"  %1  %2 readings  last %3  min %4  max %5"_s
                         .arg(MetricCatalog::info(metric).label.leftJustified(40), 0)
                         .arg(n, 5)
                         .arg(shown(metric, last), shown(metric, lo), shown(metric, hi)));
        }
    }
    return ExitOk;
}

int runFleet(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption scrape(u"scrape"_s, {}, u"S"_s, u"0"_s);
    parser.addOptions({json, scrape});
    parser.addPositionalArgument(u"url"_s, {});
    if (!parser.parse(QStringList{u"sonde-cli fleet"_s} + args) ||
        parser.positionalArguments().size() != 1) {
        printErr(parser.errorText().isEmpty() ? Text::tr("Give one Prometheus address.")
                                              : parser.errorText());
        printErr(QString::fromLatin1(FleetUsage));
        return ExitUsage;
    }
    PrometheusEndpoint ep;
    if (!endpointFrom(parser.positionalArguments().constFirst(), &ep))
        return ExitUsage;
    PrometheusClient client(ep);
    PromError error;
    int scrapeSeconds = parser.value(scrape).toInt();
    if (scrapeSeconds <= 0)
        scrapeSeconds = client.scrapeIntervalSeconds(&error);
    if (error.isConnectionProblem())
        return failed(error);
    QSettings settings;
    const ThresholdSet thresholds = ThresholdSet::load(settings);
    FleetReading fleet;
    if (!PrometheusFleet::read(client, thresholds, scrapeSeconds > 0 ? scrapeSeconds : 15, &fleet,
                               &error))
        return failed(error);
    if (parser.isSet(json)) {
        QJsonArray rows;
        for (const FleetRow &r : std::as_const(fleet.rows)) {
            QJsonArray trend;
            for (double v : r.trend)
                trend.append(jsonNumber(v));
            rows.append(
                QJsonObject{{u"instance"_s, r.instance.instance},
                            {u"job"_s, r.instance.job},
                            {u"kind"_s, targetKindKey(r.instance.kind)},
                            {u"server"_s, r.instance.server},
                            {u"up"_s, r.instance.up},
                            {u"latency_ms"_s, jsonNumber(r.latencyMs)},
                            {u"throughput_per_s"_s, jsonNumber(r.throughputPerSec)},
                            {u"hit_rate_pct"_s, jsonNumber(r.hitRatePct)},
                            {u"pool_use_pct"_s, jsonNumber(r.poolUsePct)},
                            {u"level"_s, alertLevelName(r.level)},
                            {u"firing_alerts"_s, QJsonArray::fromStringList(r.firingAlerts)},
                            {u"trend"_s, trend}});
        }
        printJson({{u"prometheus"_s, ep.displayUrl()},
                   {u"at"_s, double(fleet.atMs) / 1000.0},
                   {u"instances"_s, rows}});
        return ExitOk;
    }
    printOut(u"%1 %2 %3 %4 %5 %6 %7 %8"_s.arg(
        Text::tr("instance").leftJustified(34), Text::tr("kind").leftJustified(11),
        Text::tr("latency").rightJustified(10), Text::tr("throughput").rightJustified(11),
        Text::tr("hit rate").rightJustified(9), Text::tr("pool use").rightJustified(9),
        Text::tr("state").leftJustified(9), Text::tr("alerts")));
    for (const FleetRow &r : std::as_const(fleet.rows)) {
        const QString name = r.instance.server.isEmpty() ? r.instance.instance : r.instance.server;
        const QString state = !r.instance.up ? Text::tr("down") : alertLevelName(r.level);
        const PromQlMap::FleetColumns c = PromQlMap::fleetColumns(r.instance.kind);
        printOut(u"%1 %2 %3 %4 %5 %6 %7 %8"_s.arg(
            QString(name + u" (" + r.instance.job + u')').leftJustified(34),
            targetKindName(r.instance.kind).leftJustified(11),
            shown(c.latency, r.latencyMs).rightJustified(10),
            shown(c.throughput, r.throughputPerSec).rightJustified(11),
            shown(c.hitRate, r.hitRatePct).rightJustified(9),
            shown(c.poolUse, r.poolUsePct).rightJustified(9), state.leftJustified(9),
            r.firingAlerts.join(u", "_s)));
    }
    printErr(
        Text::tr("%n instance(s), %1 queries", nullptr, int(fleet.rows.size())).arg(fleet.queries));
    return ExitOk;
}

int runRules(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption out(u"out"_s, {}, u"FILE"_s);
    const QCommandLineOption forOption(u"for"_s, {}, u"SECONDS"_s, u"60"_s);
    const QCommandLineOption scrape(u"scrape"_s, {}, u"SECONDS"_s, u"15"_s);
    const QCommandLineOption mapping(u"mapping"_s);
    parser.addOptions({out, forOption, scrape, mapping});
    if (!parser.parse(QStringList{u"sonde-cli rules"_s} + args) ||
        !parser.positionalArguments().isEmpty()) {
        printErr(parser.errorText().isEmpty() ? Text::tr("rules takes no argument.")
                                              : parser.errorText());
        printErr(QString::fromLatin1(RulesUsage));
        return ExitUsage;
    }
    bool okFor = false, okScrape = false;
    const int forSeconds = parser.value(forOption).toInt(&okFor);
    const int scrapeSeconds = parser.value(scrape).toInt(&okScrape);
    if (!okFor || forSeconds < 0 || !okScrape || scrapeSeconds <= 0) {
        printErr(Text::tr("--for and --scrape take a number of seconds."));
        return ExitUsage;
    }
    QSettings settings;
    const QString rules =
        parser.isSet(mapping)
            ? mappingTable(scrapeSeconds)
            : PrometheusRules::rulesFile(ThresholdSet::load(settings), forSeconds, scrapeSeconds);
    if (!parser.isSet(out)) {
        QFile stdoutFile;
        if (stdoutFile.open(stdout, QIODevice::WriteOnly))
            stdoutFile.write(rules.toUtf8());
        return ExitOk;
    }
    QSaveFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly) || file.write(rules.toUtf8()) < 0 || !file.commit()) {
        printErr(Text::tr("Cannot write %1: %2").arg(parser.value(out), file.errorString()));
        return ExitFailed;
    }
    printErr(Text::tr("Alerting rules written to %1.").arg(parser.value(out)));
    return ExitOk;
}

} // namespace

CliCommand historyCommand()
{
    return {u"history"_s, Text::tr("a Prometheus' history of the dashboard's series"),
            QString::fromLatin1(HistoryUsage), &runHistory, false};
}

CliCommand fleetCommand()
{
    return {u"fleet"_s, Text::tr("every instance a Prometheus scrapes, worst first"),
            QString::fromLatin1(FleetUsage), &runFleet, false};
}

CliCommand rulesCommand()
{
    return {u"rules"_s, Text::tr("the dashboard's thresholds as Prometheus alerting rules"),
            QString::fromLatin1(RulesUsage), &runRules, false};
}

} // namespace sonde::cli
