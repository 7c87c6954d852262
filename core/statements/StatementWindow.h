#pragma once

#include "StatementHistory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace sonde {

// The time window a slow-query ranking covers.
struct StatementWindowSpec
{
    enum class Kind
    {
        Last,        // the last `seconds`
        SinceMarker, // since `marker`
        SinceReset,  // since pg_stat_statements was last reset (its lifetime totals)
        Between,     // from `marker` to `until` (a range of a recording)
    };
    Kind kind = Kind::Last;
    int seconds = 300;
    QDateTime marker;
    QDateTime until;

    static StatementWindowSpec last(int seconds) { return {Kind::Last, seconds, {}, {}}; }
    static StatementWindowSpec sinceMarker(const QDateTime &at)
    {
        return {Kind::SinceMarker, 0, at, {}};
    }
    static StatementWindowSpec sinceReset() { return {Kind::SinceReset, 0, {}, {}}; }
    static StatementWindowSpec between(const QDateTime &from, const QDateTime &to)
    {
        return {Kind::Between, 0, from, to};
    }
};

// One statement's numbers over the window.
struct SlowStatement
{
    StatementKey key;
    QString query;
    QString role;
    QString database;
    double calls = 0;
    double totalMs = 0;
    double share = 0; // of the time of every statement in the window, 0..1
    double meanMs = 0;
    double stddevMs = 0;
    // The longest call: exact when pg_stat_statements' max rose inside the window, else the
    // highest per-interval mean (a lower bound) and maxExact is false.
    double maxMs = 0;
    bool maxExact = false;
    double rowsPerCall = 0;
    double sharedHit = 0;
    double sharedRead = 0;
    double tempWritten = 0;
    // Mean above the slow threshold.
    bool slow = false;
    // Suspected N+1: this cheap single-row statement runs about `nPlusOneRatio` times per
    // call of `nPlusOneParent` (set by NPlusOneDetector).
    bool nPlusOne = false;
    StatementKey nPlusOneParent;
    double nPlusOneRatio = 0;

    // Shared-buffer hit ratio 0..1 (-1 when no block was touched).
    double hitRatio() const
    {
        const double all = sharedHit + sharedRead;
        return all > 0 ? sharedHit / all : -1;
    }
};

// A ranking of statements by total time over a window, computed from interval deltas (or
// from the lifetime counters for "since reset").
struct StatementWindowResult
{
    StatementWindowSpec spec;
    QDateTime from;
    QDateTime to;
    // The history is shorter than the window asked for: it covers only from `from`.
    bool partial = false;
    double totalMs = 0;
    double totalCalls = 0;
    QList<SlowStatement> statements; // by total time, largest first
    QString note;

    int indexOf(const StatementKey &key) const;
};

// One point of a statement's own series over the window.
struct StatementPoint
{
    QDateTime at; // end of the interval
    double seconds = 0;
    double calls = 0;
    double meanMs = -1; // -1 when it did not run in the interval
    double callsPerSecond() const { return seconds > 0 ? calls / seconds : 0; }
};

class StatementWindow
{
    Q_DECLARE_TR_FUNCTIONS(StatementWindow)
public:
    // `slowMs`: mean at or above which a statement is flagged slow (default 100 ms).
    static StatementWindowResult compute(const StatementHistory &history,
                                         const StatementWindowSpec &spec, double slowMs = 100.0);
    // Calls and mean latency of one statement in every interval of the window.
    static QList<StatementPoint> series(const StatementHistory &history,
                                        const StatementWindowResult &window,
                                        const StatementKey &key);
    // The history's intervals that lie inside the window.
    static QList<const StatementInterval *> intervalsOf(const StatementHistory &history,
                                                        const StatementWindowResult &window);
};

} // namespace sonde

Q_DECLARE_METATYPE(sonde::StatementWindowSpec)
