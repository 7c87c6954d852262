// The local history without a server: a target's file is added to across runs, trimmed to
// its age and size, read by range and written out as a recording; the store puts earlier
// readings before this run's with a gap; LocalHistory loads a target's earlier hours into
// the pipeline when the target is added, and keeps what comes after in the same file.
#include "SyntheticSnapshot.h"
#include "TestMain.h"
#include "connection/TargetList.h"
#include "monitoring/MetricStore.h"
#include "monitoring/MonitoringPipeline.h"
#include "monitoring/TimelineEventStore.h"
#include "recording/LocalHistory.h"
#include "recording/RecordingFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

const Target Orders{
    u"orders"_s, TargetKind::PostgreSQL, u"Orders"_s, u"postgresql://db1/shop"_s, {}, false};
const QString Latency = u"pg.latency_ms"_s;

// A file holding one snapshot a second of Orders over [fromMs, fromMs + seconds), the value
// of each its second number, and a note at its start.
bool writeHistory(const QString &path, qint64 fromMs, int seconds, bool append = false)
{
    RecordingFile f;
    QString error;
    if (!(append ? f.open(path, true, &error) : f.create(path, true, &error)))
        return false;
    f.writeTarget({Orders.id, Orders.name, Orders.kind, Orders.uri, u"PostgreSQL 15"_s});
    for (int i = 0; i < seconds; ++i)
        f.writeSnapshot(test::snapshotOf(Orders, fromMs + i * 1000LL, i));
    f.writeNote({QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC), u"deploy"_s, {}});
    return f.finish(&error);
}

int snapshotsIn(const QString &path, QList<double> *values = nullptr)
{
    Recording r;
    QString error;
    if (!RecordingFile::read(path, &r, &error))
        return -1;
    for (const Snapshot &s : r.snapshots) {
        if (values)
            values->append(s.value(QLatin1String("pg.latency_ms")));
    }
    return int(r.snapshots.size());
}

} // namespace

class TestLocalHistory : public QObject
{
    Q_OBJECT

private slots:
    void aFileIsAddedToAcrossRuns()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"h.sonde"_s);
        QVERIFY(writeHistory(path, 1'000'000, 10));
        QVERIFY(writeHistory(path, 2'000'000, 5, true));
        QList<double> values;
        QCOMPARE(snapshotsIn(path, &values), 15);
        QCOMPARE(values.first(), 0.0);
        QCOMPARE(values.last(), 4.0);
    }

    void aFileThatCannotBeAddedToIsSetAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"h.sonde"_s);
        QFile junk(path);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"not a recording this Sonde can "
                                                              "add to: moved to .*unreadable"_s));
        QVERIFY(writeHistory(path, 1'000'000, 3, true));
        QCOMPARE(snapshotsIn(path), 3);
        const QStringList aside =
            QDir(dir.path()).entryList({u"h.sonde.unreadable-*"_s}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QFile kept(dir.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray(4096, 'x'));
        // A second one is kept beside the first, never over it.
        QFile again(path);
        QVERIFY(again.open(QIODevice::WriteOnly | QIODevice::Truncate));
        again.write(QByteArray(4096, 'y'));
        again.close();
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"moved to .*unreadable"_s));
        QVERIFY(writeHistory(path, 1'000'000, 3, true));
        QCOMPARE(QDir(dir.path()).entryList({u"h.sonde.unreadable-*"_s}, QDir::Files).size(), 2);
    }

    void retentionRemovesWhatIsOlder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"h.sonde"_s);
        QVERIFY(writeHistory(path, 1'000'000, 100));
        RecordingFile f;
        QString error;
        QVERIFY2(f.open(path, true, &error), qPrintable(error));
        QVERIFY2(f.prune(1'000'000 + 60'000, 0, &error), qPrintable(error));
        QVERIFY(f.finish(&error));
        Recording r;
        QVERIFY(RecordingFile::read(path, &r, &error));
        QCOMPARE(r.snapshots.size(), 40);
        QCOMPARE(r.snapshots.first().at.toMSecsSinceEpoch(), 1'060'000);
        QVERIFY(r.notes.isEmpty()); // the note at the start was older
    }

    void theSizeCapKeepsTheNewest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"h.sonde"_s);
        QVERIFY(writeHistory(path, 1'000'000, 6000));
        const qint64 before = QFileInfo(path).size();
        RecordingFile f;
        QString error;
        QVERIFY(f.open(path, true, &error));
        const qint64 cap = f.usedBytes() / 4;
        QVERIFY(cap > 0);
        QVERIFY2(f.prune(0, cap, &error), qPrintable(error));
        QVERIFY2(f.usedBytes() <= cap, qPrintable(u"%1 > %2"_s.arg(f.usedBytes()).arg(cap)));
        QVERIFY(f.finish(&error));
        // The space went back to the file system.
        QVERIFY2(QFileInfo(path).size() < before / 2,
                 qPrintable(u"%1 of %2"_s.arg(QFileInfo(path).size()).arg(before)));
        QList<double> values;
        const int kept = snapshotsIn(path, &values);
        QVERIFY2(kept > 100 && kept < 6000 / 4 + 1, qPrintable(QString::number(kept)));
        QCOMPARE(values.last(), 5999.0); // the newest stay
    }

    void aRangeIsReadAndWrittenOut()
    {
        QTemporaryDir dir;
        const QString history = LocalHistory::fileIn(dir.path(), Orders.id);
        QVERIFY(writeHistory(history, 1'000'000, 300));
        Recording range;
        QString error;
        QVERIFY2(LocalHistory::readRange(dir.path(), {Orders.id, u"gone"_s}, 1'100'000, 1'159'999,
                                         &range, &error),
                 qPrintable(error));
        QCOMPARE(range.snapshots.size(), 60);
        QCOMPARE(range.targets.size(), 1);
        const QString out = dir.filePath(u"incident.sonde"_s);
        QVERIFY2(RecordingFile::write(range, out, true, &error), qPrintable(error));
        Recording back;
        QVERIFY2(RecordingFile::read(out, &back, &error), qPrintable(error));
        QCOMPARE(back.targets, range.targets);
        QCOMPARE(back.snapshots.size(), 60);
        QCOMPARE(back.snapshots.first().at.toMSecsSinceEpoch(), 1'100'000);
        QCOMPARE(back.snapshots.last().value(QLatin1String("pg.latency_ms")), 159.0);
        QCOMPARE(back.createdAt.toMSecsSinceEpoch(), 1'100'000);
        // Nothing in the range: said, nothing written.
        QVERIFY(!LocalHistory::readRange(dir.path(), {Orders.id}, 5'000'000, 6'000'000, &range,
                                         &error));
        QVERIFY2(error.contains(u"holds nothing"_s), qPrintable(error));
    }

    void olderReadingsAreAveragedPerBucket()
    {
        QList<Snapshot> in;
        for (int i = 0; i < 180; ++i)
            in << test::snapshotOf(Orders, 60'000 * 100 + i * 1000LL, i);
        // The first two minutes in one-minute buckets, the last at full resolution.
        const QList<Snapshot> out = LocalHistory::thinOut(in, 60'000 * 102, 60'000);
        QCOMPARE(out.size(), 2 + 60);
        QCOMPARE(out.at(0).value(QLatin1String("pg.latency_ms")), 29.5);
        QCOMPARE(out.at(1).value(QLatin1String("pg.latency_ms")), 89.5);
        QCOMPARE(out.at(2).value(QLatin1String("pg.latency_ms")), 120.0);
        QCOMPARE(out.at(0).at.toMSecsSinceEpoch(), 60'000 * 100);
    }

    void earlierReadingsGoBeforeThisRunsWithAGap()
    {
        MetricStore store;
        store.ingest(test::snapshotOf(Orders, 100'000, 7));
        store.ingest(test::snapshotOf(Orders, 101'000, 8));
        QSignalSpy ticks(&store, &MetricStore::tickIngested);
        QSignalSpy snapshots(&store, &MetricStore::snapshotIngested);
        QList<Snapshot> earlier;
        for (int i = 0; i < 10; ++i)
            earlier << test::snapshotOf(Orders, 10'000 + i * 1000LL, i);
        earlier << test::snapshotOf(Orders, 100'500, 99); // overlaps this run: left out
        store.ingestHistory(earlier);
        QCOMPARE(ticks.size(), 1);
        QCOMPARE(snapshots.size(), 0);
        QCOMPARE(store.latest(Orders.id).value(QLatin1String("pg.latency_ms")), 8.0);
        const MetricSeries *s = store.series(Orders.id, Latency);
        QVERIFY(s);
        QCOMPARE(s->firstMs(), 10'000);
        QCOMPARE(s->lastValue(), 8.0);
        const QList<SeriesPoint> points = s->points(0, 200'000, 0);
        QList<double> values;
        for (const SeriesPoint &p : points)
            values << p.value;
        QCOMPARE(values.size(), 13);
        QCOMPARE(values.at(9), 9.0);
        QVERIFY(std::isnan(values.at(10))); // Sonde was not running
        QCOMPARE(values.at(11), 7.0);
        // Before any reading of this run: the history ends with a gap all the same.
        MetricStore fresh;
        fresh.ingestHistory(earlier.mid(0, 3));
        fresh.ingest(test::snapshotOf(Orders, 50'000, 1));
        const QList<SeriesPoint> after = fresh.series(Orders.id, Latency)->points(0, 60'000, 0);
        QCOMPARE(after.size(), 5);
        QVERIFY(after.at(3).isGap());
    }

    void aTargetOpensWithItsEarlierHoursAndKeepsWhatFollows()
    {
        QTemporaryDir dir;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QString path = LocalHistory::fileIn(dir.path(), Orders.id);
        // Two hours ago for 30 s, and a minute ago for 30 s: both within the day kept.
        QVERIFY(writeHistory(path, now - 2 * 3600'000LL, 30));
        QVERIFY(writeHistory(path, now - 60'000, 30, true));
        TargetList targets;
        // Nothing is sampled: what is in the store came from the file.
        MonitoringPipeline pipeline(&targets, nullptr, MonitoringPipeline::Source::Recording);
        LocalHistory history(&pipeline, dir.path());
        QSignalSpy loaded(&history, &LocalHistory::loaded);
        history.apply({});
        QVERIFY(history.settings().enabled);
        targets.upsert(Orders);
        QVERIFY(history.isKeeping(Orders.id));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.at(0).at(0).toString(), Orders.id);
        // The older part in one-minute buckets, the last hour at full resolution.
        const int readings = loaded.at(0).at(1).toInt();
        QVERIFY2(readings >= 31 && readings <= 32, qPrintable(QString::number(readings)));
        const MetricSeries *s = pipeline.store()->series(Orders.id, Latency);
        QVERIFY(s);
        QVERIFY(qAbs(s->firstMs() - (now - 2 * 3600'000LL)) < 60'000);
        const QList<SeriesPoint> points = s->points(now - 120'000, now, 0);
        QVERIFY(points.size() > 2);
        QVERIFY(points.last().isGap()); // Sonde was not running since
        QCOMPARE(points.at(points.size() - 2).value, 29.0);
        // The notes are on the time axis.
        int notes = 0;
        for (const TimelineEvent &e : pipeline.timeline()->events())
            notes += e.kind == TimelineEvent::Kind::Note && e.text == u"deploy"_s ? 1 : 0;
        QCOMPARE(notes, 2);
        // What happens from now on goes into the same file, not what was loaded again.
        TimelineEvent note;
        note.kind = TimelineEvent::Kind::Note;
        note.text = u"failover started"_s;
        note.targetId = Orders.id;
        pipeline.timeline()->add(note);
        targets.remove(Orders.id); // stops keeping it: the file is finished
        QVERIFY(!history.isKeeping(Orders.id));
        Recording r;
        QString error;
        QVERIFY2(RecordingFile::read(path, &r, &error), qPrintable(error));
        QCOMPARE(r.snapshots.size(), 60);
        QCOMPARE(r.notes.size(), 3);
        QCOMPARE(r.notes.last().text, u"failover started"_s);
    }

    void aNoteForEveryServerIsOnTheTimelineOnce()
    {
        QTemporaryDir dir;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Target cache = Orders;
        cache.id = u"cache"_s;
        // Each server's history holds the same note (for no one server), as recorders write it.
        QVERIFY(writeHistory(LocalHistory::fileIn(dir.path(), Orders.id), now - 60'000, 10));
        QVERIFY(writeHistory(LocalHistory::fileIn(dir.path(), cache.id), now - 60'000, 10));
        TargetList targets;
        MonitoringPipeline pipeline(&targets, nullptr, MonitoringPipeline::Source::Recording);
        LocalHistory history(&pipeline, dir.path());
        QSignalSpy loaded(&history, &LocalHistory::loaded);
        history.apply({});
        targets.upsert(Orders);
        targets.upsert(cache);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 20000);
        int notes = 0;
        for (const TimelineEvent &e : pipeline.timeline()->events())
            notes += e.kind == TimelineEvent::Kind::Note ? 1 : 0;
        QCOMPARE(notes, 1);
        // Saved as a recording: once too.
        Recording range;
        QString error;
        QVERIFY2(LocalHistory::readRange(dir.path(), {Orders.id, cache.id}, now - 120'000, now,
                                         &range, &error),
                 qPrintable(error));
        QCOMPARE(range.notes.size(), 1);
        targets.clear();
    }

    void retentionAndTheFilesOfTargetsGoneLongAgo()
    {
        QTemporaryDir dir;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QString path = LocalHistory::fileIn(dir.path(), Orders.id);
        QVERIFY(writeHistory(path, now - 3 * 3600'000LL, 30));
        QVERIFY(writeHistory(path, now - 60'000, 30, true));
        const QString stale = LocalHistory::fileIn(dir.path(), u"gone"_s);
        QVERIFY(writeHistory(stale, now - 5 * 3600'000LL, 3));
        QFile f(stale);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-5 * 3600),
                              QFileDevice::FileModificationTime));
        f.close();
        TargetList targets;
        MonitoringPipeline pipeline(&targets, nullptr, MonitoringPipeline::Source::Recording);
        LocalHistory history(&pipeline, dir.path());
        QSignalSpy loaded(&history, &LocalHistory::loaded);
        LocalHistory::Settings settings;
        settings.retentionHours = 2;
        history.apply(settings);
        QVERIFY(!QFile::exists(stale));
        targets.upsert(Orders);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.at(0).at(1).toInt(), 30); // the older part is past the retention
        targets.remove(Orders.id);
        QCOMPARE(snapshotsIn(path), 30); // trimmed in the file too
        // Turned off: nothing is kept, nothing loaded.
        settings.enabled = false;
        history.apply(settings);
        targets.upsert(Orders);
        QVERIFY(!history.isKeeping(Orders.id));
        QVERIFY(!loaded.wait(500));
    }
};

SONDE_TEST_GUILESS_MAIN(TestLocalHistory)
#include "tst_localhistory.moc"
