#include "FeedArchive.h"

#include <algorithm>

namespace sonde {
namespace {

// The first entry taken after `ms`.
QList<FeedArchive::Entry>::const_iterator after(const QList<FeedArchive::Entry> &entries, qint64 ms)
{
    return std::upper_bound(entries.cbegin(), entries.cend(), ms,
                            [](qint64 t, const FeedArchive::Entry &e) { return t < e.atMs; });
}

} // namespace

void FeedArchive::add(qint64 atMs, const FeedReading &reading)
{
    m_entries[key(reading.targetId, reading.feed)].append({atMs, reading});
}

bool FeedArchive::has(const QString &targetId, const QString &feed) const
{
    return m_entries.contains(key(targetId, feed));
}

QList<FeedReading> FeedArchive::upTo(const QString &targetId, const QString &feed,
                                     qint64 untilMs) const
{
    const QList<Entry> entries = m_entries.value(key(targetId, feed));
    QList<FeedReading> out;
    for (auto it = entries.cbegin(), end = after(entries, untilMs); it != end; ++it)
        out.append(it->reading);
    return out;
}

QList<FeedReading> FeedArchive::between(const QString &targetId, const QString &feed, qint64 fromMs,
                                        qint64 untilMs) const
{
    const QList<Entry> entries = m_entries.value(key(targetId, feed));
    auto first = std::lower_bound(entries.cbegin(), entries.cend(), fromMs,
                                  [](const Entry &e, qint64 t) { return e.atMs < t; });
    if (first != entries.cbegin())
        --first;
    QList<FeedReading> out;
    for (auto it = first, end = after(entries, untilMs); it < end; ++it)
        out.append(it->reading);
    return out;
}

std::optional<FeedArchive::Entry> FeedArchive::at(const QString &targetId, const QString &feed,
                                                  qint64 ms) const
{
    const auto found = m_entries.constFind(key(targetId, feed));
    if (found == m_entries.cend())
        return std::nullopt;
    const auto it = after(*found, ms);
    if (it == found->cbegin())
        return std::nullopt;
    return *(it - 1);
}

} // namespace sonde
