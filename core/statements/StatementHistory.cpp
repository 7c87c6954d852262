#include "StatementHistory.h"

#include <algorithm>

namespace sonde {
namespace {

StatementCounters difference(const StatementCounters &now, const StatementCounters &before)
{
    StatementCounters d;
    d.calls = now.calls - before.calls;
    d.totalMs = std::max(0.0, now.totalMs - before.totalMs);
    d.rows = std::max(0.0, now.rows - before.rows);
    d.sharedHit = std::max(0.0, now.sharedHit - before.sharedHit);
    d.sharedRead = std::max(0.0, now.sharedRead - before.sharedRead);
    d.sharedDirtied = std::max(0.0, now.sharedDirtied - before.sharedDirtied);
    d.sharedWritten = std::max(0.0, now.sharedWritten - before.sharedWritten);
    d.tempRead = std::max(0.0, now.tempRead - before.tempRead);
    d.tempWritten = std::max(0.0, now.tempWritten - before.tempWritten);
    d.ioReadMs = std::max(0.0, now.ioReadMs - before.ioReadMs);
    d.ioWriteMs = std::max(0.0, now.ioWriteMs - before.ioWriteMs);
    d.planMs = std::max(0.0, now.planMs - before.planMs);
    d.sumSquares = std::max(0.0, now.sumSquares - before.sumSquares);
    d.meanMs = d.calls > 0 ? d.totalMs / d.calls : 0;
    return d;
}

} // namespace

StatementHistory::StatementHistory(int maxIntervals, qsizetype maxDeltas)
    : m_maxIntervals(std::max(1, maxIntervals))
    , m_maxDeltas(std::max<qsizetype>(1, maxDeltas))
{}

void StatementHistory::clear()
{
    *this = StatementHistory(m_maxIntervals, m_maxDeltas);
}

void StatementHistory::add(const StatementSnapshot &s)
{
    if (!s.isValid())
        return;
    for (auto it = s.newTexts.constBegin(); it != s.newTexts.constEnd(); ++it)
        m_texts.insert(it.key(), it.value());
    for (auto it = s.roleNames.constBegin(); it != s.roleNames.constEnd(); ++it)
        m_roles.insert(it.key(), it.value());
    for (auto it = s.databaseNames.constBegin(); it != s.databaseNames.constEnd(); ++it)
        m_databases.insert(it.key(), it.value());
    ++m_samples;
    if (!m_lastSample.isValid() || s.takenAt <= m_lastSample) {
        // First snapshot (or a clock step back): a baseline, no interval yet.
        if (!m_firstSample.isValid())
            m_firstSample = s.takenAt;
        m_lastSample = s.takenAt;
        m_latest = s.counters;
        m_statsReset = s.statsReset;
        return;
    }
    StatementInterval interval;
    interval.start = m_lastSample;
    interval.end = s.takenAt;
    interval.reset =
        s.statsReset.isValid() && m_statsReset.isValid() && s.statsReset != m_statsReset;
    for (auto it = s.counters.constBegin(); it != s.counters.constEnd(); ++it) {
        const StatementCounters &now = it.value();
        const auto before = m_latest.constFind(it.key());
        StatementDelta d;
        // New since the last snapshot, reset, or evicted and back: everything counts.
        const bool fromZero =
            interval.reset || before == m_latest.constEnd() || now.calls < before->calls;
        d.change = fromZero ? now : difference(now, *before);
        if (fromZero) {
            d.change.minMs = 0;
            d.newMaxMs = now.maxMs;
        } else if (now.maxMs > before->maxMs) {
            d.newMaxMs = now.maxMs;
        }
        if (d.change.calls <= 0)
            continue;
        interval.deltas.insert(it.key(), d);
    }
    m_deltaCount += interval.deltas.size();
    m_intervals.push_back(std::move(interval));
    m_latest = s.counters;
    m_lastSample = s.takenAt;
    m_statsReset = s.statsReset;
    trim();
}

void StatementHistory::trim()
{
    while (!m_intervals.empty() && (int(m_intervals.size()) > m_maxIntervals ||
                                    (m_deltaCount > m_maxDeltas && m_intervals.size() > 1))) {
        m_deltaCount -= m_intervals.front().deltas.size();
        m_intervals.pop_front();
    }
    if (!m_intervals.empty())
        m_firstSample = m_intervals.front().start;
    // Texts of statements that left both the history and pg_stat_statements.
    if (m_texts.size() > 2 * m_latest.size() + 1000) {
        QSet<StatementKey> used;
        for (const StatementInterval &i : m_intervals)
            for (auto it = i.deltas.constBegin(); it != i.deltas.constEnd(); ++it)
                used.insert(it.key());
        for (auto it = m_texts.begin(); it != m_texts.end();) {
            if (!used.contains(it.key()) && !m_latest.contains(it.key()))
                it = m_texts.erase(it);
            else
                ++it;
        }
    }
}

} // namespace sonde
