#pragma once

#include "StatementWindow.h"

#include <QList>

namespace sonde {

// Flags suspected N+1 patterns: a cheap single-row statement whose calls track another
// statement's, many times over ("for each row of the list, fetch its details"). Tracking
// means the per-interval call counts move together (correlation), not only the totals.
class NPlusOneDetector
{
public:
    struct Settings
    {
        double maxMeanMs = 5;        // "cheap"
        double maxRowsPerCall = 1.5; // "single-row"
        double minCalls = 50;
        double minRatio = 5; // "many times over"
        double minCorrelation = 0.8;
        int minIntervals = 3;
    };

    // Sets nPlusOne / nPlusOneParent / nPlusOneRatio on the statements it suspects.
    static void mark(const QList<const StatementInterval *> &intervals,
                     QList<SlowStatement> *statements, const Settings &settings);
    static void mark(const QList<const StatementInterval *> &intervals,
                     QList<SlowStatement> *statements)
    {
        mark(intervals, statements, Settings());
    }

    // Pearson correlation of two series of the same length (0 when one is constant).
    static double correlation(const QList<double> &a, const QList<double> &b);
};

} // namespace sonde
