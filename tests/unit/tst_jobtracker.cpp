#include "common/JobTracker.h"

#include <QSignalSpy>
#include <QtTest>

#include <thread>

using namespace Qt::StringLiterals;
using sonde::JobContext;
using sonde::JobTracker;

class TestJobTracker : public QObject
{
    Q_OBJECT
private slots:
    void deliversResultOnItsThread()
    {
        JobTracker tracker;
        QThread *resultThread = nullptr;
        int result = 0;
        tracker.run(
            u"a"_s, [](JobContext &) { return 41 + 1; },
            [&](int r) {
                result = r;
                resultThread = QThread::currentThread();
            });
        QTRY_COMPARE(result, 42);
        QCOMPARE(resultThread, QThread::currentThread());
        QVERIFY(!tracker.isRunning(u"a"_s));
    }

    void newerJobSupersedesOlder()
    {
        JobTracker tracker;
        QStringList results;
        std::atomic<bool> firstSawCancel{false};
        tracker.run(
            u"explain"_s,
            [&](JobContext &ctx) {
                while (!ctx.isCanceled())
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
                firstSawCancel.store(true);
                return u"first"_s;
            },
            [&](const QString &r) { results << r; });
        tracker.run(
            u"explain"_s, [](JobContext &) { return u"second"_s; },
            [&](const QString &r) { results << r; });
        QTRY_VERIFY(firstSawCancel.load());
        QTRY_COMPARE(results, QStringList{u"second"_s});
        QTest::qWait(50);
        QCOMPARE(results, QStringList{u"second"_s});
    }

    void cancelStillDeliversTheJobsOwnResult()
    {
        JobTracker tracker;
        QString result;
        tracker.run(
            u"apply"_s,
            [](JobContext &ctx) {
                while (!ctx.isCanceled())
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
                return u"canceled and cleaned up"_s;
            },
            [&](const QString &r) { result = r; });
        tracker.cancel(u"apply"_s);
        QTRY_COMPARE(result, u"canceled and cleaned up"_s);
    }

    void progressArrivesAndDeadTrackerDropsResults()
    {
        auto *tracker = new JobTracker;
        QSignalSpy progress(tracker, &JobTracker::progress);
        bool delivered = false;
        std::atomic<bool> release{false};
        tracker->run(
            u"bench"_s,
            [&](JobContext &ctx) {
                ctx.reportProgress(u"warming up"_s, 10);
                while (!release.load())
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
                ctx.reportProgress(u"after the tracker died"_s, 90);
                return 1;
            },
            [&](int) { delivered = true; });
        QTRY_COMPARE(progress.count(), 1);
        QCOMPARE(progress.at(0).at(1).toString(), u"warming up"_s);
        QCOMPARE(progress.at(0).at(2).toInt(), 10);
        delete tracker;
        release.store(true);
        JobTracker::jobPool()->waitForDone(5000);
        QTest::qWait(20);
        QVERIFY(!delivered);
    }
};

QTEST_GUILESS_MAIN(TestJobTracker)
#include "tst_jobtracker.moc"
