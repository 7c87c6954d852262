#include "bench/BenchmarkComparison.h"
#include "bench/BenchmarkStore.h"

#include <QtTest>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace sonde;
using namespace Qt::StringLiterals;

class TestBenchmarkStore : public QObject
{
    Q_OBJECT
private:
    static BenchmarkResult sampleRun(double tps, int64_t latencyNs)
    {
        BenchmarkResult r;
        r.config.workload = WorkloadKind::SelectOnly;
        r.config.clients = 4;
        r.config.threads = 2;
        r.config.name = u"run"_s;
        r.config.uri = u"postgresql://app:secret@127.0.0.1/x"_s;
        r.config.targetDisplay = u"127.0.0.1:5432/x"_s;
        r.startedAt = QDateTime::currentDateTimeUtc();
        r.status = BenchmarkResult::Status::Running;
        r.measuredSeconds = 10;
        r.transactions = qint64(tps * 10);
        for (qint64 i = 0; i < r.transactions; ++i)
            r.latency.record(latencyNs + (i % 100) * 1000);
        r.errorsByKind.insert(u"connection lost"_s, 2);
        r.errors = 2;
        r.serverSummary.insert(u"pg.buffer_hit_pct"_s, 90);
        return r;
    }

private slots:
    void roundTripKeepsEverythingButSecrets()
    {
        QTemporaryDir dir;
        BenchmarkStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(u"b.sqlite"_s), &error), qPrintable(error));
        BenchmarkResult r = sampleRun(1000, 200000);
        QVERIFY(store.insertRun(&r, &error));
        QVERIFY(r.id > 0);
        for (int s = 1; s <= 3; ++s) {
            BenchmarkProgress p;
            p.second = s;
            p.throughput = 1000 + s;
            QVERIFY(store.appendProgress(r.id, p));
        }
        BenchmarkResult partial;
        QVERIFY(store.load(r.id, &partial));
        QCOMPARE(partial.progress.size(), 3);
        QCOMPARE(partial.status, BenchmarkResult::Status::Running);

        r.status = BenchmarkResult::Status::Completed;
        r.finishedAt = r.startedAt.addSecs(10);
        r.progress = partial.progress;
        QVERIFY(store.finishRun(r, &error));
        BenchmarkResult back;
        QVERIFY(store.load(r.id, &back, &error));
        QCOMPARE(back.status, BenchmarkResult::Status::Completed);
        QCOMPARE(back.transactions, r.transactions);
        QCOMPARE(back.latency.count(), r.latency.count());
        QCOMPARE(back.latency.percentile(99), r.latency.percentile(99));
        QCOMPARE(back.progress.size(), 3); // not duplicated by the progress table
        QCOMPARE(back.errorsByKind.value(u"connection lost"_s), qint64(2));
        QCOMPARE(back.config.clients, 4);
        QVERIFY(back.config.uri.isEmpty());
        QCOMPARE(back.config.targetDisplay, u"127.0.0.1:5432/x"_s);

        QFile file(dir.filePath(u"b.sqlite"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("secret"), "no password in the run database");

        QVERIFY(store.rename(r.id, u"after index"_s));
        QVERIFY(store.setAppliedDdl(r.id, {u"CREATE INDEX i ON t (c)"_s}));
        QVERIFY(store.load(r.id, &back));
        QCOMPARE(back.config.name, u"after index"_s);
        QCOMPARE(back.appliedDdl, QStringList{u"CREATE INDEX i ON t (c)"_s});
        QCOMPARE(store.runs().size(), 1);
        QVERIFY(store.remove(r.id));
        QVERIFY(store.runs().isEmpty());
        QVERIFY(!store.load(r.id, &back, &error));
        QVERIFY(error.contains(u"--list"_s));
    }

    void runOfADeadProcessIsMarkedInterrupted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"b.sqlite"_s);
        qint64 id = 0;
        {
            BenchmarkStore store;
            QVERIFY(store.open(path, nullptr));
            BenchmarkResult r = sampleRun(10, 1000);
            r.config.warmupSeconds = 1;
            QVERIFY(store.insertRun(&r));
            id = r.id;
            for (int s = 1; s <= 4; ++s) {
                BenchmarkProgress p;
                p.second = s;
                p.warmup = s == 1;
                p.transactions = 100;
                p.throughput = 100;
                QVERIFY(store.appendProgress(id, p));
            }
            // Sonde "crashes": the run stays "running", owned by a process that is gone.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"UPDATE runs SET pid = 999999999"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        BenchmarkStore reopened;
        QVERIFY(reopened.open(path, nullptr));
        BenchmarkResult r;
        QVERIFY(reopened.load(id, &r));
        QCOMPARE(r.status, BenchmarkResult::Status::Interrupted);
        QCOMPARE(r.transactions, qint64(300)); // the three measured seconds
        QVERIFY(qAbs(r.measuredSeconds - 3.0) < 1e-9);
        QCOMPARE(r.progress.size(), 4);
    }

    void runningRunOfALiveProcessStaysRunning()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"b.sqlite"_s);
        BenchmarkStore writer;
        QVERIFY(writer.open(path, nullptr));
        BenchmarkResult r = sampleRun(10, 1000);
        QVERIFY(writer.insertRun(&r));
        BenchmarkStore reader; // e.g. the GUI's list while a run is going on
        QVERIFY(reader.open(path, nullptr));
        BenchmarkResult back;
        QVERIFY(reader.load(r.id, &back));
        QCOMPARE(back.status, BenchmarkResult::Status::Running);
    }

    void comparisonFigures()
    {
        BenchmarkResult before = sampleRun(1000, 2000000);
        BenchmarkResult after = sampleRun(1500, 1000000);
        after.serverSummary.insert(u"pg.buffer_hit_pct"_s, 99);
        const QList<ComparisonFigure> figures = BenchmarkComparison::figures(before, after);
        auto find = [&](const QString &key) {
            for (const ComparisonFigure &f : figures) {
                if (f.key == key)
                    return f;
            }
            return ComparisonFigure{};
        };
        QVERIFY(qAbs(find(u"throughput"_s).improvementPct() - 50.0) < 1e-6);
        // Latency halved (≈ 2 ms → ≈ 1 ms): +~49 % better, within the histogram's error.
        const ComparisonFigure p50 = find(u"p50_ms"_s);
        QVERIFY(p50.after < p50.before);
        QVERIFY(p50.improvementPct() > 45 && p50.improvementPct() < 52);
        QVERIFY(find(u"server.pg.buffer_hit_pct"_s).improvementPct() > 9);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(BenchmarkComparison::formatPct(12.34), u"+12\u00a0%"_s);
        QCOMPARE(BenchmarkComparison::formatPct(-4.04), u"−4.0\u00a0%"_s);
        // A percentage caps a latency gain at 100 %: the factor says how big it is.
        ComparisonFigure p99;
        p99.unit = u"ms"_s;
        p99.before = 35.5;
        p99.after = 0.48;
        p99.higherIsBetter = false;
        QCOMPARE(BenchmarkComparison::formatImprovement(p99), u"74.0× faster"_s);
        ComparisonFigure tps;
        tps.unit = u"tx/s"_s;
        tps.before = 100;
        tps.after = 350;
        QCOMPARE(BenchmarkComparison::formatImprovement(tps), u"3.5× faster"_s);
        tps.after = 150; // below 2×: the percentage says it all
        QCOMPARE(BenchmarkComparison::formatImprovement(tps), u"+50\u00a0%"_s);
        ComparisonFigure worse = p99;
        worse.after = 142; // latency 4× worse: not "−300 %"
        QCOMPARE(BenchmarkComparison::formatImprovement(worse), u"4.0× slower"_s);
        ComparisonFigure reads; // not a speed: higher or lower
        reads.unit = u"/s"_s;
        reads.higherIsBetter = false;
        reads.before = 10;
        reads.after = 40;
        QCOMPARE(BenchmarkComparison::formatImprovement(reads), u"4.0× higher"_s);
        worse.hasAfter = false;
        QCOMPARE(BenchmarkComparison::formatImprovement(worse), u"—"_s);
        const auto cdf = BenchmarkComparison::cdf(after.latency);
        QVERIFY(!cdf.isEmpty());
        QCOMPARE(cdf.last().second, 1.0);
        for (int i = 1; i < cdf.size(); ++i)
            QVERIFY(cdf[i].first >= cdf[i - 1].first && cdf[i].second >= cdf[i - 1].second);
    }
};

QTEST_GUILESS_MAIN(TestBenchmarkStore)
#include "tst_benchmarkstore.moc"
