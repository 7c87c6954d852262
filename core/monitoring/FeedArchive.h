#pragma once

#include "FeedReading.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace sonde {

// The feed readings of a recording (statements, sessions, slow logs), by target and feed,
// oldest first: what a Recording pipeline's pages read instead of asking a source. Filled
// once by RecordingReplay; read-only after.
class FeedArchive
{
public:
    struct Entry
    {
        qint64 atMs = 0;
        FeedReading reading;
    };

    // Readings of one target and feed must be added oldest first.
    void add(qint64 atMs, const FeedReading &reading);
    void clear() { m_entries.clear(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    bool has(const QString &targetId, const QString &feed) const;

    // Every reading of a target's feed taken at or before `untilMs`, oldest first.
    QList<FeedReading> upTo(const QString &targetId, const QString &feed, qint64 untilMs) const;
    // The readings taken in [fromMs, untilMs], and the last one before fromMs (what a
    // difference over the range starts from), oldest first.
    QList<FeedReading> between(const QString &targetId, const QString &feed, qint64 fromMs,
                               qint64 untilMs) const;
    // The last reading taken at or before `ms` (none before it: nothing).
    std::optional<Entry> at(const QString &targetId, const QString &feed, qint64 ms) const;

private:
    static QString key(const QString &targetId, const QString &feed)
    {
        return targetId + QLatin1Char('\n') + feed;
    }
    QHash<QString, QList<Entry>> m_entries;
};

} // namespace sonde
