#include "CounterDelta.h"

#include <cmath>

namespace sonde {

std::optional<double> counterDelta(double previous, double current)
{
    if (!std::isfinite(previous) || !std::isfinite(current) || current < previous)
        return std::nullopt;
    return current - previous;
}

std::optional<double> ratePerSecond(double previous, double current, double seconds)
{
    if (!(seconds > 0))
        return std::nullopt;
    const std::optional<double> d = counterDelta(previous, current);
    if (!d)
        return std::nullopt;
    return *d / seconds;
}

std::optional<double> sharePercent(double part, double other)
{
    if (!(part >= 0) || !(other >= 0) || part + other <= 0)
        return std::nullopt;
    return 100.0 * part / (part + other);
}

std::optional<double> meanPerEvent(double deltaSum, double deltaCount)
{
    if (!(deltaCount > 0) || !(deltaSum >= 0))
        return std::nullopt;
    return deltaSum / deltaCount;
}

CounterDeltas::CounterDeltas(const Counters &previous, const Counters &current, double seconds)
    : m_previous(previous)
    , m_current(current)
    , m_seconds(seconds)
{
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        const auto prev = previous.constFind(it.key());
        if (prev != previous.cend() && it.value() < prev.value())
            m_backwards = true;
    }
}

std::optional<double> CounterDeltas::delta(const QString &name) const
{
    const auto prev = m_previous.constFind(name);
    const auto cur = m_current.constFind(name);
    if (prev == m_previous.cend() || cur == m_current.cend())
        return std::nullopt;
    return counterDelta(prev.value(), cur.value());
}

std::optional<double> CounterDeltas::rate(const QString &name) const
{
    const std::optional<double> d = delta(name);
    if (!d || !(m_seconds > 0))
        return std::nullopt;
    return *d / m_seconds;
}

std::optional<double> CounterDeltas::share(const QString &part, const QString &other) const
{
    const std::optional<double> a = delta(part);
    const std::optional<double> b = delta(other);
    if (!a || !b)
        return std::nullopt;
    return sharePercent(*a, *b);
}

std::optional<double> CounterDeltas::mean(const QString &sum, const QString &count) const
{
    const std::optional<double> s = delta(sum);
    const std::optional<double> c = delta(count);
    if (!s || !c)
        return std::nullopt;
    return meanPerEvent(*s, *c);
}

} // namespace sonde
