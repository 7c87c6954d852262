#pragma once

#include "TimelineEvent.h"

#include <QList>
#include <QObject>

#include <deque>

namespace sonde {

// The events drawn as markers on the dashboard's time axis, newest last, bounded (the
// oldest are dropped). Lives on the GUI thread; add() may be called from any thread (it is
// then queued to the store's thread).
class TimelineEventStore : public QObject
{
    Q_OBJECT
public:
    explicit TimelineEventStore(QObject *parent = nullptr, int capacity = 5000);

    // Adds an event (events may arrive slightly out of order; they are kept sorted by time).
    void add(const TimelineEvent &event);
    void clear();

    int count() const { return int(m_events.size()); }
    int capacity() const { return m_capacity; }
    const TimelineEvent &at(int index) const { return m_events.at(size_t(index)); }
    QList<TimelineEvent> events() const;
    // Events with from <= at <= to (optionally of one target).
    QList<TimelineEvent> between(const QDateTime &from, const QDateTime &to,
                                 const QString &targetId = {}) const;

signals:
    // Pairs around each change, for item models: `index` is the new event's row (0 = oldest).
    void aboutToAdd(int index);
    void eventAdded(int index, const sonde::TimelineEvent &event);
    // The `count` oldest events are dropped to stay within capacity.
    void aboutToDropOldest(int count);
    void oldestDropped(int count);
    void aboutToClear();
    void cleared();

private:
    std::deque<TimelineEvent> m_events;
    int m_capacity;
};

} // namespace sonde
