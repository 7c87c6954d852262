// The timeline other views put markers on: ordered by time, bounded, safe to feed from a
// worker thread.
#include "monitoring/TimelineEventStore.h"

#include <QSignalSpy>
#include <QtTest>

#include <thread>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

TimelineEvent makeEvent(const QDateTime &at, const QString &text, const QString &target = u"r"_s)
{
    TimelineEvent e;
    e.at = at;
    e.kind = TimelineEvent::Kind::SlowLogEntry;
    e.targetId = target;
    e.text = text;
    return e;
}

} // namespace

class TestTimelineEventStore : public QObject
{
    Q_OBJECT
private slots:
    void keepsEventsInTimeOrder()
    {
        TimelineEventStore store;
        QSignalSpy added(&store, &TimelineEventStore::eventAdded);
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        store.add(makeEvent(t0, u"a"_s));
        store.add(makeEvent(t0.addSecs(10), u"c"_s));
        store.add(makeEvent(t0.addSecs(5), u"b"_s)); // late arrival
        QCOMPARE(store.count(), 3);
        QCOMPARE(store.at(1).text, u"b"_s);
        QCOMPARE(added.at(2).at(0).toInt(), 1);
        QCOMPARE(store.between(t0.addSecs(1), t0.addSecs(10)).size(), 2);
        QCOMPARE(store.between(t0, t0.addSecs(10), u"other"_s).size(), 0);
    }

    void isBounded()
    {
        TimelineEventStore store(nullptr, 100);
        QSignalSpy dropped(&store, &TimelineEventStore::oldestDropped);
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        for (int i = 0; i < 250; ++i)
            store.add(makeEvent(t0.addSecs(i), QString::number(i)));
        QCOMPARE(store.count(), 100);
        QCOMPARE(store.at(0).text, u"150"_s);
        QCOMPARE(dropped.count(), 150);
    }

    void addFromAWorkerThread()
    {
        TimelineEventStore store;
        std::thread worker([&store]() {
            store.add(makeEvent(QDateTime::currentDateTimeUtc(), u"from worker"_s));
        });
        worker.join();
        QTRY_COMPARE(store.count(), 1);
        QCOMPARE(store.at(0).text, u"from worker"_s);
    }

    void missingTimeMeansNow()
    {
        TimelineEventStore store;
        TimelineEvent e;
        e.text = u"now"_s;
        store.add(e);
        QVERIFY(qAbs(store.at(0).at.secsTo(QDateTime::currentDateTimeUtc())) < 5);
    }
};

QTEST_GUILESS_MAIN(TestTimelineEventStore)
#include "tst_timelineeventstore.moc"
