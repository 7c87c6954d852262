// What a long recording costs: writes HOURS hours of three targets sampled every second
// (with statements every 10 s, sessions and the Redis slow log every 5 s) through
// RecordingFile, one commit per second as the recorder makes them, from the readings of a
// short real recording of the demo (`sonde-cli record`, see run-recording-bench) repeated
// with shifted times. Prints the CPU time of the writing as a share of one core over the
// recorded time, the file's size per hour, how long reading it back and opening it in the
// window take, and what the local history costs when a target is added: the same file as
// the target's history (what Sonde keeps of it), read and thinned off the GUI thread, then
// put into the store on the GUI thread.
//
//   sonde-bench-recording --sample demo.sonde --out long.sonde [--hours 8] [--json]
#include "ProcessCpu.h"
#include "RecordingWindow.h"
#include "connection/TargetList.h"
#include "monitoring/MetricStore.h"
#include "monitoring/MonitoringPipeline.h"
#include "recording/LocalHistory.h"
#include "recording/RecordingFile.h"
#include "recording/RecordingReplay.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

// The sample's readings of one kind, as a ring: the n-th one asked for, moved to `at`.
template<typename T, typename Move>
T take(const QList<T> &ring, qint64 n, Move move)
{
    T value = ring.at(qsizetype(n % ring.size()));
    move(value);
    return value;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption sampleOption(u"sample"_s, {}, u"FILE"_s);
    const QCommandLineOption outOption(u"out"_s, {}, u"FILE"_s);
    const QCommandLineOption hoursOption(u"hours"_s, {}, u"H"_s, u"8"_s);
    const QCommandLineOption jsonOption(u"json"_s);
    parser.addOptions({sampleOption, outOption, hoursOption, jsonOption});
    parser.process(app);
    Recording sample;
    QString error;
    if (!RecordingFile::read(parser.value(sampleOption), &sample, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    // Every target's snapshots in the order taken; the feeds' readings as they came.
    QHash<QString, QList<Snapshot>> byTarget;
    for (const Snapshot &s : std::as_const(sample.snapshots)) {
        if (s.continuity == Snapshot::Continuity::Continuous)
            byTarget[s.targetId].append(s);
    }
    if (byTarget.size() < 3 || sample.statements.isEmpty() || sample.sessions.isEmpty() ||
        sample.slowLogs.isEmpty()) {
        std::fprintf(stderr, "the sample needs three targets with statements, sessions and "
                             "slow-log readings\n");
        return 2;
    }
    const double hours = parser.value(hoursOption).toDouble();
    const qint64 seconds = qint64(hours * 3600);
    // Recorded in the hours before now, as a history is.
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-seconds);
    const QString path = parser.value(outOption);

    RecordingFile file;
    if (!file.create(path, true, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    for (const RecordedTarget &t : std::as_const(sample.targets))
        file.writeTarget(t);
    QElapsedTimer wall;
    wall.start();
    const double cpu0 = bench::processCpuSeconds();
    qint64 records = 0;
    for (qint64 second = 0; second < seconds; ++second) {
        const QDateTime at = start.addSecs(second);
        for (auto it = byTarget.cbegin(); it != byTarget.cend(); ++it) {
            file.writeSnapshot(take(it.value(), second, [&](Snapshot &s) { s.at = at; }));
            ++records;
        }
        if (second % 10 == 0) {
            const auto r =
                take(sample.statements, second / 10, [&](auto &v) { v.value.takenAt = at; });
            file.writeStatements(r.targetId, r.value);
            ++records;
        }
        if (second % 5 == 0) {
            const auto s =
                take(sample.sessions, second / 5, [&](auto &v) { v.value.takenAt = at; });
            file.writeSessions(s.targetId, s.value);
            const auto l =
                take(sample.slowLogs, second / 5, [&](auto &v) { v.value.takenAt = at; });
            file.writeSlowLog(l.targetId, l.value);
            records += 2;
        }
        if (!file.commit(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    if (!file.finish(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double writeCpu = bench::processCpuSeconds() - cpu0;
    const double writeWall = double(wall.elapsed()) / 1000;
    const qint64 size = QFileInfo(path).size();

    wall.restart();
    Recording back;
    if (!RecordingFile::read(path, &back, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double readWall = double(wall.elapsed()) / 1000;

    // Opened in the window as a DBA opens it: the last hour read off the GUI thread, loaded
    // into the recording's pipeline and drawn; then the whole recording, drawn again.
    wall.restart();
    RecordingWindow window;
    window.resize(1280, 860);
    window.show();
    QEventLoop loop;
    double openDrawnWall = 0;
    QObject::connect(&window, &RecordingWindow::loaded, &loop, [&]() {
        window.grab(); // paints the window: every chart of the first view
        openDrawnWall = double(wall.elapsed()) / 1000;
    });
    QObject::connect(&window, &RecordingWindow::completed, &loop, &QEventLoop::quit);
    QObject::connect(&window, &RecordingWindow::failed, &loop, [&](const QString &why) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        loop.exit(1);
    });
    window.open(path);
    if (loop.exec() != 0)
        return 1;
    window.grab();
    const double openCompleteWall = double(wall.elapsed()) / 1000;

    // The local history: the file as the history of its first target, when that target is
    // added to a live window's pipeline (nothing sampled here).
    const RecordedTarget first = sample.targets.first();
    QTemporaryDir historyDir;
    if (!QFile::copy(path, LocalHistory::fileIn(historyDir.path(), first.id))) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(path));
        return 1;
    }
    TargetList targets;
    MonitoringPipeline pipeline(&targets, nullptr, MonitoringPipeline::Source::Recording);
    LocalHistory history(&pipeline, historyDir.path());
    history.apply({});
    double historyLoadedWall = 0;
    int historyReadings = 0;
    QObject::connect(&history, &LocalHistory::loaded, &loop, [&](const QString &, int readings) {
        historyLoadedWall = double(wall.elapsed()) / 1000;
        historyReadings = readings;
        loop.quit();
    });
    wall.restart();
    targets.upsert({first.id, first.kind, first.name, first.address, {}, false});
    loop.exec();
    // Its GUI-thread part on its own: the thinned readings into a store.
    Recording timeline;
    RecordingFile::read(path, &timeline, &error, RecordingFile::Parts::Timeline);
    timeline.snapshots = LocalHistory::thinOut(
        timeline.snapshots, QDateTime::currentMSecsSinceEpoch() - MetricSeries::Limits().fullSpanMs,
        MetricSeries::Limits().bucketMs);
    TargetList otherTargets;
    MonitoringPipeline other(&otherTargets, nullptr, MonitoringPipeline::Source::Recording);
    wall.restart();
    RecordingReplay::loadHistory(timeline, &other);
    const double historyIngestMs = double(wall.nsecsElapsed()) / 1e6;

    const QJsonObject figures{
        {u"recorded_hours"_s, hours},
        {u"records"_s, double(records)},
        {u"write_cpu_s"_s, writeCpu},
        {u"write_wall_s"_s, writeWall},
        {u"write_core_pct_of_recorded_time"_s, 100.0 * writeCpu / double(seconds)},
        {u"file_mib"_s, double(size) / 1048576.0},
        {u"mib_per_hour"_s, double(size) / 1048576.0 / hours},
        {u"read_all_s"_s, readWall},
        {u"open_first_chart_s"_s, openDrawnWall},
        {u"open_complete_s"_s, openCompleteWall},
        {u"snapshots_read"_s, double(back.snapshots.size())},
        {u"history_loaded_s"_s, historyLoadedWall},
        {u"history_readings"_s, historyReadings},
        {u"history_gui_thread_ms"_s, historyIngestMs}};
    if (parser.isSet(jsonOption)) {
        std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    } else {
        std::printf(
            "recorded %.1f h of %lld records: write CPU %.1f s = %.3f %% of one core "
            "over the recorded time; file %.1f MiB (%.1f MiB per hour); reading it all "
            "back %.2f s; opened in the window: first charts drawn (its last hour) "
            "%.2f s, the whole recording in and drawn %.2f s; as a target's history: "
            "in the store %.2f s after the target is added (%d readings after thinning), "
            "%.1f ms of it on the GUI thread\n",
            hours, records, writeCpu, figures[u"write_core_pct_of_recorded_time"_s].toDouble(),
            figures[u"file_mib"_s].toDouble(), figures[u"mib_per_hour"_s].toDouble(), readWall,
            openDrawnWall, openCompleteWall, historyLoadedWall, historyReadings, historyIngestMs);
    }
    return 0;
}
