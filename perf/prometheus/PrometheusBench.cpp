// What reading a fleet through Prometheus costs (issue 13's benchmark), against a Prometheus
// holding a synthetic fleet (run-prometheus-bench makes it):
//  1. a day of the dashboard's charted metrics of N instances at a 15 s step: fetched
//     (PromQL evaluated by Prometheus, sent, parsed), put in the store and drawn on the
//     dashboard — wall time of each part;
//  2. the fleet overview of every instance, read every 5 s for a while: this process' CPU
//     (the client's side: requests, JSON, ranking) as a share of one core, and Prometheus'
//     own CPU when its pid is given.
#include "ProcessCpu.h"
#include "connection/TargetList.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/TimeWindowBar.h"
#include "fleet/FleetPage.h"
#include "monitoring/MetricStore.h"
#include "monitoring/MonitoringPipeline.h"
#include "postgres/PostgresMetrics.h"
#include "prometheus/PrometheusHistory.h"
#include "sources/BuiltInSources.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

double processCpuOf(qint64 pid)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (pid <= 0 || !f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = f.readAll().split(' ');
    if (fields.size() < 15)
        return 0;
    return double(fields.at(13).toLongLong() + fields.at(14).toLongLong()) /
           double(sysconf(_SC_CLK_TCK));
}

int fail(const PromError &e)
{
    std::fprintf(stderr, "%s (%s)\n", qPrintable(e.message), qPrintable(e.detail));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    registerBuiltInSources();
    QCommandLineParser parser;
    const QCommandLineOption historyInstances(u"history-instances"_s, {}, u"N"_s, u"50"_s);
    const QCommandLineOption hours(u"hours"_s, {}, u"H"_s, u"24"_s);
    const QCommandLineOption step(u"step"_s, {}, u"S"_s, u"15"_s);
    const QCommandLineOption fleetSeconds(u"fleet-seconds"_s, {}, u"S"_s, u"60"_s);
    const QCommandLineOption prometheusPid(u"prometheus-pid"_s, {}, u"PID"_s, u"0"_s);
    const QCommandLineOption screenshot(u"screenshot"_s, {}, u"PNG"_s);
    const QCommandLineOption screenshotDir(u"screenshot-dir"_s, {}, u"DIR"_s);
    parser.addOptions(
        {historyInstances, hours, step, fleetSeconds, prometheusPid, screenshot, screenshotDir});
    parser.addPositionalArgument(u"url"_s, {});
    parser.process(app);
    PrometheusEndpoint ep;
    QString why;
    if (parser.positionalArguments().size() != 1 ||
        !PrometheusEndpoint::parse(parser.positionalArguments().constFirst(), &ep, &why)) {
        std::fprintf(stderr, "usage: sonde-bench-prometheus URL [options] %s\n", qPrintable(why));
        return 2;
    }
    ep.timeoutMs = 60000;
    PrometheusClient client(ep);
    PromError error;
    QList<PromInstance> all;
    if (!discoverInstances(client, &all, &error))
        return fail(error);
    const int n = std::min(int(all.size()), parser.value(historyInstances).toInt());

    // 1. A day of N instances: fetched, stored, drawn.
    PromHistoryRequest request;
    request.instances = all.mid(0, n);
    request.toMs = QDateTime::currentMSecsSinceEpoch();
    request.fromMs = request.toMs - qint64(parser.value(hours).toDouble() * 3600000);
    request.stepSeconds = parser.value(step).toInt();
    request.scrapeSeconds = request.stepSeconds;
    request.metrics = {metric::PgLatencyMs, metric::PgCallsPerSec, metric::PgXactPerSec,
                       metric::PgCacheHitPct, metric::PgConnUsePct};
    // Evaluated from the exporters' metrics over the whole range, then read from Sonde's
    // recording rules when Prometheus has them (the figure the window sees).
    QElapsedTimer wall;
    wall.start();
    PromHistory history;
    if (!PrometheusHistory::read(client, request, &history, &error))
        return fail(error);
    const double evaluatedMs = double(wall.nsecsElapsed()) / 1e6;
    if (!client.recordingRuleNames(&request.recorded, &error))
        return fail(error);
    wall.restart();
    if (!request.recorded.isEmpty() && !PrometheusHistory::read(client, request, &history, &error))
        return fail(error);
    const double fetchMs =
        request.recorded.isEmpty() ? evaluatedMs : double(wall.nsecsElapsed()) / 1e6;
    qint64 points = 0;
    for (const InstanceHistory &h : std::as_const(history.instances))
        points += h.pointCount();

    TargetList targets;
    MonitoringPipeline pipeline(&targets, nullptr, MonitoringPipeline::Source::Recording);
    for (const InstanceHistory &h : std::as_const(history.instances)) {
        PromInstanceRef ref{h.instance.instance, h.instance.job, h.instance.kind};
        targets.upsert({u"prometheus:"_s + h.instance.key(),
                        TargetKind::Prometheus,
                        h.instance.displayName(),
                        ref.toUri(ep.url.toString()),
                        {},
                        true});
    }
    DashboardPage page(&pipeline);
    page.resize(1400, 900);
    page.show();
    page.windowBar()->setWindowMs(24 * 3600 * 1000LL);
    QCoreApplication::processEvents();
    wall.restart();
    for (const InstanceHistory &h : std::as_const(history.instances))
        pipeline.store()->ingestHistory(u"prometheus:"_s + h.instance.key(), h.series, false);
    const double ingestMs = double(wall.nsecsElapsed()) / 1e6;
    wall.restart();
    page.refreshCharts();
    const QPixmap drawn = page.grab();
    const double drawMs = double(wall.nsecsElapsed()) / 1e6;
    if (parser.isSet(screenshot))
        drawn.save(parser.value(screenshot));

    // 2. The fleet overview every 5 s.
    const double cpu0 = bench::processCpuSeconds();
    const qint64 pid = parser.value(prometheusPid).toLongLong();
    const double serverCpu0 = processCpuOf(pid);
    QElapsedTimer fleetClock;
    fleetClock.start();
    const qint64 fleetMs = qint64(parser.value(fleetSeconds).toDouble() * 1000);
    int reads = 0;
    double slowestReadMs = 0;
    FleetReading fleet;
    while (fleetClock.elapsed() < fleetMs) {
        QElapsedTimer one;
        one.start();
        if (!PrometheusFleet::read(client, ThresholdSet::defaults(), request.stepSeconds, &fleet,
                                   &error))
            return fail(error);
        slowestReadMs = std::max(slowestReadMs, double(one.nsecsElapsed()) / 1e6);
        ++reads;
        const qint64 next = qint64(reads) * 5000;
        if (next > fleetClock.elapsed())
            QThread::msleep(quint64(next - fleetClock.elapsed()));
    }
    const double fleetWallS = double(fleetClock.elapsed()) / 1000;
    const double fleetCpu = bench::processCpuSeconds() - cpu0;
    const double serverCpu = processCpuOf(pid) - serverCpu0;

    if (parser.isSet(screenshotDir)) {
        // For docs/: the fleet as the Fleet page shows it, and a day of two instances (a
        // healthy one and the slowest) on the dashboard.
        const QString dir = parser.value(screenshotDir);
        TargetList shownTargets;
        MonitoringPipeline shown(&shownTargets, nullptr, MonitoringPipeline::Source::Recording);
        shownTargets.upsert({u"prometheus"_s,
                             TargetKind::Prometheus,
                             u"Fleet Prometheus"_s,
                             ep.url.toString(),
                             {},
                             true});
        FleetPage fleetPage(&shown);
        fleetPage.resize(1400, 860);
        fleetPage.show();
        fleetPage.showReading(fleet);
        QCoreApplication::processEvents();
        fleetPage.grab().save(dir + u"/fleet-overview.png"_s);
        for (const InstanceHistory &h : std::as_const(history.instances)) {
            if (h.instance.instance != u"pg-000:9187"_s && h.instance.instance != u"pg-007:9187"_s)
                continue;
            PromInstanceRef ref{h.instance.instance, h.instance.job, h.instance.kind};
            const QString id = u"prometheus:"_s + h.instance.key();
            shownTargets.upsert({id,
                                 TargetKind::Prometheus,
                                 h.instance.displayName(),
                                 ref.toUri(ep.url.toString()),
                                 {},
                                 true});
            shown.store()->ingestHistory(id, h.series, false);
        }
        DashboardPage day(&shown);
        day.resize(1400, 900);
        day.show();
        day.windowBar()->setWindowMs(24 * 3600 * 1000LL);
        QCoreApplication::processEvents();
        day.refreshCharts();
        day.grab().save(dir + u"/dashboard-day-of-history.png"_s);
    }

    const QJsonObject figures{
        {u"history_instances"_s, n},
        {u"history_hours"_s, parser.value(hours).toDouble()},
        {u"history_step_s"_s, history.stepSeconds},
        {u"history_queries"_s, history.queries},
        {u"history_points"_s, double(points)},
        {u"history_fetch_evaluated_ms"_s, evaluatedMs},
        {u"history_recording_rules"_s, !request.recorded.isEmpty()},
        {u"history_fetch_ms"_s, fetchMs},
        {u"history_ingest_ms"_s, ingestMs},
        {u"history_draw_ms"_s, drawMs},
        {u"history_total_ms"_s, fetchMs + ingestMs + drawMs},
        {u"fleet_instances"_s, fleet.rows.size()},
        {u"fleet_queries_per_read"_s, fleet.queries},
        {u"fleet_reads"_s, reads},
        {u"fleet_slowest_read_ms"_s, slowestReadMs},
        {u"fleet_client_core_pct"_s, 100.0 * fleetCpu / fleetWallS},
        {u"fleet_prometheus_core_pct"_s, pid > 0 ? 100.0 * serverCpu / fleetWallS : -1.0},
    };
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Indented).constData());
    return 0;
}
