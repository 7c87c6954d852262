// The recording file on its own: what is written reads back equal, texts can be left out,
// and a file that is not a recording, is damaged or comes from a newer Sonde is refused
// with a message that says which.
#include "RecordingCompare.h"
#include "TestMain.h"
#include "recording/RecordingFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

const QDateTime T0 = QDateTime::fromMSecsSinceEpoch(1'764'930'000'123, Qt::UTC);

Snapshot snapshot(const QString &target, int second)
{
    Snapshot s;
    s.targetId = target;
    s.targetName = u"Orders primary"_s;
    s.kind = TargetKind::PostgreSQL;
    s.at = T0.addMSecs(second * 1000 + 7);
    s.intervalSeconds = second == 0 ? 0 : 1.0003;
    s.continuity = second == 0 ? Snapshot::Continuity::First : Snapshot::Continuity::Continuous;
    s.values = {{u"pg.latency_ms"_s, 12.345678901234}, {u"pg.cache_hit_pct"_s, 99.5}};
    if (second == 2) {
        TimelineEvent e;
        e.at = s.at;
        e.kind = TimelineEvent::Kind::Deadlock;
        e.severity = TimelineEvent::Severity::Critical;
        e.targetId = target;
        e.targetName = s.targetName;
        e.text = u"1 deadlock"_s;
        e.metric = u"pg.deadlocks"_s;
        e.value = 1;
        s.events << e;
        s.notes << u"pg_stat_statements is not loaded"_s;
    }
    s.detail = std::make_shared<RecordedDetail>(u"3 statements"_s,
                                                QJsonObject{{u"top"_s, QJsonArray{1, u"x"_s}}});
    return s;
}

StatementSnapshot statements(int second)
{
    StatementSnapshot s;
    s.takenAt = T0.addSecs(second);
    s.statsReset = T0.addDays(-1);
    StatementKey key{-8'070'450'532'247'928'832LL, 10, 16384, true}; // beyond 2^53
    StatementCounters c;
    c.calls = 42 + second;
    c.totalMs = 1234.5678;
    c.meanMs = 29.39;
    c.stddevMs = 1.5;
    c.deriveSumSquares();
    c.sharedRead = 7;
    s.counters.insert(key, c);
    s.counters.insert({1, 10, 16384, false}, StatementCounters{});
    s.newTexts.insert(key, u"SELECT * FROM orders WHERE id = $1"_s);
    s.roleNames.insert(10, u"app"_s);
    s.databaseNames.insert(16384, u"shop"_s);
    s.warning = u"pg_read_all_stats is missing"_s;
    return s;
}

SessionSnapshot sessions(int second)
{
    SessionSnapshot s;
    s.takenAt = T0.addSecs(second);
    SessionInfo blocker;
    blocker.pid = 101;
    blocker.user = u"app"_s;
    blocker.state = u"idle in transaction"_s;
    blocker.transactionSeconds = 12.5;
    blocker.query = u"UPDATE orders SET state = 'paid' WHERE id = 7"_s;
    blocker.queryId = 99;
    blocker.xminAge = 3;
    SessionInfo waiter = blocker;
    waiter.pid = 102;
    waiter.state = u"active"_s;
    waiter.waitEventType = u"Lock"_s;
    waiter.waitEvent = u"transactionid"_s;
    waiter.blockedBy = {101};
    s.sessions = {blocker, waiter};
    return s;
}

RedisSlowLogRead slowLog(int second)
{
    RedisSlowLogRead r;
    r.takenAt = T0.addSecs(second);
    RedisSlowLogEntry e;
    e.id = 5;
    e.at = T0;
    e.durationUs = 15000;
    e.arguments = {"SET", QByteArray("user:\x00\xff", 7), "{\"name\":\"Ada\"}"};
    e.client = u"127.0.0.1:50412"_s;
    e.clientName = u"checkout"_s;
    r.entries = {e};
    r.newEntries = {e};
    r.first = second == 0;
    r.thresholdUs = 10000;
    r.maxLength = 128;
    return r;
}

ShownPlan shownPlan()
{
    return {T0.addSecs(1), u"SELECT * FROM orders WHERE id = $1"_s,
            u"Generic plan (parameters unknown)"_s,
            u"[{\"Plan\": {\"Node Type\": \"Index Scan\", \"Total Cost\": 8.3}}]"_s};
}

TimelineEvent slowLogEvent()
{
    TimelineEvent e;
    e.at = T0.addSecs(2);
    e.kind = TimelineEvent::Kind::SlowLogEntry;
    e.severity = TimelineEvent::Severity::Warning;
    e.targetId = u"t2"_s;
    e.text = u"SET user:42 {\"card\":\"4111\"} took 15.0 ms"_s;
    e.detail = u"127.0.0.1:50412 checkout"_s;
    return e;
}

bool writeSample(const QString &path, bool texts, QString *error)
{
    RecordingFile f;
    if (!f.create(path, texts, error))
        return false;
    f.writeTarget({u"t1"_s,
                   u"Orders primary"_s,
                   TargetKind::PostgreSQL,
                   u"postgresql://app:***@db1/shop"_s,
                   {}});
    f.writeTarget(
        {u"t2"_s, u"Cache"_s, TargetKind::Redis, u"redis://cache:6379/0"_s, u"Redis 7.0.15"_s});
    // The server version arrives later: the target's record is updated, not repeated.
    f.writeTarget({u"t1"_s, u"Orders primary"_s, TargetKind::PostgreSQL,
                   u"postgresql://app:***@db1/shop"_s, u"PostgreSQL 15.18"_s});
    for (int second = 0; second < 3; ++second) {
        if (!f.writeSnapshot(snapshot(u"t1"_s, second)) ||
            !f.writeStatements(u"t1"_s, statements(second)) ||
            !f.writeSessions(u"t1"_s, sessions(second)) ||
            !f.writeSlowLog(u"t2"_s, slowLog(second))) {
            *error = f.lastError();
            return false;
        }
        if (!f.commit(error))
            return false;
    }
    f.writePlan(u"t1"_s, shownPlan());
    f.writeEvent(snapshot(u"t1"_s, 2).events.first());
    f.writeEvent(slowLogEvent());
    f.writeNote({T0.addSecs(1), u"19:42 failover started"_s, {}});
    return f.finish(error);
}

void setUserVersion(const QString &path, int version)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(version)));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

} // namespace

class TestRecordingFile : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void everyRecordReadsBackEqual()
    {
        QString error;
        QVERIFY2(writeSample(path(u"a.sonde"_s), true, &error), qPrintable(error));
        // finish() folds the write-ahead log in: one file to hand on.
        QVERIFY(!QFile::exists(path(u"a.sonde-wal"_s)));
        QCOMPARE(QFile::permissions(path(u"a.sonde"_s)) & 0x0077, QFile::Permissions());
        Recording r;
        QVERIFY2(RecordingFile::read(path(u"a.sonde"_s), &r, &error), qPrintable(error));
        QCOMPARE(r.formatVersion, RecordingFile::FormatVersion);
        QVERIFY(r.statementTexts);
        QCOMPARE(r.sondeVersion, QStringLiteral(SONDE_VERSION));
        QCOMPARE(r.targets.size(), 2);
        QCOMPARE(r.targets.first().id, u"t1"_s); // the update kept its place
        QCOMPARE(r.targets.first().serverVersion, u"PostgreSQL 15.18"_s);
        QCOMPARE(r.snapshots.size(), 3);
        QCOMPARE(r.statements.size(), 3);
        QCOMPARE(r.sessions.size(), 3);
        QCOMPARE(r.slowLogs.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(test::compareSnapshots(r.snapshots.at(i), snapshot(u"t1"_s, i)), QString());
            QCOMPARE(r.statements.at(i).targetId, u"t1"_s);
            QCOMPARE(test::compareStatements(r.statements.at(i).value, statements(i)), QString());
            QCOMPARE(test::compareSessions(r.sessions.at(i).value, sessions(i)), QString());
            QCOMPARE(r.slowLogs.at(i).targetId, u"t2"_s);
            QCOMPARE(test::compareSlowLogs(r.slowLogs.at(i).value, slowLog(i)), QString());
        }
        QCOMPARE(r.plans.size(), 1);
        QCOMPARE(r.plans.first().targetId, u"t1"_s);
        const ShownPlan plan = shownPlan();
        QCOMPARE(r.plans.first().value.at, plan.at);
        QCOMPARE(r.plans.first().value.sql, plan.sql);
        QCOMPARE(r.plans.first().value.caption, plan.caption);
        QCOMPARE(r.plans.first().value.planJson, plan.planJson);
        QCOMPARE(r.events.size(), 2);
        QCOMPARE(test::compareEvents(r.events.first(), snapshot(u"t1"_s, 2).events.first()),
                 QString());
        QCOMPARE(test::compareEvents(r.events.last(), slowLogEvent()), QString());
        QCOMPARE(r.notes.size(), 1);
        QCOMPARE(r.notes.first().text, u"19:42 failover started"_s);
        QCOMPARE(r.from(), snapshot(u"t1"_s, 0).at);
        QCOMPARE(r.to(), snapshot(u"t1"_s, 2).at);

        // What the dashboard shows, without the feed readings.
        Recording t;
        QVERIFY2(
            RecordingFile::read(path(u"a.sonde"_s), &t, &error, RecordingFile::Parts::Timeline),
            qPrintable(error));
        QCOMPARE(t.targets, r.targets);
        QCOMPARE(t.snapshots.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(test::compareSnapshots(t.snapshots.at(i), r.snapshots.at(i)), QString());
        QCOMPARE(t.events.size(), 2);
        QCOMPARE(t.notes, r.notes);
        QVERIFY(t.statements.isEmpty());
        QVERIFY(t.sessions.isEmpty());
        QVERIFY(t.slowLogs.isEmpty());
        QVERIFY(!t.partial);

        // Its last second only: the two last snapshots; the file says it holds more.
        Recording last;
        QVERIFY2(RecordingFile::read(path(u"a.sonde"_s), &last, &error,
                                     RecordingFile::Parts::Timeline, 1000),
                 qPrintable(error));
        QVERIFY(last.partial);
        QCOMPARE(last.snapshots.size(), 2);
        QCOMPARE(test::compareSnapshots(last.snapshots.first(), r.snapshots.at(1)), QString());
        QVERIFY(r.notes.first().at < last.snapshots.first().at);
        QVERIFY(last.notes.isEmpty()); // the note, at 1 s, is before the span
        // A span longer than the recording: all of it.
        Recording all;
        QVERIFY2(RecordingFile::read(path(u"a.sonde"_s), &all, &error,
                                     RecordingFile::Parts::Timeline, 3600'000),
                 qPrintable(error));
        QVERIFY(!all.partial);
        QCOMPARE(all.snapshots.size(), 3);
    }

    void textsCanBeLeftOut()
    {
        QString error;
        QVERIFY2(writeSample(path(u"shared.sonde"_s), false, &error), qPrintable(error));
        Recording r;
        QVERIFY2(RecordingFile::read(path(u"shared.sonde"_s), &r, &error), qPrintable(error));
        QVERIFY(!r.statementTexts);
        QVERIFY(r.plans.isEmpty()); // a plan is made of the statement's text
        QVERIFY(r.statements.first().value.newTexts.isEmpty());
        QCOMPARE(r.statements.first().value.counters.size(), 2); // the figures stay
        QVERIFY(r.sessions.first().value.sessions.first().query.isEmpty());
        QCOMPARE(r.sessions.first().value.sessions.last().blockedBy, QList<int>{101});
        QCOMPARE(r.slowLogs.first().value.entries.first().arguments, QByteArrayList{"SET"});
        // Nor in what the snapshots and events say: the source's detail (its top statements)
        // and a slow-log event's text, which quotes the command.
        for (const Snapshot &s : std::as_const(r.snapshots))
            QVERIFY(!s.detail);
        QCOMPARE(r.snapshots.at(2).events.first().text, u"1 deadlock"_s);
        QCOMPARE(r.events.size(), 2);
        QVERIFY2(!r.events.last().text.contains(u"user:"_s), qPrintable(r.events.last().text));
        QCOMPARE(r.events.last().kind, TimelineEvent::Kind::SlowLogEntry);
    }

    void aNewerFormatIsRefused()
    {
        QString error;
        QVERIFY2(writeSample(path(u"future.sonde"_s), true, &error), qPrintable(error));
        setUserVersion(path(u"future.sonde"_s), RecordingFile::FormatVersion + 1);
        Recording r;
        QVERIFY(!RecordingFile::read(path(u"future.sonde"_s), &r, &error));
        QVERIFY2(error.contains(u"newer Sonde"_s) && error.contains(u"format 2"_s),
                 qPrintable(error));
    }

    void aTruncatedFileIsRefused()
    {
        QString error;
        QVERIFY2(writeSample(path(u"cut.sonde"_s), true, &error), qPrintable(error));
        QFile f(path(u"cut.sonde"_s));
        QVERIFY(f.resize(f.size() / 2));
        Recording r;
        QVERIFY(!RecordingFile::read(path(u"cut.sonde"_s), &r, &error));
        QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));
        QVERIFY(f.resize(300));
        QVERIFY(!RecordingFile::read(path(u"cut.sonde"_s), &r, &error));
        QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));
    }

    void aCorruptedFileIsRefused()
    {
        QString error;
        QVERIFY2(writeSample(path(u"bad.sonde"_s), true, &error), qPrintable(error));
        QFile f(path(u"bad.sonde"_s));
        QVERIFY(f.open(QIODevice::ReadWrite));
        // Every page after the first overwritten: the records, their index, the notes.
        for (qint64 at = 4096; at < f.size(); at += 4096) {
            f.seek(at + 8);
            f.write(QByteArray(4000, '\x5a'));
        }
        f.close();
        Recording r;
        QVERIFY(!RecordingFile::read(path(u"bad.sonde"_s), &r, &error));
        QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));
    }

    void otherFilesAreNotRecordings()
    {
        QFile text(path(u"notes.txt"_s));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QByteArray(2000, 'x'));
        text.close();
        Recording r;
        QString error;
        QVERIFY(!RecordingFile::read(text.fileName(), &r, &error));
        QVERIFY2(error.contains(u"not a Sonde recording"_s), qPrintable(error));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            db.setDatabaseName(path(u"other.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE runs (id INTEGER)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        QVERIFY(!RecordingFile::read(path(u"other.sqlite"_s), &r, &error));
        QVERIFY2(error.contains(u"not a Sonde recording"_s), qPrintable(error));
        QVERIFY(!RecordingFile::read(path(u"missing.sonde"_s), &r, &error));
        QVERIFY2(error.contains(u"Cannot open"_s), qPrintable(error));
    }

    void anUnknownContinuityReadsAsAGap()
    {
        // A newer Sonde may add a continuity: an older one draws a gap, it does not refuse.
        const QString p = path(u"newer-continuity.sonde"_s);
        QString error;
        QVERIFY2(writeSample(p, true, &error), qPrintable(error));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"edit"_s);
            db.setDatabaseName(p);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT rowid, data FROM records WHERE kind = 'snapshot' LIMIT 1"_s));
            QVERIFY(q.next());
            const qint64 row = q.value(0).toLongLong();
            QJsonObject o = QJsonDocument::fromJson(qUncompress(q.value(1).toByteArray())).object();
            QCOMPARE(o.value(u"continuity"_s).toString(), u"first"_s);
            o.insert(u"continuity"_s, u"failed_over"_s);
            QSqlQuery update(db);
            update.prepare(u"UPDATE records SET data = ? WHERE rowid = ?"_s);
            update.addBindValue(qCompress(QJsonDocument(o).toJson()));
            update.addBindValue(row);
            QVERIFY(update.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(u"edit"_s);
        Recording r;
        QVERIFY2(RecordingFile::read(p, &r, &error), qPrintable(error));
        QCOMPARE(r.snapshots.first().continuity, Snapshot::Continuity::Reset);
        QVERIFY(r.snapshots.first().startsAfterGap());
    }

    void anUncommittedBatchIsNotInTheFile()
    {
        // What a crash loses: the batch after the last commit, nothing before it.
        const QString p = path(u"crash.sonde"_s);
        QString error;
        auto *f = new RecordingFile;
        QVERIFY2(f->create(p, true, &error), qPrintable(error));
        QVERIFY(f->writeSnapshot(snapshot(u"t1"_s, 0)));
        QVERIFY(f->commit(&error));
        QVERIFY(f->writeSnapshot(snapshot(u"t1"_s, 1)));
        // Read while the writer is still open, as a colleague would open a copy.
        Recording r;
        QVERIFY2(RecordingFile::read(p, &r, &error), qPrintable(error));
        QCOMPARE(r.snapshots.size(), 1);
        delete f; // closed without finish(): the open batch rolls back
        QVERIFY2(RecordingFile::read(p, &r, &error), qPrintable(error));
        QCOMPARE(r.snapshots.size(), 1);
    }
};

SONDE_TEST_GUILESS_MAIN(TestRecordingFile)
#include "tst_recordingfile.moc"
