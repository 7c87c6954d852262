// The client-side deadline: it fires once the call outlives it, never after the call ended,
// and its destructor waits for a firing that is under way.
#include "connection/CallDeadline.h"

#include <QtTest>

#include <atomic>
#include <thread>

using namespace sonde;

class TestCallDeadline : public QObject
{
    Q_OBJECT
private slots:
    void firesWhenTheCallOutlivesIt()
    {
        std::atomic<bool> fired{false};
        CallDeadline deadline(20, [&]() { fired = true; });
        // The "call": blocks until the deadline cut it off.
        QTRY_VERIFY_WITH_TIMEOUT(fired.load(), 30000);
        QVERIFY(deadline.expired());
    }

    void neverFiresAfterTheCallEnded()
    {
        std::atomic<int> fired{0};
        {
            CallDeadline deadline(3600 * 1000, [&]() { ++fired; });
            QVERIFY(!deadline.expired());
        }
        // A later deadline firing proves the watchdog ran past where the first would be.
        std::atomic<bool> later{false};
        CallDeadline probe(10, [&]() { later = true; });
        QTRY_VERIFY_WITH_TIMEOUT(later.load(), 30000);
        QCOMPARE(fired.load(), 0);
    }

    void noDeadlineArmsNothing()
    {
        const CallDeadline none(0, []() { QFAIL("a deadline of 0 must not fire"); });
        QVERIFY(!none.expired());
    }

    void destructorWaitsForARunningExpiry()
    {
        std::atomic<bool> entered{false};
        std::atomic<bool> release{false};
        std::atomic<bool> finished{false};
        auto deadline = std::make_unique<CallDeadline>(1, [&]() {
            entered = true;
            while (!release.load())
                std::this_thread::yield();
            finished = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(entered.load(), 30000);
        std::thread releaser([&]() {
            std::this_thread::yield();
            release = true;
        });
        deadline.reset(); // must not return before the expiry finished
        QVERIFY(finished.load());
        releaser.join();
    }
};

QTEST_GUILESS_MAIN(TestCallDeadline)
#include "tst_calldeadline.moc"
