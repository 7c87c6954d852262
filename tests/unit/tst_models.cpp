// Every monitoring model under QAbstractItemModelTester, through updates in place, resets,
// inserts in the middle, drops at the front and clears; plus what the cells say.
#include "bench/BenchmarkProgressModel.h"
#include "common/DisplayFormat.h"
#include "connection/ProfileStore.h"
#include "models/PgBouncerPoolModel.h"
#include "models/ProfileListModel.h"
#include "models/RedisCommandModel.h"
#include "models/StatementActivityModel.h"
#include "models/TimelineEventModel.h"
#include "monitoring/Snapshot.h"
#include "monitoring/TimelineEventStore.h"
#include "pgbouncer/PgBouncerActivity.h"
#include "postgres/PostgresActivity.h"
#include "redis/RedisActivity.h"
#include "redis/RedisSlowLogModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

Snapshot postgresSnapshot(const QList<StatementActivity> &statements)
{
    auto a = std::make_shared<PostgresActivity>();
    a->intervalSeconds = 2.0;
    a->statements = statements;
    Snapshot s;
    s.kind = TargetKind::PostgreSQL;
    s.detail = a;
    return s;
}

StatementActivity statement(qint64 id, double calls, double totalMs)
{
    StatementActivity s;
    s.queryId = id;
    s.query = u"SELECT * FROM t%1 WHERE id = $1"_s.arg(id);
    s.user = u"app"_s;
    s.database = u"shop"_s;
    s.calls = calls;
    s.totalMs = totalMs;
    s.sharedHit = 90;
    s.sharedRead = 10;
    return s;
}

QString cell(const QAbstractItemModel &m, int row, int column)
{
    return m.data(m.index(row, column), Qt::DisplayRole).toString();
}

// first and last row of a rowsInserted / rowsRemoved emission
QPair<int, int> range(const QList<QVariant> &arguments)
{
    return {arguments.at(1).toInt(), arguments.at(2).toInt()};
}

// A slow log read holding entries `ids` (newest first).
RedisSlowLogRead slowLogRead(const QList<qint64> &ids)
{
    RedisSlowLogRead read;
    for (qint64 id : ids) {
        RedisSlowLogEntry e;
        e.id = id;
        e.at = QDateTime::fromSecsSinceEpoch(1'700'000'000 + id, Qt::UTC);
        e.arguments = {"GET", "user:" + QByteArray::number(id)};
        read.entries << e;
    }
    return read;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private slots:
    void benchmarkSeconds()
    {
        BenchmarkProgressModel model;
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.columnCount(), int(BenchmarkProgressModel::ColumnCount));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        BenchmarkProgress warm;
        warm.second = 1;
        warm.warmup = true;
        warm.throughput = 950;
        warm.transactions = 950;
        warm.p50Ms = 0.25;
        warm.p90Ms = 0.5;
        warm.p99Ms = 1.125;
        warm.maxMs = 4;
        model.append(warm);
        BenchmarkProgress counted = warm;
        counted.second = 2;
        counted.warmup = false;
        counted.errors = 3;
        counted.totalTransactions = 1000;
        model.append(counted);
        QCOMPARE(model.rowCount(), 2);
        // One row per second, appended: the table keeps its selection and scroll position.
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(range(inserted.at(1)), qMakePair(1, 1));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(cell(model, 0, BenchmarkProgressModel::Phase), u"warm-up"_s);
        QCOMPARE(cell(model, 1, BenchmarkProgressModel::Phase), u"measured"_s);
        QCOMPARE(cell(model, 0, BenchmarkProgressModel::Throughput), DisplayFormat::rate(950));
        QCOMPARE(cell(model, 0, BenchmarkProgressModel::P99), DisplayFormat::number(1.125));
        QCOMPARE(cell(model, 1, BenchmarkProgressModel::Errors), u"3"_s);
        // A second in which nothing completed has no latency to show.
        BenchmarkProgress stalled = counted;
        stalled.second = 3;
        stalled.throughput = 0;
        stalled.transactions = 0;
        model.append(stalled);
        QCOMPARE(cell(model, 2, BenchmarkProgressModel::P50), u"—"_s);
        QCOMPARE(cell(model, 2, BenchmarkProgressModel::Throughput), DisplayFormat::rate(0));
        QCOMPARE(model.data(model.index(1, BenchmarkProgressModel::Counted),
                            BenchmarkProgressModel::SortRole),
                 QVariant(qint64(1000)));
        model.setProgress({counted});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(reset.count(), 1); // a stored run replaces the rows
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void statementActivity()
    {
        StatementActivityModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(StatementActivityModel::SortRole);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(StatementActivityModel::MeanMs, Qt::DescendingOrder);

        model.setSnapshot(postgresSnapshot({statement(1, 10, 50), statement(2, 4, 200)}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 0, StatementActivityModel::CallsPerSecond), u"5.00"_s);
        QCOMPARE(cell(model, 1, StatementActivityModel::MeanMs), u"50.0"_s);
        QCOMPARE(cell(model, 1, StatementActivityModel::ShareOfTime), u"80.0"_s);
        QCOMPARE(cell(model, 0, StatementActivityModel::CacheHit), u"90.0"_s);
        // Sorted numerically, not as text: 50 ms before 5 ms.
        QCOMPARE(proxy.data(proxy.index(0, StatementActivityModel::QueryId)).toString(), u"2"_s);

        // Same statements, new numbers: updated in place.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSnapshot(postgresSnapshot({statement(1, 12, 60), statement(2, 2, 100)}));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        // Other statements: reset.
        model.setSnapshot(postgresSnapshot({statement(3, 1, 1)}));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void pgbouncerPools()
    {
        PgBouncerPoolModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto a = std::make_shared<PgBouncerActivity>();
        PoolActivity p;
        p.database = u"shop"_s;
        p.user = u"app"_s;
        p.mode = u"transaction"_s;
        p.clientsActive = 2;
        p.clientsWaiting = 4;
        p.serversActive = 2;
        p.poolSize = 2;
        p.maxWaitSeconds = 0.75;
        a->pools = {p};
        Snapshot s;
        s.detail = a;
        model.setSnapshot(s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, PgBouncerPoolModel::ClientsWaiting), u"4"_s);
        // Both servers of a pool of two are busy; the longest client waited 0.75 s.
        QCOMPARE(cell(model, 0, PgBouncerPoolModel::ServerUse), DisplayFormat::percent(100));
        QCOMPARE(cell(model, 0, PgBouncerPoolModel::MaxWait), DisplayFormat::duration(750));
        QVERIFY(model.data(model.index(0, PgBouncerPoolModel::ClientsWaiting), Qt::ToolTipRole)
                    .toString()
                    .contains(u"saturated"_s));
    }

    void redisCommands()
    {
        RedisCommandModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto a = std::make_shared<RedisActivity>();
        RedisCommandActivity get;
        get.command = u"get"_s;
        get.callsPerSecond = 120;
        get.meanMs = 0.004;
        get.p50Ms = 0.003;
        get.p99Ms = 0.011;
        get.p999Ms = 0.02;
        get.totalCalls = 123456;
        RedisCommandActivity flush;
        flush.command = u"flushdb"_s;
        flush.callsPerSecond = 0.5;
        a->commands = {get, flush};
        Snapshot s;
        s.detail = a;
        model.setSnapshot(s);
        QCOMPARE(cell(model, 0, RedisCommandModel::Command), u"GET"_s);
        QCOMPARE(cell(model, 0, RedisCommandModel::P99Ms), DisplayFormat::number(0.011));
        QCOMPARE(cell(model, 1, RedisCommandModel::P99Ms), u"–"_s); // no latencystats
    }

    void timelineEvents()
    {
        TimelineEventStore store(nullptr, 3);
        TimelineEventModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        auto add = [&](int seconds, TimelineEvent::Severity severity, const QString &text) {
            TimelineEvent e;
            e.at = t0.addSecs(seconds);
            e.kind = TimelineEvent::Kind::ThresholdCrossed;
            e.severity = severity;
            e.targetName = u"Orders"_s;
            e.text = text;
            store.add(e);
        };
        add(10, TimelineEvent::Severity::Warning, u"a"_s);
        add(30, TimelineEvent::Severity::Critical, u"c"_s);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QPersistentModelIndex c(model.index(1, 0));
        add(20, TimelineEvent::Severity::Info, u"b"_s); // inserted in the middle
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(range(inserted.takeFirst()), qMakePair(1, 1));
        QCOMPARE(c.row(), 2);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 1, TimelineEventModel::Description), u"b"_s);
        QCOMPARE(cell(model, 2, TimelineEventModel::Severity), u"Critical"_s);
        add(40, TimelineEvent::Severity::Info, u"d"_s); // capacity 3: "a" is dropped
        QCOMPARE(removed.count(), 1);
        QCOMPARE(range(removed.takeFirst()), qMakePair(0, 0));
        QCOMPARE(range(inserted.takeFirst()), qMakePair(2, 2));
        QCOMPARE(c.row(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 0, TimelineEventModel::Description), u"b"_s);
        QCOMPARE(model.data(model.index(1, 0), TimelineEventModel::SeverityRole).toInt(),
                 int(TimelineEvent::Severity::Critical));
        store.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.count(), 1);

        // A model made over a store that already holds events shows them.
        add(50, TimelineEvent::Severity::Info, u"e"_s);
        TimelineEventModel late(&store);
        QCOMPARE(late.rowCount(), 1);
        QCOMPARE(cell(late, 0, TimelineEventModel::Description), u"e"_s);
    }

    void redisSlowLog()
    {
        RedisSlowLogModel model(nullptr, 4);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addRead(slowLogRead({11, 10}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 0, RedisSlowLogModel::IdColumn), u"11"_s);
        QCOMPARE(cell(model, 0, RedisSlowLogModel::CommandColumn), u"GET user:11"_s);
        const QPersistentModelIndex ten(model.index(1, 0));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // Newer entries go on top; the oldest beyond the capacity leave at the bottom.
        model.addRead(slowLogRead({14, 13, 12, 11, 10}));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(range(inserted.takeFirst()), qMakePair(0, 2));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(range(removed.takeFirst()), qMakePair(4, 4));
        QVERIFY(!ten.isValid());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.entries().first().id, 14);
        QCOMPARE(model.entries().last().id, 11);
        const QPersistentModelIndex eleven(model.index(3, 0));

        // Nothing new: no signal at all.
        model.addRead(slowLogRead({14, 13}));
        QCOMPARE(inserted.count() + removed.count() + reset.count(), 0);
        QCOMPARE(eleven.row(), 3);

        // Ids started again (the server restarted): the table starts over.
        model.addRead(slowLogRead({2, 1}));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.entries().first().id, 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void profiles()
    {
        QTemporaryDir dir;
        ProfileStore store(nullptr, dir.filePath(u"p.ini"_s));
        ProfileListModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ConnectionProfile p;
        QString password;
        QVERIFY(ConnectionProfile::fromUri(u"postgresql://u:pw@h/db"_s, &p, &password, nullptr));
        p.readOnly = true;
        const QString id = store.save(p).id;
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, ProfileListModel::ReadOnly), u"read-only"_s);
        QVERIFY(!cell(model, 0, ProfileListModel::Where).contains(u"pw"_s));
        QCOMPARE(model.rowOf(id), 0);
        store.remove(id);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
