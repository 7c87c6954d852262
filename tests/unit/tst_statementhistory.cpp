// StatementHistory and StatementWindow: deltas between snapshots (never negative, resets and
// evictions count from zero), bounded memory, windows, stddev and max over a window.
#include "statements/StatementWindow.h"

#include <QtTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

const QDateTime T0 = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
const StatementKey Slow{1, 10, 5, true};
const StatementKey Fast{2, 10, 5, true};
const StatementKey Own{3, 10, 5, true};

// Cumulative counters of a statement after `calls` calls of `ms` each, plus `extra` (a list
// of further call durations).
StatementCounters after(const QList<double> &callsMs)
{
    StatementCounters c;
    double sum = 0;
    double squares = 0;
    double max = 0;
    for (double ms : callsMs) {
        sum += ms;
        squares += ms * ms;
        max = std::max(max, ms);
    }
    c.calls = double(callsMs.size());
    c.totalMs = sum;
    c.meanMs = c.calls > 0 ? sum / c.calls : 0;
    c.stddevMs =
        c.calls > 0 ? std::sqrt(std::max(0.0, squares / c.calls - c.meanMs * c.meanMs)) : 0;
    c.maxMs = max;
    c.rows = c.calls;
    c.sharedHit = 10 * c.calls;
    c.deriveSumSquares();
    return c;
}

StatementSnapshot snapshot(int seconds, const QHash<StatementKey, StatementCounters> &counters,
                           const QDateTime &reset = T0.addDays(-1))
{
    StatementSnapshot s;
    s.takenAt = T0.addSecs(seconds);
    s.statsReset = reset;
    s.counters = counters;
    s.newTexts = {{Slow, u"SELECT pg_sleep($1)"_s},
                  {Fast, u"SELECT * FROM users WHERE id = $1"_s},
                  {Own, u"WITH /* sonde health */ t AS (SELECT 1) SELECT * FROM t"_s}};
    s.roleNames = {{10, u"app"_s}};
    s.databaseNames = {{5, u"shop"_s}};
    return s;
}

QList<double> repeat(double ms, int n)
{
    return QList<double>(n, ms);
}

} // namespace

class TestStatementHistory : public QObject
{
    Q_OBJECT
private slots:
    void deltasAndWindows()
    {
        StatementHistory h;
        h.add(snapshot(0, {{Slow, after(repeat(500, 10))}, {Fast, after(repeat(1, 1000))}}));
        QVERIFY(h.intervals().empty());
        QVERIFY(StatementWindow::compute(h, StatementWindowSpec::last(300)).statements.isEmpty());
        // Interval 1 (0 → 60 s): Slow runs 2 more times (800 ms, 200 ms), Fast 100 more.
        h.add(snapshot(60, {{Slow, after(repeat(500, 10) + QList<double>{800, 200})},
                            {Fast, after(repeat(1, 1100))},
                            {Own, after(repeat(3, 5))}}));
        // Interval 2 (60 → 600 s): only Fast runs.
        h.add(snapshot(600, {{Slow, after(repeat(500, 10) + QList<double>{800, 200})},
                             {Fast, after(repeat(1, 1300))},
                             {Own, after(repeat(3, 6))}}));
        QCOMPARE(int(h.intervals().size()), 2);
        QCOMPARE(h.intervals().front().deltas.size(), 3); // Own is new: counted whole
        QCOMPARE(h.intervals().back().deltas.size(), 2);

        const StatementWindowResult all =
            StatementWindow::compute(h, StatementWindowSpec::last(3600), 100);
        QCOMPARE(all.statements.size(), 2); // Sonde's own statement is left out
        const SlowStatement &slow = all.statements.first();
        QCOMPARE(slow.key, Slow);
        QCOMPARE(slow.query, u"SELECT pg_sleep($1)"_s);
        QCOMPARE(slow.role, u"app"_s);
        QCOMPARE(slow.database, u"shop"_s);
        QCOMPARE(slow.calls, 2.0);
        QCOMPARE(slow.totalMs, 1000.0);
        QCOMPARE(slow.meanMs, 500.0);
        // The window's own stddev (of 800 and 200), from Σ time² deltas — not the lifetime one.
        QVERIFY(qAbs(slow.stddevMs - 300.0) < 1e-6);
        QVERIFY(slow.maxExact); // the max rose from 500 to 800 inside the window
        QCOMPARE(slow.maxMs, 800.0);
        QVERIFY(slow.slow);
        QVERIFY(qAbs(slow.share - 1000.0 / 1300.0) < 1e-9);
        QCOMPARE(all.statements.at(1).calls, 300.0);
        QVERIFY(!all.statements.at(1).slow);
        QCOMPARE(all.totalCalls, 302.0);
        QVERIFY(all.partial);

        // The last 5 minutes hold only interval 2: the slow statement dropped out.
        const StatementWindowResult recent =
            StatementWindow::compute(h, StatementWindowSpec::last(300));
        QCOMPARE(recent.statements.size(), 1);
        QCOMPARE(recent.statements.first().key, Fast);
        QCOMPARE(recent.statements.first().calls, 200.0);
        QVERIFY(!recent.statements.first().maxExact); // max never rose: a lower bound
        QCOMPARE(recent.from, T0.addSecs(60));

        const StatementWindowResult marker =
            StatementWindow::compute(h, StatementWindowSpec::sinceMarker(T0.addSecs(60)));
        QCOMPARE(marker.statements.size(), 1);

        // A range of a recording: interval 1 only (0 → 60 s), ending where the range does.
        const StatementWindowResult first =
            StatementWindow::compute(h, StatementWindowSpec::between(T0, T0.addSecs(100)), 100);
        QCOMPARE(first.statements.size(), 2);
        QCOMPARE(first.statements.first().key, Slow);
        QCOMPARE(first.totalCalls, 102.0);
        QCOMPARE(first.from, T0);
        QCOMPARE(first.to, T0.addSecs(60));
        QVERIFY(!first.partial);
        // The second interval, 60 → 600 s, ends after the range: left out; one ending up to
        // half its length after it counts.
        QCOMPARE(StatementWindow::compute(h, StatementWindowSpec::between(T0, T0.addSecs(320)))
                     .totalCalls,
                 102.0);
        QCOMPARE(StatementWindow::compute(h, StatementWindowSpec::between(T0, T0.addSecs(340)))
                     .totalCalls,
                 302.0);
        // A range the readings start after: said.
        const StatementWindowResult early = StatementWindow::compute(
            h, StatementWindowSpec::between(T0.addSecs(-600), T0.addSecs(100)));
        QVERIFY(early.partial);
        QVERIFY2(early.note.contains(u"start at"_s), qPrintable(early.note));
        // Nothing between two readings: said.
        const StatementWindowResult none = StatementWindow::compute(
            h, StatementWindowSpec::between(T0.addSecs(61), T0.addSecs(62)));
        QVERIFY(none.statements.isEmpty());
        QVERIFY2(none.note.contains(u"No two readings"_s), qPrintable(none.note));

        const StatementWindowResult lifetime =
            StatementWindow::compute(h, StatementWindowSpec::sinceReset());
        QCOMPARE(lifetime.statements.first().calls, 12.0);
        QCOMPARE(lifetime.statements.at(1).calls, 1300.0);

        const QList<StatementPoint> series = StatementWindow::series(h, all, Slow);
        QCOMPARE(series.size(), 2);
        QCOMPARE(series.at(0).calls, 2.0);
        QCOMPARE(series.at(0).meanMs, 500.0);
        QCOMPARE(series.at(1).calls, 0.0);
        QCOMPARE(series.at(1).meanMs, -1.0);
        QVERIFY(qAbs(series.at(0).callsPerSecond() - 2.0 / 60.0) < 1e-9);
    }

    void resetsAndEvictionsNeverGoNegative()
    {
        StatementHistory h;
        h.add(snapshot(0, {{Fast, after(repeat(1, 1000))}}));
        // pg_stat_statements_reset(): counters start again, the reset time changes.
        h.add(snapshot(10, {{Fast, after(repeat(2, 50))}}, T0.addSecs(5)));
        QVERIFY(h.intervals().back().reset);
        QCOMPARE(h.intervals().back().deltas.value(Fast).change.calls, 50.0);
        QCOMPARE(h.intervals().back().deltas.value(Fast).change.totalMs, 100.0);
        // Evicted and back (no reset time change, fewer calls): counts from zero too.
        h.add(snapshot(20, {{Fast, after(repeat(2, 10))}}, T0.addSecs(5)));
        QVERIFY(!h.intervals().back().reset);
        QCOMPARE(h.intervals().back().deltas.value(Fast).change.calls, 10.0);
        for (const StatementInterval &i : h.intervals()) {
            for (const StatementDelta &d : i.deltas) {
                QVERIFY(d.change.calls > 0);
                QVERIFY(d.change.totalMs >= 0);
                QVERIFY(d.change.sumSquares >= 0);
            }
        }
        // A snapshot with an error, or from the past, adds no interval.
        StatementSnapshot failed;
        failed.error = DbError::make(DbError::Kind::ConnectionLost, u"lost"_s);
        h.add(failed);
        h.add(snapshot(15, {{Fast, after(repeat(2, 99))}}, T0.addSecs(5)));
        QCOMPARE(int(h.intervals().size()), 2);
    }

    void memoryIsBounded()
    {
        StatementHistory h(5, 100000);
        for (int i = 0; i <= 20; ++i)
            h.add(snapshot(i * 10, {{Fast, after(repeat(1, 10 * (i + 1)))}}));
        QCOMPARE(int(h.intervals().size()), 5);
        QCOMPARE(h.firstSampleAt(), T0.addSecs(150));
        QCOMPARE(h.deltaCount(), 5);

        StatementHistory few(1000, 6);
        for (int i = 0; i <= 10; ++i)
            few.add(snapshot(i * 10,
                             {{Fast, after(repeat(1, i + 1))}, {Slow, after(repeat(5, i + 1))}}));
        QVERIFY(few.deltaCount() <= 6);
        QCOMPARE(int(few.intervals().size()), 3);
    }

    void waitingForASecondSample()
    {
        StatementHistory h;
        h.add(snapshot(0, {{Fast, after(repeat(1, 10))}}));
        const StatementWindowResult w = StatementWindow::compute(h, StatementWindowSpec::last(300));
        QVERIFY(w.note.contains(u"second sample"_s));
    }
};

QTEST_GUILESS_MAIN(TestStatementHistory)
#include "tst_statementhistory.moc"
