// Recordings of the sandbox's three servers: what the pipeline delivered while recording
// reads back equal from the file (every snapshot, statements, sessions and slow-log reading);
// no password of the targets' URIs is in the file; `sonde-cli record` and `replay --json`
// end to end; a recorder killed with SIGKILL leaves a file that opens.
#include "CliRun.h"
#include "RecordingCompare.h"
#include "TestMain.h"
#include "TestSandbox.h"
#include "connection/TargetList.h"
#include "monitoring/MetricStore.h"
#include "monitoring/MonitoringPipeline.h"
#include "monitoring/TargetMonitor.h"
#include "recording/LocalHistory.h"
#include "recording/Recorder.h"
#include "recording/RecordingFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

// The sandbox's servers, their passwords in three forms: user:password@ in a URI,
// "password = …" (spaces and all, as libpq allows) in a conninfo, and a Redis URI's lone user
// part, which is its password.
QList<Target> sandboxTargets()
{
    const SandboxEndpoints &ep = test::TestSandbox::endpoints();
    const QUrl admin(ep.pgbouncerAdmin);
    const QString adminConninfo =
        u"host=%1 port=%2 dbname=pgbouncer user=%3 password = %4"_s.arg(admin.host())
            .arg(admin.port())
            .arg(admin.userName(), admin.password());
    const QUrl redis(ep.redis);
    const QString redisLone =
        u"redis://%1@%2:%3/0"_s.arg(redis.password(), redis.host()).arg(redis.port());
    return {{u"pg"_s, TargetKind::PostgreSQL, u"Orders"_s, ep.postgres, {}, false},
            {u"bouncer"_s, TargetKind::PgBouncer, u"Pool"_s, adminConninfo, {}, false},
            {u"cache"_s, TargetKind::Redis, u"Cache"_s, redisLone, {}, false}};
}

QStringList passwords()
{
    const SandboxEndpoints &ep = test::TestSandbox::endpoints();
    return {QUrl(ep.postgres).password(), QUrl(ep.pgbouncerAdmin).password(),
            QUrl(ep.redis).password()};
}

// Every byte of the file as a reader sees it: the file, its tables, each record decompressed.
void readEverything(const QString &path, QByteArray *all)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    *all += f.readAll();
    const QString name = u"scan"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QVERIFY(db.open());
        QSqlQuery q(db);
        int rows = 0;
        for (const QString &sql :
             {u"SELECT key || value FROM meta"_s, u"SELECT id || name || address FROM targets"_s,
              u"SELECT text FROM notes"_s}) {
            QVERIFY2(q.exec(sql), qPrintable(sql));
            for (; q.next(); ++rows)
                *all += q.value(0).toString().toUtf8();
        }
        QVERIFY(q.exec(u"SELECT data FROM records"_s));
        for (; q.next(); ++rows) {
            const QByteArray record = qUncompress(q.value(0).toByteArray());
            QVERIFY(!record.isEmpty());
            *all += record;
        }
        QVERIFY(rows > 10);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void verifyNoPassword(const QString &path)
{
    QByteArray everything;
    readEverything(path, &everything);
    if (QTest::currentTestFailed())
        return;
    for (const QString &password : passwords()) {
        QVERIFY(password.size() >= 8);
        QVERIFY2(!everything.contains(password.toUtf8()), "a password is in the recording");
    }
}

} // namespace

class TestRecording : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::TestSandbox::ensureDemoSeeded(&error), qPrintable(error));
        QVERIFY(!passwords().isEmpty());
    }

    void whatThePipelineDeliveredReadsBackEqual()
    {
        TargetList targets;
        MonitoringPipeline pipeline(&targets);
        pipeline.monitor()->setIntervalMs(500);
        Recorder recorder(&pipeline);
        Recorder::Options options;
        options.statementsIntervalMs = 1000;
        options.sessionsIntervalMs = 1000;
        options.slowLogIntervalMs = 1000;
        const QString path = m_dir.filePath(u"pipeline.sonde"_s);
        QString error;
        QVERIFY2(recorder.start(path, options, &error), qPrintable(error));

        // What the pipeline hands every consumer, next to the recorder.
        QList<Snapshot> delivered;
        QList<RecordedReading<StatementSnapshot>> statements;
        QList<RecordedReading<SessionSnapshot>> sessions;
        QList<RecordedReading<RedisSlowLogRead>> slowLogs;
        QObject collector;
        connect(pipeline.monitor(), &TargetMonitor::snapshotReceived, &collector,
                [&](const Snapshot &s) { delivered << s; });
        connect(pipeline.monitor(), &TargetMonitor::feedRead, &collector,
                [&](const FeedReading &r) {
                    if (r.error.isError())
                        return;
                    if (r.feed == StatementsFeed)
                        statements.append({r.targetId, r.value.value<StatementSnapshot>()});
                    else if (r.feed == SessionsFeed)
                        sessions.append({r.targetId, r.value.value<SessionSnapshot>()});
                    else if (r.feed == RedisSlowLogFeed)
                        slowLogs.append({r.targetId, r.value.value<RedisSlowLogRead>()});
                });
        for (const Target &t : sandboxTargets())
            targets.upsert(t);
        QTRY_VERIFY_WITH_TIMEOUT(delivered.size() >= 12 && statements.size() >= 2 &&
                                     sessions.size() >= 2 && slowLogs.size() >= 2,
                                 90000);
        // Stop both at once: the recorder holds exactly what the collector saw.
        QVERIFY2(recorder.stop(&error), qPrintable(error));
        collector.disconnect();
        pipeline.monitor()->disconnect(&collector);
        targets.clear();

        Recording r;
        QVERIFY2(RecordingFile::read(path, &r, &error), qPrintable(error));
        QCOMPARE(r.targets.size(), 3);
        for (const RecordedTarget &t : r.targets) {
            QVERIFY2(!t.serverVersion.isEmpty(), qPrintable(t.id));
            QVERIFY(!t.address.isEmpty());
        }
        QCOMPARE(r.snapshots.size(), delivered.size());
        for (qsizetype i = 0; i < delivered.size(); ++i)
            QCOMPARE(test::compareSnapshots(r.snapshots.at(i), delivered.at(i)), QString());
        QCOMPARE(r.statements.size(), statements.size());
        for (qsizetype i = 0; i < statements.size(); ++i) {
            QCOMPARE(r.statements.at(i).targetId, statements.at(i).targetId);
            QCOMPARE(test::compareStatements(r.statements.at(i).value, statements.at(i).value),
                     QString());
        }
        QCOMPARE(r.sessions.size(), sessions.size());
        for (qsizetype i = 0; i < sessions.size(); ++i)
            QCOMPARE(test::compareSessions(r.sessions.at(i).value, sessions.at(i).value),
                     QString());
        QCOMPARE(r.slowLogs.size(), slowLogs.size());
        for (qsizetype i = 0; i < slowLogs.size(); ++i)
            QCOMPARE(test::compareSlowLogs(r.slowLogs.at(i).value, slowLogs.at(i).value),
                     QString());
        // Only the sources that offer a feed were asked for it.
        for (const auto &reading : std::as_const(r.sessions))
            QCOMPARE(reading.targetId, u"pg"_s);
        for (const auto &reading : std::as_const(r.slowLogs))
            QCOMPARE(reading.targetId, u"cache"_s);

        verifyNoPassword(path);
    }

    // The always-on history: each target's file keeps what the pipeline delivered (with
    // statements and sessions), a second run opens with it before its own readings, and a
    // range of it saved as a recording holds the same snapshots.
    void theHistorySurvivesARestartAndARangeIsSaved()
    {
        const QString dir = m_dir.filePath(u"history"_s);
        QList<Snapshot> firstRun;
        {
            TargetList targets;
            MonitoringPipeline pipeline(&targets);
            pipeline.monitor()->setIntervalMs(500);
            LocalHistory history(&pipeline, dir);
            history.apply({});
            QObject collector;
            connect(pipeline.monitor(), &TargetMonitor::snapshotReceived, &collector,
                    [&](const Snapshot &s) {
                        if (s.targetId == u"pg"_s)
                            firstRun << s;
                    });
            for (const Target &t : sandboxTargets())
                targets.upsert(t);
            QVERIFY(history.isKeeping(u"pg"_s) && history.isKeeping(u"cache"_s));
            QTRY_VERIFY_WITH_TIMEOUT(firstRun.size() >= 6, 60000);
            collector.disconnect();
            pipeline.monitor()->disconnect(&collector);
            targets.clear(); // each target's file is finished as it goes
        }
        Recording kept;
        QString error;
        QVERIFY2(RecordingFile::read(LocalHistory::fileIn(dir, u"pg"_s), &kept, &error),
                 qPrintable(error));
        QCOMPARE(kept.targets.size(), 1);
        QCOMPARE(kept.snapshots.size(), firstRun.size());
        for (qsizetype i = 0; i < firstRun.size(); ++i)
            QCOMPARE(test::compareSnapshots(kept.snapshots.at(i), firstRun.at(i)), QString());
        QVERIFY(!kept.sessions.isEmpty()); // every 5 s, the first at once
        verifyNoPassword(LocalHistory::fileIn(dir, u"pg"_s));

        // The second run: the first run's readings, a gap, then its own.
        TargetList targets;
        MonitoringPipeline pipeline(&targets);
        pipeline.monitor()->setIntervalMs(500);
        LocalHistory history(&pipeline, dir);
        QSignalSpy loaded(&history, &LocalHistory::loaded);
        history.apply({});
        for (const Target &t : sandboxTargets())
            targets.upsert(t);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() == 3, 60000);
        for (const QList<QVariant> &args : loaded) {
            if (args.at(0).toString() == u"pg"_s)
                QCOMPARE(args.at(1).toInt(), int(firstRun.size()));
        }
        const qint64 firstMs = firstRun.first().at.toMSecsSinceEpoch();
        QTRY_VERIFY_WITH_TIMEOUT(
            pipeline.store()->latest(u"pg"_s).at > firstRun.last().at.addSecs(1), 60000);
        const MetricSeries *connections = pipeline.store()->series(u"pg"_s, u"pg.connections"_s);
        QVERIFY(connections);
        QCOMPARE(connections->firstMs(), firstMs);

        // A range of the first run, saved as a recording while the second one keeps going.
        const qint64 fromMs = firstRun.at(1).at.toMSecsSinceEpoch();
        const qint64 toMs = firstRun.at(4).at.toMSecsSinceEpoch();
        Recording range;
        QVERIFY2(LocalHistory::readRange(dir, {u"pg"_s, u"bouncer"_s, u"cache"_s}, fromMs, toMs,
                                         &range, &error),
                 qPrintable(error));
        const QString out = m_dir.filePath(u"saved.sonde"_s);
        QVERIFY2(RecordingFile::write(range, out, false, &error), qPrintable(error));
        Recording saved;
        QVERIFY2(RecordingFile::read(out, &saved, &error), qPrintable(error));
        QCOMPARE(saved.targets.size(), 3);
        QVERIFY(!saved.statementTexts);
        QList<Snapshot> pg;
        for (const Snapshot &s : std::as_const(saved.snapshots)) {
            QVERIFY(s.at.toMSecsSinceEpoch() >= fromMs && s.at.toMSecsSinceEpoch() <= toMs);
            if (s.targetId == u"pg"_s)
                pg << s;
        }
        QCOMPARE(pg.size(), 4);
        for (qsizetype i = 0; i < pg.size(); ++i)
            QCOMPARE(pg.at(i).values, firstRun.at(i + 1).values);
        for (const auto &reading : std::as_const(saved.sessions)) {
            for (const SessionInfo &session : reading.value.sessions)
                QVERIFY2(session.query.isEmpty(), qPrintable(session.query));
        }
        verifyNoPassword(out);
        targets.clear();
    }

    void cliRecordsAndReplays()
    {
        const QString path = m_dir.filePath(u"cli.sonde"_s);
        QStringList args{u"record"_s};
        for (const Target &t : sandboxTargets())
            args << t.uri;
        args << u"--interval"_s << u"0.5"_s << u"--out"_s << path << u"--note"_s
             << u"failover started"_s << u"--notes-from-stdin"_s;
        // Recorded until every target has a snapshot in the file, then Ctrl+C: however slow
        // the machine, the recording holds what the test asserts.
        QProcess rec;
        rec.start(test::cliPath(), args);
        QVERIFY(rec.waitForStarted());
        Recording live;
        QString liveError;
        const auto everyTarget = [&] {
            if (!RecordingFile::read(path, &live, &liveError))
                return false;
            QSet<QString> seen;
            for (const Snapshot &s : std::as_const(live.snapshots))
                seen.insert(s.targetId);
            return seen.size() == 3;
        };
        QTRY_VERIFY_WITH_TIMEOUT(everyTarget(), 120000);
        QCOMPARE(rec.state(), QProcess::Running);
        // A line typed while recording is a note at that instant.
        const QDateTime typedAt = QDateTime::currentDateTimeUtc();
        rec.write("deploy 4.2 rolled out\n");
        QTRY_VERIFY_WITH_TIMEOUT(
            RecordingFile::read(path, &live, &liveError) && live.notes.size() == 2, 60000);
        QCOMPARE(live.notes.last().text, u"deploy 4.2 rolled out"_s);
        QVERIFY(live.notes.last().at >= typedAt.addSecs(-1));
        ::kill(pid_t(rec.processId()), SIGINT);
        QVERIFY(rec.waitForFinished(60000));
        const QByteArray output = rec.readAllStandardOutput() + rec.readAllStandardError();
        QVERIFY2(rec.exitStatus() == QProcess::NormalExit && rec.exitCode() == 0,
                 output.constData());
        for (const QString &password : passwords())
            QVERIFY(!output.contains(password.toUtf8()));

        const test::CliResult replay = test::runCli({u"replay"_s, path, u"--json"_s});
        QVERIFY2(replay.exitCode == 0, replay.describe().constData());
        const QJsonObject o = QJsonDocument::fromJson(replay.out).object();
        QCOMPARE(o.value(u"format_version"_s).toInt(), RecordingFile::FormatVersion);
        QCOMPARE(o.value(u"targets"_s).toArray().size(), 3);
        QCOMPARE(o.value(u"notes"_s).toArray().size(), 2);
        QCOMPARE(o.value(u"notes"_s).toArray().first()[u"text"_s].toString(),
                 u"failover started"_s);
        QCOMPARE(o.value(u"notes"_s).toArray().last()[u"text"_s].toString(),
                 u"deploy 4.2 rolled out"_s);
        // One snapshot per sample taken: as many as the file holds, each of a target recorded.
        Recording r;
        QString error;
        QVERIFY2(RecordingFile::read(path, &r, &error), qPrintable(error));
        const QJsonArray snapshots = o.value(u"snapshots"_s).toArray();
        QVERIFY(snapshots.size() >= 3);
        QCOMPARE(snapshots.size(), r.snapshots.size());
        QStringList ids;
        for (const QJsonValue &t : o.value(u"targets"_s).toArray())
            ids << t[u"id"_s].toString();
        for (const QJsonValue &s : snapshots)
            QVERIFY(ids.contains(s[u"target_id"_s].toString()));
        for (const QString &password : passwords())
            QVERIFY(!replay.out.contains(password.toUtf8()));
        verifyNoPassword(path);

        const test::CliResult text = test::runCli({u"replay"_s, path});
        QVERIFY2(text.exitCode == 0 && text.out.contains("PostgreSQL"),
                 text.describe().constData());
        // The post-mortem report of the demo's recording, whole and as PDF.
        const QString html = m_dir.filePath(u"cli-report.html"_s);
        const QString pdf = m_dir.filePath(u"cli-report.pdf"_s);
        const test::CliResult report =
            test::runCli({u"replay"_s, path, u"--html"_s, html, u"--pdf"_s, pdf});
        QVERIFY2(report.exitCode == 0, report.describe().constData());
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QByteArray page = htmlFile.readAll();
        QVERIFY(page.contains("Top statements by time"));
        QVERIFY(page.contains("data:image/png;base64,"));
        for (const QString &password : passwords())
            QVERIFY(!page.contains(password.toUtf8()));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QCOMPARE(pdfFile.read(5), QByteArray("%PDF-"));
        const test::CliResult badRange =
            test::runCli({u"replay"_s, path, u"--html"_s, html, u"--from"_s, u"noon"_s});
        QCOMPARE(badRange.exitCode, 2);

        const test::CliResult notOne = test::runCli({u"replay"_s, QStringLiteral(SONDE_CLI_PATH)});
        QCOMPARE(notOne.exitCode, 2);
        QVERIFY2(notOne.err.contains("not a Sonde recording"), notOne.describe().constData());
    }

    void aKilledRecorderLeavesAFileThatOpens()
    {
        const QString path = m_dir.filePath(u"killed.sonde"_s);
        QProcess p;
        p.start(test::cliPath(), {u"record"_s, test::TestSandbox::endpoints().postgres,
                                  u"--interval"_s, u"0.5"_s, u"--out"_s, path});
        QVERIFY(p.waitForStarted());
        // Wait for committed snapshots, read while the recorder writes.
        Recording r;
        QString error;
        QTRY_VERIFY_WITH_TIMEOUT(RecordingFile::read(path, &r, &error) && r.snapshots.size() >= 4,
                                 60000);
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        // Everything committed before the kill is still there.
        const qsizetype before = r.snapshots.size();
        QVERIFY(before >= 4);
        QVERIFY2(RecordingFile::read(path, &r, &error), qPrintable(error));
        QVERIFY(r.snapshots.size() >= before);
        QCOMPARE(r.targets.size(), 1);
    }

    void cleanupTestCase() { test::TestSandbox::stop(); }
};

SONDE_TEST_GUILESS_MAIN(TestRecording)
#include "tst_recording.moc"
