// The samplers' snapshots of one tick reach the GUI thread in one delivery: the inbox waits
// for every target that is sampling, hands over without a late one after the grace, does not
// wait for a stopped target; and the samplers' ticks fall on the interval's boundaries.
//
// The samplers here are real Sampler objects on their own threads (SamplerThread) whose
// "server" is a counter in memory: what is tested is the hand-over between threads, not a
// server. A sampler can be held inside its reading until the test lets it go.
#include "TestMain.h"
#include "monitoring/Sampler.h"
#include "monitoring/SamplerThread.h"
#include "monitoring/TickInbox.h"

#include <QSemaphore>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

// Counts its readings; while `hold` is set, a reading waits until release() (or interrupt).
class CountingSampler : public Sampler
{
public:
    explicit CountingSampler(const QString &id)
        : Sampler(makeTarget(id))
    {}

    std::atomic<bool> hold{false};
    std::atomic<bool> holding{false};

    void release() { m_gate.release(); }
    void interrupt() override { m_gate.release(); }

protected:
    DbError openConnection(QString *version, QStringList *) override
    {
        *version = u"counter"_s;
        return {};
    }
    void closeConnection() override {}
    DbError readCounters() override
    {
        if (hold) {
            holding = true;
            m_gate.acquire();
            holding = false;
        }
        ++m_reading;
        return {};
    }
    void derive(bool, double, Snapshot *out) override
    {
        out->values.insert(u"readings"_s, double(m_reading));
    }
    void commitReading() override {}

private:
    static Target makeTarget(const QString &id)
    {
        Target t;
        t.id = id;
        t.name = id;
        t.kind = TargetKind::PostgreSQL;
        t.uri = u"postgresql://counter/"_s + id;
        return t;
    }

    QSemaphore m_gate;
    qint64 m_reading = 0;
};

// Three counting samplers at `intervalMs` whose snapshots go through one inbox.
struct Bench
{
    QList<QList<Snapshot>> deliveries;
    QObject receiver;
    TickInbox inbox{&receiver, [this](const QList<Snapshot> &b) {
                        deliveries << b;
                    }};
    QList<CountingSampler *> samplers;
    QList<std::shared_ptr<SamplerThread>> threads;

    explicit Bench(int graceMs, int intervalMs = 250)
    {
        inbox.setGraceMs(graceMs);
        for (const QString &id : {u"a"_s, u"b"_s, u"c"_s}) {
            auto *s = new CountingSampler(id);
            inbox.attach(s);
            samplers << s;
            auto thread = std::make_shared<SamplerThread>(s);
            thread->setIntervalMs(intervalMs);
            threads << thread;
        }
    }

    // After two ticks, waits until `sampler` is held inside a reading; returns the deliveries
    // made so far plus one (a tick handed over just before may still be on its way), or -1.
    qsizetype holdInReading(CountingSampler *sampler)
    {
        if (!QTest::qWaitFor([this]() { return deliveries.size() >= 2; }, 30000))
            return -1;
        sampler->hold = true;
        if (!QTest::qWaitFor([sampler]() { return bool(sampler->holding); }, 30000))
            return -1;
        QTest::qWait(50);
        return deliveries.size() + 1;
    }

    void letGo(CountingSampler *sampler)
    {
        sampler->hold = false;
        sampler->release();
    }

    static QSet<QString> targetsOf(const QList<Snapshot> &batch)
    {
        QSet<QString> out;
        for (const Snapshot &s : batch)
            out.insert(s.targetId);
        return out;
    }
};

} // namespace

class TestTickInbox : public QObject
{
    Q_OBJECT
private slots:
    void boundariesOfTheInterval()
    {
        const qint64 b = 1'700'000'000'000;                     // a whole second
        QCOMPARE(Sampler::alignedDelayMs(b, 1000), 1000);       // on time: the next one
        QCOMPARE(Sampler::alignedDelayMs(b + 7, 1000), 993);    // a reading of 7 ms
        QCOMPARE(Sampler::alignedDelayMs(b - 2, 1000), 1002);   // the timer fired early
        QCOMPARE(Sampler::alignedDelayMs(b + 499, 1000), 501);  // a slow reading
        QCOMPARE(Sampler::alignedDelayMs(b + 600, 1000), 1400); // too slow: skips one
        QCOMPARE(Sampler::alignedDelayMs(b + 100, 5000) % 5000, 4900 % 5000);
        for (qint64 now = b - 3000; now < b + 3000; now += 37) {
            const int d = Sampler::alignedDelayMs(now, 1000);
            QVERIFY2(d > 500 && d <= 1500, qPrintable(QString::number(d)));
            QCOMPARE((now + d) % 1000, 0);
        }
    }

    void oneDeliveryPerTickForEveryTarget()
    {
        // A grace far longer than the test: only a complete tick is handed over.
        Bench bench(60000);
        QTRY_VERIFY_WITH_TIMEOUT(bench.deliveries.size() >= 8, 30000);
        const QSet<QString> all{u"a"_s, u"b"_s, u"c"_s};
        // Before every sampler has connected, a tick holds those that have: at most the
        // first three deliveries are partial.
        qsizetype first = 0;
        while (first < bench.deliveries.size() &&
               Bench::targetsOf(bench.deliveries.at(first)) != all)
            ++first;
        QVERIFY2(first <= 3, qPrintable(QString::number(first)));
        for (qsizetype i = first; i < bench.deliveries.size(); ++i)
            QCOMPARE(Bench::targetsOf(bench.deliveries.at(i)), all);
    }

    void aLateTargetDoesNotHoldTheOthers()
    {
        Bench bench(100);
        CountingSampler *slow = bench.samplers.at(1);
        const qsizetype before = bench.holdInReading(slow);
        QVERIFY(before > 0);
        // While "b" is held inside its reading, the others' ticks are handed over without it.
        QTRY_VERIFY_WITH_TIMEOUT(bench.deliveries.size() >= before + 2, 30000);
        for (qsizetype i = before; i < bench.deliveries.size(); ++i)
            QCOMPARE(Bench::targetsOf(bench.deliveries.at(i)), (QSet<QString>{u"a"_s, u"c"_s}));
        bench.letGo(slow);
        const qsizetype released = bench.deliveries.size();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&]() {
                for (qsizetype i = released; i < bench.deliveries.size(); ++i) {
                    if (Bench::targetsOf(bench.deliveries.at(i)).contains(u"b"_s))
                        return true;
                }
                return false;
            }(),
            30000);
    }

    void aStoppedTargetDoesNotHoldTheBatch()
    {
        Bench bench(60000);
        CountingSampler *stopped = bench.samplers.at(2);
        const qsizetype before = bench.holdInReading(stopped);
        QVERIFY(before > 0);
        // "c" is stuck and the grace is a minute: the others' ticks wait for it…
        QTest::qWait(800);
        QVERIFY(bench.deliveries.size() <= before);
        // …until it is no longer sampled.
        bench.inbox.detach(u"c"_s);
        QTRY_VERIFY_WITH_TIMEOUT(bench.deliveries.size() >= before + 3, 30000);
        QCOMPARE(Bench::targetsOf(bench.deliveries.last()), (QSet<QString>{u"a"_s, u"b"_s}));
        bench.letGo(stopped);
    }

    void noDeliveryAfterTheInboxIsGone()
    {
        auto bench = std::make_unique<Bench>(60000);
        QTRY_VERIFY_WITH_TIMEOUT(!bench->deliveries.isEmpty(), 30000);
        bench.reset(); // the samplers' threads may still put: nothing reaches a dead receiver
        QTest::qWait(600);
    }
};

SONDE_TEST_GUILESS_MAIN(TestTickInbox)
#include "tst_tickinbox.moc"
