// What watching costs the machine it runs on: the application's monitoring pipeline under a
// real DashboardPage (offscreen), and with --slow-queries the Slow queries page as the main
// window has it, three targets sampled every second, after the store was given one
// simulated hour of history for each target (3 600 snapshots per target, fed through
// MetricStore::ingest like the samplers' own), then left running live for --live-seconds
// with the 1 h window shown.
//
// Where the CPU goes, measured in the process itself:
// - per thread, from /proc/self/task/*/schedstat (nanoseconds on the CPU): the GUI thread,
//   the samplers' threads ("sampler-<target>"), and any other thread;
// - on the GUI thread, per kind of top-level event (QApplication::notify, thread CPU time):
//   queued snapshots (store append, alerts, status strip), timers (the dashboard's chart
//   refresh: store reads, decimation, series update), painting (update requests and paint
//   events), and the rest (layout, input, posted events).
//
// Modes:
//   live (default): --postgres/--pgbouncer/--redis given, real samplers on their threads.
//   --simulate: no servers; every --interval-ms a synthetic snapshot per target is fed to the
//     store on the GUI thread, as the monitor does with the samplers' own. Deterministic
//     enough to count instructions: the live phase runs inside measuredLive(), so
//       valgrind --tool=callgrind --toggle-collect='*measuredLive*' sonde-bench-monitoring
//         --simulate --ticks 30
//     counts only what the dashboard does per tick.
//   --soak-hours H: simulated time, as fast as the machine goes: one snapshot per target per
//     simulated --interval-ms, the charts redrawn over the last hour every simulated minute,
//     and the resident memory printed every simulated --soak-report-minutes. Shows whether
//     memory stays flat once the store's rings are full (1 h raw + 24 h of buckets).
//
//   sonde-bench-monitoring --postgres URI --pgbouncer URI --redis URI
//                          [--live-seconds 60] [--prefill-seconds 3600] [--slow-queries]
//                          [--json]
//   sonde-bench-monitoring --simulate [--ticks 60] [--json]
//   sonde-bench-monitoring --soak-hours 30 [--interval-ms 1000]
#include "ProcessCpu.h"
#include "connection/TargetList.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/TimeSeriesChart.h"
#include "dashboard/TimeWindowBar.h"
#include "monitoring/MetricCatalog.h"
#include "monitoring/MetricStore.h"
#include "monitoring/MonitoringPipeline.h"
#include "monitoring/SourceRegistry.h"
#include "monitoring/TimelineEventStore.h"
#include "pgbouncer/PgBouncerMetrics.h"
#include "postgres/PostgresMetrics.h"
#include "redis/RedisMetrics.h"
#include "sources/BuiltInSources.h"
#include "statements/SlowQueriesPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QThread>
#include <QTimer>

#include <sys/syscall.h>
#include <unistd.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
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

// The calling thread's voluntary context switches: how often it waited for anything.
qint64 guiThreadSwitches()
{
    QFile f(u"/proc/self/task/%1/status"_s.arg(qint64(::syscall(SYS_gettid))));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("voluntary_ctxt_switches:"))
            return line.mid(24).trimmed().toLongLong();
    }
    return 0;
}

// CPU nanoseconds of every thread of this process, by thread id, with its name.
struct ThreadTime
{
    QString name;
    qint64 ns = 0;
};

std::map<qint64, ThreadTime> threadTimes()
{
    std::map<qint64, ThreadTime> out;
    const QDir tasks(u"/proc/self/task"_s);
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + u"/comm"_s));
        QFile sched(tasks.filePath(tid + u"/schedstat"_s));
        if (!comm.open(QIODevice::ReadOnly) || !sched.open(QIODevice::ReadOnly))
            continue;
        ThreadTime t;
        t.name = QString::fromUtf8(comm.readAll().trimmed());
        t.ns = sched.readAll().split(' ').value(0).toLongLong();
        out[tid.toLongLong()] = t;
    }
    return out;
}

// The GUI thread's CPU by kind of top-level event.
class MeasuredApplication : public QApplication
{
public:
    enum Activity
    {
        Snapshots,
        Timers,
        Painting,
        Other,
        ActivityCount
    };

    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_measuring || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        const bool paint = event->type() == QEvent::Paint ||
                           event->type() == QEvent::UpdateRequest ||
                           event->type() == QEvent::UpdateLater;
        if (m_depth > 0) {
            // Painting nested in another event (a graphics scene repaints its views from a
            // queued call) is painting, not that event's work.
            if (!paint || m_inPaint)
                return deliver(receiver, event);
            m_inPaint = true;
            const qint64 t0 = threadCpuNs();
            const bool r = deliver(receiver, event);
            m_nestedPaintNs += threadCpuNs() - t0;
            m_inPaint = false;
            return r;
        }
        const Activity a = paint ? Painting : classify(event);
        // Read before delivery: a deferred delete ends the receiver.
        // A timer is named after its owner ("QTimer in sonde::DashboardPage").
        QString receiverClass = QString::fromLatin1(receiver->metaObject()->className());
        if (receiver->parent() && qobject_cast<QTimer *>(receiver))
            receiverClass +=
                u" in "_s + QString::fromLatin1(receiver->parent()->metaObject()->className());
        const int type = int(event->type());
        const qint64 nested0 = m_nestedPaintNs;
        m_inPaint = paint;
        const qint64 t0 = threadCpuNs();
        const bool r = deliver(receiver, event);
        const qint64 ns = threadCpuNs() - t0;
        m_inPaint = false;
        const qint64 nested = m_nestedPaintNs - nested0;
        m_ns[a] += ns - nested;
        m_ns[Painting] += nested;
        ++m_count[a];
        const QString key = receiverClass + u' ' + QString::number(type);
        m_byReceiver[key] += ns;
        ++m_countByReceiver[key];
        return r;
    }

    // CPU ms and number of events by receiver class and event type.
    QJsonObject byReceiver() const
    {
        QJsonObject out;
        for (auto it = m_byReceiver.cbegin(); it != m_byReceiver.cend(); ++it) {
            out[it.key()] =
                QJsonArray{double(it.value()) / 1e6, double(m_countByReceiver.value(it.key()))};
        }
        return out;
    }

    void setMeasuring(bool on) { m_measuring = on; }
    qint64 ns(Activity a) const { return m_ns[a]; }
    qint64 count(Activity a) const { return m_count[a]; }
    void addNs(Activity a, qint64 ns) { m_ns[a] += ns; }

private:
    bool deliver(QObject *receiver, QEvent *event)
    {
        ++m_depth;
        const bool r = QApplication::notify(receiver, event);
        --m_depth;
        return r;
    }

    static Activity classify(const QEvent *event)
    {
        switch (event->type()) {
        case QEvent::MetaCall:
            return Snapshots;
        case QEvent::Timer:
            return Timers;
        default:
            return Other;
        }
    }

    bool m_measuring = false;
    bool m_inPaint = false;
    int m_depth = 0;
    qint64 m_nestedPaintNs = 0;
    std::array<qint64, ActivityCount> m_ns{};
    std::array<qint64, ActivityCount> m_count{};
    QHash<QString, qint64> m_byReceiver;
    QHash<QString, qint64> m_countByReceiver;
};

Target target(const QString &id, TargetKind kind, const QString &name, const QString &uri)
{
    Target t;
    t.id = id;
    t.kind = kind;
    t.name = name;
    t.uri = uri;
    return t;
}

// A snapshot carrying every metric its target's kind produces, with plausible wandering
// values.
Snapshot syntheticSnapshot(const Target &t, qint64 ms, qint64 i)
{
    Snapshot s;
    s.targetId = t.id;
    s.targetName = t.name;
    s.kind = t.kind;
    s.at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    s.intervalSeconds = 1.0;
    s.continuity = Snapshot::Continuity::Continuous;
    int n = 0;
    for (const MetricInfo &m : MetricCatalog::all()) {
        if (m.kind != t.kind)
            continue;
        const double wave = 1.0 + 0.5 * std::sin(double(i) / (60.0 + 7 * n));
        s.values.insert(m.name, m.unit == u"%"_s ? 50 * wave : 10 * wave * (n + 1));
        ++n;
    }
    return s;
}

void addEvent(TimelineEventStore *timeline, const Target &t, qint64 ms)
{
    TimelineEvent e;
    e.at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    e.kind = TimelineEvent::Kind::Note;
    e.targetId = t.id;
    e.text = u"simulated event"_s;
    timeline->add(e);
}

// One simulated hour: a snapshot per second per target, plus an event every minute.
void prefill(MetricStore *store, TimelineEventStore *timeline, const QList<Target> &targets,
             int seconds)
{
    const qint64 end = QDateTime::currentMSecsSinceEpoch() - 2000;
    for (int i = seconds; i > 0; --i) {
        const qint64 ms = end - qint64(i) * 1000;
        for (const Target &t : targets)
            store->ingest(syntheticSnapshot(t, ms, i));
        if (i % 60 == 0)
            addEvent(timeline, targets.first(), ms);
    }
}

void registerSilentSources()
{
    const auto none = [](const Target &) -> Sampler * {
        return nullptr;
    };
    SourceRegistry::add(TargetKind::PostgreSQL, none, &PostgresMetrics::all);
    SourceRegistry::add(TargetKind::PgBouncer, none, &PgBouncerMetrics::all);
    SourceRegistry::add(TargetKind::Redis, none, &RedisMetrics::all);
}

// The live phase, named so callgrind can count only it (--toggle-collect='*measuredLive*').
Q_NEVER_INLINE void measuredLive()
{
    QApplication::exec();
}

// Simulated days of monitoring in seconds: returns the RSS curve.
QJsonArray soak(DashboardPage *page, TimelineEventStore *timeline, const QList<Target> &targets,
                double hours, int intervalMs, int reportMinutes)
{
    QJsonArray curve;
    const qint64 steps = qint64(hours * 3600000.0 / intervalMs);
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(hours * 3600000.0);
    const qint64 perMinute = qMax<qint64>(1, 60000 / intervalMs);
    const qint64 perReport = qMax<qint64>(1, qint64(reportMinutes) * 60000 / intervalMs);
    std::printf("%10s %10s %10s %10s\n", "sim_hours", "rss_mib", "store_mib", "events");
    for (qint64 i = 1; i <= steps; ++i) {
        const qint64 ms = start + i * intervalMs;
        for (const Target &t : targets)
            page->store()->ingest(syntheticSnapshot(t, ms, i));
        if (i % perMinute == 0) {
            addEvent(timeline, targets.first(), ms);
            for (TimeSeriesChart *c : page->charts())
                c->setTimeRange(ms - 3600000, ms);
            page->repaint();
            QCoreApplication::processEvents();
        }
        if (i % perReport == 0) {
            const double simHours = double(i) * intervalMs / 3600000.0;
            const double rss = memoryMiB("VmRSS:");
            const double storeMib = double(page->store()->memoryBytes()) / 1048576.0;
            std::printf("%10.2f %10.1f %10.1f %10d\n", simHours, rss, storeMib, timeline->count());
            std::fflush(stdout);
            curve.append(QJsonArray{simHours, rss});
        }
    }
    return curve;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    MeasuredApplication app(argc, argv);
    QApplication::setOrganizationName(u"SondeBench"_s);
    QCommandLineParser parser;
    const QCommandLineOption pg(u"postgres"_s, {}, u"URI"_s);
    const QCommandLineOption bouncer(u"pgbouncer"_s, {}, u"URI"_s);
    const QCommandLineOption redis(u"redis"_s, {}, u"URI"_s);
    const QCommandLineOption live(u"live-seconds"_s, {}, u"S"_s, u"60"_s);
    const QCommandLineOption history(u"prefill-seconds"_s, {}, u"S"_s, u"3600"_s);
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption slow(u"slow-queries"_s);
    const QCommandLineOption simulate(u"simulate"_s);
    const QCommandLineOption ticks(u"ticks"_s, {}, u"N"_s, u"60"_s);
    const QCommandLineOption interval(u"interval-ms"_s, {}, u"MS"_s, u"1000"_s);
    const QCommandLineOption soakHours(u"soak-hours"_s, {}, u"H"_s);
    const QCommandLineOption soakReport(u"soak-report-minutes"_s, {}, u"M"_s, u"60"_s);
    const QCommandLineOption screenshot(u"screenshot"_s, {}, u"PNG"_s);
    parser.addOptions({pg, bouncer, redis, live, history, json, slow, simulate, ticks, interval,
                       soakHours, soakReport, screenshot});
    parser.process(app);
    const bool simulated = parser.isSet(simulate) || parser.isSet(soakHours);
    if (!simulated && (!parser.isSet(pg) || !parser.isSet(bouncer) || !parser.isSet(redis))) {
        std::fprintf(stderr,
                     "usage: sonde-bench-monitoring --postgres URI --pgbouncer URI --redis URI "
                     "[--live-seconds 60] [--prefill-seconds 3600] [--slow-queries] [--json]\n"
                     "       sonde-bench-monitoring --simulate [--ticks 60] [--json]\n"
                     "       sonde-bench-monitoring --soak-hours H [--interval-ms 1000] "
                     "[--soak-report-minutes 60]\n");
        return 2;
    }
    const int intervalMs = qMax(10, parser.value(interval).toInt());
    const double rssStart = memoryMiB("VmRSS:");
    const QList<Target> targets = {
        target(u"pg"_s, TargetKind::PostgreSQL, u"PostgreSQL"_s,
               parser.value(pg).isEmpty() ? u"postgresql://simulated/db"_s : parser.value(pg)),
        target(u"bouncer"_s, TargetKind::PgBouncer, u"PgBouncer"_s,
               parser.value(bouncer).isEmpty() ? u"postgresql://simulated/pgbouncer"_s
                                               : parser.value(bouncer)),
        target(u"redis"_s, TargetKind::Redis, u"Redis"_s,
               parser.value(redis).isEmpty() ? u"redis://simulated"_s : parser.value(redis))};

    // Simulated: the sources' metrics are known but their factories make no sampler, so
    // listing the targets (their lines are drawn) samples nothing; the bench feeds their
    // snapshots itself.
    if (simulated)
        registerSilentSources();
    else
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

    if (simulated) {
        for (const Target &t : targets)
            list.upsert(t);
    }
    if (parser.isSet(soakHours)) {
        const QJsonArray curve = soak(&page, &timeline, targets, parser.value(soakHours).toDouble(),
                                      intervalMs, qMax(1, parser.value(soakReport).toInt()));
        if (parser.isSet(json))
            std::printf("%s\n", QJsonDocument(QJsonObject{{u"rss_curve"_s, curve}})
                                    .toJson(QJsonDocument::Compact)
                                    .constData());
        return 0;
    }

    QElapsedTimer clock;
    clock.start();
    prefill(page.store(), &timeline, targets, parser.value(history).toInt());
    const qint64 prefillMs = clock.elapsed();
    if (!simulated) {
        for (const Target &t : targets)
            list.upsert(t); // the samplers start: one thread and one connection per target
    }
    page.refreshCharts();
    QCoreApplication::processEvents();
    const double rssAfterPrefill = memoryMiB("VmRSS:");

    int snapshots = 0;
    QObject::connect(page.store(), &MetricStore::snapshotIngested, [&snapshots]() { ++snapshots; });
    QTimer feeder;
    if (simulated) {
        // The snapshots reach the store through queued calls, as the samplers' do; making them
        // is the bench's work, not the dashboard's, and is not counted.
        qint64 tick = 0;
        const int maxTicks = parser.value(ticks).toInt();
        feeder.setInterval(intervalMs);
        QObject::connect(&feeder, &QTimer::timeout, &app, [&]() {
            const qint64 t0 = threadCpuNs();
            const auto uncount =
                qScopeGuard([&]() { app.addNs(MeasuredApplication::Timers, t0 - threadCpuNs()); });
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            ++tick;
            QList<Snapshot> batch;
            for (const Target &t : targets)
                batch << syntheticSnapshot(t, now, tick);
            // One delivery for the three targets, as TargetMonitor's TickInbox makes it.
            QMetaObject::invokeMethod(
                page.store(), [store = page.store(), batch]() { store->ingest(batch); },
                Qt::QueuedConnection);
            if (tick >= maxTicks)
                QTimer::singleShot(intervalMs / 2, &app, &QApplication::quit);
            if (tick >= maxTicks)
                feeder.stop();
        });
        feeder.start();
    } else {
        QTimer::singleShot(parser.value(live).toInt() * 1000, &app, &QApplication::quit);
    }

    // What wakes the GUI thread: the samplers' deliveries (one per tick when the targets'
    // snapshots of a tick come together), timers, and every wait of the thread (its
    // voluntary context switches: its event loop's waits, and any other — a lock, Qt's
    // worker threads).
    const qint64 switches0 = guiThreadSwitches();
    int deliveries = 0;
    QObject::connect(page.store(), &MetricStore::tickIngested, [&deliveries]() { ++deliveries; });
    const auto threads0 = threadTimes();
    const double cpu0 = bench::processCpuSeconds();
    clock.restart();
    app.setMeasuring(true);
    measuredLive();
    app.setMeasuring(false);
    const double wall = double(clock.elapsed()) / 1000.0;
    const double cpu = bench::processCpuSeconds() - cpu0;
    const qint64 switches = guiThreadSwitches() - switches0;
    if (parser.isSet(screenshot)) {
        page.refreshCharts();
        page.grab().save(parser.value(screenshot));
    }
    const auto threads1 = threadTimes();

    // Per thread: the GUI thread, the samplers, the rest.
    const qint64 guiTid = qint64(::syscall(SYS_gettid));
    qint64 guiNs = 0;
    qint64 samplingNs = 0;
    qint64 otherNs = 0;
    QJsonObject perThread;
    for (const auto &[tid, t1] : threads1) {
        const auto before = threads0.find(tid);
        const qint64 ns = t1.ns - (before == threads0.end() ? 0 : before->second.ns);
        if (tid == guiTid)
            guiNs += ns;
        else if (t1.name.startsWith(u"sampler-"_s))
            samplingNs += ns;
        else
            otherNs += ns;
        const QString name = tid == guiTid ? u"gui"_s : t1.name;
        perThread[name] = perThread.value(name).toDouble() + double(ns) / 1e6;
    }
    const auto percent = [wall](qint64 ns) {
        return 100.0 * double(ns) / 1e9 / wall;
    };
    using A = MeasuredApplication;
    QJsonObject split{
        {u"gui_thread"_s, percent(guiNs)},
        {u"gui_snapshots"_s, percent(app.ns(A::Snapshots))},
        {u"gui_timers_chart_refresh"_s, percent(app.ns(A::Timers))},
        {u"gui_painting"_s, percent(app.ns(A::Painting))},
        {u"gui_other"_s, percent(app.ns(A::Other))},
        {u"sampler_threads"_s, percent(samplingNs)},
        {u"other_threads"_s, percent(otherNs)},
    };
    QJsonObject counts{
        {u"snapshots"_s, app.count(A::Snapshots)},
        {u"timers"_s, app.count(A::Timers)},
        {u"painting"_s, app.count(A::Painting)},
        {u"other"_s, app.count(A::Other)},
    };

    QJsonObject out{
        {u"mode"_s, simulated ? u"simulated"_s : u"live"_s},
        {u"targets"_s, int(targets.size())},
        {u"interval_s"_s, intervalMs / 1000.0},
        {u"simulated_history_s"_s, parser.value(history).toInt()},
        {u"prefill_ms"_s, prefillMs},
        {u"live_s"_s, wall},
        {u"live_snapshots"_s, snapshots},
        {u"snapshot_deliveries_per_tick"_s, deliveries / qMax(1.0, wall * 1000.0 / intervalMs)},
        {u"gui_timer_events_per_tick"_s,
         double(app.count(MeasuredApplication::Timers)) / qMax(1.0, wall * 1000.0 / intervalMs)},
        {u"gui_voluntary_context_switches_per_tick"_s,
         double(switches) / qMax(1.0, wall * 1000.0 / intervalMs)},
        {u"cpu_percent"_s, 100.0 * cpu / wall},
        {u"cpu_percent_by_activity"_s, split},
        {u"gui_events"_s, counts},
        {u"gui_ms_and_events_by_receiver_and_event"_s, app.byReceiver()},
        {u"cpu_ms_by_thread"_s, perThread},
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
        for (auto it = out.begin(); it != out.end(); ++it) {
            if (it.value().isObject())
                std::printf("%-24s %s\n", qPrintable(it.key()),
                            QJsonDocument(it.value().toObject())
                                .toJson(QJsonDocument::Compact)
                                .constData());
            else if (it.value().isString())
                std::printf("%-24s %s\n", qPrintable(it.key()), qPrintable(it.value().toString()));
            else
                std::printf("%-24s %s\n", qPrintable(it.key()),
                            qPrintable(QString::number(it.value().toDouble(), 'f', 2)));
        }
    }
    return snapshots > 0 ? 0 : 1;
}
