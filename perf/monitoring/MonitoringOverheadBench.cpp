// What watching costs the machine it runs on: the application's monitoring pipeline under a
// real DashboardPage (offscreen), and with --slow-queries the Slow queries page as the main
// window has it, three real targets sampled every second, after the store was given one
// simulated hour of history for each target (3 600 snapshots per target, fed through
// MetricStore::ingest like the samplers' own), then left running live for --live-seconds
// with the 1 h window shown.
// Prints CPU use over the live period and the resident memory at its end.
//
//   sonde-bench-monitoring --postgres URI --pgbouncer URI --redis URI
//                          [--live-seconds 60] [--prefill-seconds 3600] [--slow-queries]
//                          [--json]
#include "connection/TargetList.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/TimeSeriesChart.h"
#include "dashboard/TimeWindowBar.h"
#include "monitoring/MetricCatalog.h"
#include "monitoring/MetricStore.h"
#include "monitoring/MonitoringPipeline.h"
#include "monitoring/TimelineEventStore.h"
#include "sources/BuiltInSources.h"
#include "statements/SlowQueriesPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <sys/resource.h>

#include <cmath>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// VmRSS / VmHWM from /proc/self/status, in MiB.
double memoryMiB(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

Target target(const QString &id, TargetKind kind, const QString &name, const QString &uri)
{
    Target t;
    t.id = id;
    t.kind = kind;
    t.name = name;
    t.uri = uri;
    return t;
}

// One simulated hour: a snapshot per second per target carrying every metric its kind
// produces, with plausible wandering values, plus an event every minute.
void prefill(MetricStore *store, TimelineEventStore *timeline, const QList<Target> &targets,
             int seconds)
{
    const qint64 end = QDateTime::currentMSecsSinceEpoch() - 2000;
    for (int i = seconds; i > 0; --i) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(end - qint64(i) * 1000, Qt::UTC);
        for (const Target &t : targets) {
            Snapshot s;
            s.targetId = t.id;
            s.targetName = t.name;
            s.kind = t.kind;
            s.at = at;
            s.intervalSeconds = 1.0;
            s.continuity = Snapshot::Continuity::Continuous;
            int n = 0;
            for (const MetricInfo &m : MetricCatalog::all()) {
                if (m.kind != t.kind)
                    continue;
                const double wave = 1.0 + 0.5 * std::sin(i / (60.0 + 7 * n));
                s.values.insert(m.name, m.unit == u"%"_s ? 50 * wave : 10 * wave * (n + 1));
                ++n;
            }
            store->ingest(s);
        }
        if (i % 60 == 0) {
            TimelineEvent e;
            e.at = at;
            e.kind = TimelineEvent::Kind::Note;
            e.targetId = targets.first().id;
            e.text = u"simulated event"_s;
            timeline->add(e);
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"SondeBench"_s);
    QCommandLineParser parser;
    const QCommandLineOption pg(u"postgres"_s, {}, u"URI"_s);
    const QCommandLineOption bouncer(u"pgbouncer"_s, {}, u"URI"_s);
    const QCommandLineOption redis(u"redis"_s, {}, u"URI"_s);
    const QCommandLineOption live(u"live-seconds"_s, {}, u"S"_s, u"60"_s);
    const QCommandLineOption history(u"prefill-seconds"_s, {}, u"S"_s, u"3600"_s);
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption slow(u"slow-queries"_s);
    parser.addOptions({pg, bouncer, redis, live, history, json, slow});
    parser.process(app);
    if (!parser.isSet(pg) || !parser.isSet(bouncer) || !parser.isSet(redis)) {
        std::fprintf(stderr, "usage: sonde-bench-monitoring --postgres URI --pgbouncer URI "
                             "--redis URI [--live-seconds 60] [--prefill-seconds 3600] [--json]\n");
        return 2;
    }
    const double rssStart = memoryMiB("VmRSS:");
    const QList<Target> targets = {
        target(u"pg"_s, TargetKind::PostgreSQL, u"PostgreSQL"_s, parser.value(pg)),
        target(u"bouncer"_s, TargetKind::PgBouncer, u"PgBouncer"_s, parser.value(bouncer)),
        target(u"redis"_s, TargetKind::Redis, u"Redis"_s, parser.value(redis))};

    registerBuiltInSources();
    TargetList list;
    MonitoringPipeline pipeline(&list);
    TimelineEventStore &timeline = *pipeline.timeline();
    DashboardPage page(&pipeline);
    page.resize(1440, 900);
    page.show();
    page.windowBar()->setWindowMs(60 * 60 * 1000);
    // The Slow queries page as the main window has it: built at start, hidden.
    std::unique_ptr<SlowQueriesPage> slowQueries;
    if (parser.isSet(slow))
        slowQueries = std::make_unique<SlowQueriesPage>(&pipeline);

    QElapsedTimer clock;
    clock.start();
    prefill(page.store(), &timeline, targets, parser.value(history).toInt());
    const qint64 prefillMs = clock.elapsed();
    for (const Target &t : targets)
        list.upsert(t); // the samplers start: one thread and one connection per target
    page.refreshCharts();
    const double rssAfterPrefill = memoryMiB("VmRSS:");

    const double cpu0 = cpuSeconds();
    clock.restart();
    int snapshots = 0;
    QObject::connect(page.store(), &MetricStore::snapshotIngested, [&snapshots]() { ++snapshots; });
    QTimer::singleShot(parser.value(live).toInt() * 1000, &app, &QApplication::quit);
    QApplication::exec();
    const double wall = double(clock.elapsed()) / 1000.0;
    const double cpu = cpuSeconds() - cpu0;

    QJsonObject out{
        {u"targets"_s, int(targets.size())},
        {u"interval_s"_s, 1},
        {u"simulated_history_s"_s, parser.value(history).toInt()},
        {u"prefill_ms"_s, prefillMs},
        {u"live_s"_s, wall},
        {u"live_snapshots"_s, snapshots},
        {u"cpu_percent"_s, 100.0 * cpu / wall},
        {u"rss_start_mib"_s, rssStart},
        {u"rss_after_prefill_mib"_s, rssAfterPrefill},
        {u"rss_end_mib"_s, memoryMiB("VmRSS:")},
        {u"rss_peak_mib"_s, memoryMiB("VmHWM:")},
        {u"store_series"_s, page.store()->seriesCount()},
        {u"store_mib"_s, double(page.store()->memoryBytes()) / 1048576.0},
        {u"drawn_points_latency"_s, page.charts().at(0)->drawnPoints(0)},
    };
    if (parser.isSet(json)) {
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    } else {
        for (auto it = out.begin(); it != out.end(); ++it)
            std::printf("%-24s %s\n", qPrintable(it.key()),
                        qPrintable(QString::number(it.value().toDouble(), 'f', 2)));
    }
    return snapshots > 0 ? 0 : 1;
}
