// A recording's feed readings by target and feed: what a page asks for (every reading up to
// an instant, a range and the reading before it, the reading at an instant) comes back in
// time order, and nothing of another target or feed.
#include "TestMain.h"
#include "monitoring/FeedArchive.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

FeedReading reading(const QString &target, const QString &feed, int n)
{
    return {target, feed, u"recording"_s, QVariant(n), {}};
}

QList<int> values(const QList<FeedReading> &readings)
{
    QList<int> out;
    for (const FeedReading &r : readings)
        out << r.value.toInt();
    return out;
}

} // namespace

class TestFeedArchive : public QObject
{
    Q_OBJECT
private slots:
    void readingsByTargetFeedAndTime()
    {
        FeedArchive a;
        QVERIFY(a.isEmpty());
        for (int i = 0; i < 5; ++i) {
            a.add(1000 * i, reading(u"pg"_s, u"sessions"_s, i)); // at 0, 1 000 … 4 000
            a.add(1000 * i, reading(u"pg"_s, u"statements"_s, 10 + i));
            a.add(1000 * i, reading(u"other"_s, u"sessions"_s, 20 + i));
        }
        QVERIFY(a.has(u"pg"_s, u"sessions"_s));
        QVERIFY(!a.has(u"pg"_s, u"slowlog"_s));
        QCOMPARE(values(a.upTo(u"pg"_s, u"sessions"_s, 2500)), (QList<int>{0, 1, 2}));
        QCOMPARE(values(a.upTo(u"pg"_s, u"sessions"_s, 2000)), (QList<int>{0, 1, 2}));
        QCOMPARE(values(a.upTo(u"pg"_s, u"sessions"_s, -1)), QList<int>());
        // A range, with the reading just before it.
        QCOMPARE(values(a.between(u"pg"_s, u"statements"_s, 2500, 3500)), (QList<int>{12, 13}));
        QCOMPARE(values(a.between(u"pg"_s, u"statements"_s, 2000, 3000)), (QList<int>{11, 12, 13}));
        QCOMPARE(values(a.between(u"pg"_s, u"statements"_s, -500, 500)), (QList<int>{10}));
        QCOMPARE(values(a.between(u"pg"_s, u"statements"_s, 9000, 9500)), (QList<int>{14}));
        // At an instant: the last reading taken by then.
        QCOMPARE(a.at(u"other"_s, u"sessions"_s, 3999)->reading.value.toInt(), 23);
        QCOMPARE(a.at(u"other"_s, u"sessions"_s, 3999)->atMs, 3000);
        QCOMPARE(a.at(u"other"_s, u"sessions"_s, 4000)->reading.value.toInt(), 24);
        QVERIFY(!a.at(u"other"_s, u"sessions"_s, -1));
        QVERIFY(!a.at(u"nobody"_s, u"sessions"_s, 4000));
        a.clear();
        QVERIFY(a.isEmpty());
    }
};

SONDE_TEST_GUILESS_MAIN(TestFeedArchive)
#include "tst_feedarchive.moc"
