#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace sonde {

// Per-interval arithmetic on cumulative counters (pg_stat_*, SHOW STATS, INFO). A counter
// that went backwards was reset (server restart, pg_stat_reset(), CONFIG RESETSTAT): nothing
// is derived from it, so a reset gives a gap, never a negative value or a spike.
std::optional<double> counterDelta(double previous, double current);
// Δ / seconds; nothing when the counter went backwards or the interval is not positive.
std::optional<double> ratePerSecond(double previous, double current, double seconds);
// 100 × part / (part + other), for deltas such as hits and misses; nothing when both are 0.
std::optional<double> sharePercent(double part, double other);
// Δsum / Δcount (e.g. milliseconds per call); nothing when the count did not move.
std::optional<double> meanPerEvent(double deltaSum, double deltaCount);

// Named readings of cumulative counters taken at one instant.
using Counters = QHash<QString, double>;

// The deltas between two readings of the same counters, `seconds` apart.
class CounterDeltas
{
public:
    CounterDeltas(const Counters &previous, const Counters &current, double seconds);

    // True when any counter present in both readings went backwards.
    bool anyWentBackwards() const { return m_backwards; }
    double seconds() const { return m_seconds; }
    std::optional<double> delta(const QString &name) const;
    std::optional<double> rate(const QString &name) const;
    // sharePercent of two counters' deltas.
    std::optional<double> share(const QString &part, const QString &other) const;
    // meanPerEvent of two counters' deltas.
    std::optional<double> mean(const QString &sum, const QString &count) const;

private:
    const Counters &m_previous;
    const Counters &m_current;
    double m_seconds = 0;
    bool m_backwards = false;
};

} // namespace sonde
