#include "TimelineEventStore.h"

#include <QThread>

#include <algorithm>

namespace sonde {

TimelineEventStore::TimelineEventStore(QObject *parent, int capacity)
    : QObject(parent)
    , m_capacity(qMax(1, capacity))
{
    qRegisterMetaType<sonde::TimelineEvent>();
}

void TimelineEventStore::add(const TimelineEvent &event)
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(
            this, [this, event]() { add(event); }, Qt::QueuedConnection);
        return;
    }
    TimelineEvent e = event;
    if (!e.at.isValid())
        e.at = QDateTime::currentDateTimeUtc();
    if (int(m_events.size()) >= m_capacity) {
        emit aboutToDropOldest(1);
        m_events.pop_front();
        emit oldestDropped(1);
    }
    // Usually appended at the end; a late event is inserted at its place.
    auto pos = std::upper_bound(
        m_events.begin(), m_events.end(), e.at,
        [](const QDateTime &t, const TimelineEvent &other) { return t < other.at; });
    const int index = int(pos - m_events.begin());
    emit aboutToAdd(index);
    m_events.insert(pos, e);
    emit eventAdded(index, e);
}

void TimelineEventStore::clear()
{
    emit aboutToClear();
    m_events.clear();
    emit cleared();
}

QList<TimelineEvent> TimelineEventStore::events() const
{
    return QList<TimelineEvent>(m_events.begin(), m_events.end());
}

QList<TimelineEvent> TimelineEventStore::between(const QDateTime &from, const QDateTime &to,
                                                 const QString &targetId) const
{
    QList<TimelineEvent> out;
    auto it = std::lower_bound(m_events.begin(), m_events.end(), from,
                               [](const TimelineEvent &e, const QDateTime &t) { return e.at < t; });
    for (; it != m_events.end() && it->at <= to; ++it) {
        if (targetId.isEmpty() || it->targetId == targetId)
            out << *it;
    }
    return out;
}

} // namespace sonde
