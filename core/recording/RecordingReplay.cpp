#include "RecordingReplay.h"

#include "connection/TargetList.h"
#include "monitoring/MetricStore.h"
#include "monitoring/MonitoringPipeline.h"
#include "monitoring/TimelineEventStore.h"

#include "monitoring/FeedReading.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sonde {

PipelineCapacity RecordingReplay::capacityFor(const Recording &recording)
{
    PipelineCapacity c;
    c.events = std::max(c.events, int(recording.events.size() + recording.notes.size()) + 100);
    const QDateTime from = recording.from();
    const QDateTime to = recording.to();
    if (!from.isValid() || !to.isValid())
        return c;
    // As many readings as the most sampled target has (any interval), at most a day's worth
    // at one a second.
    QHash<QString, int> perTarget;
    int most = 0;
    for (const Snapshot &s : recording.snapshots)
        most = std::max(most, ++perTarget[s.targetId]);
    constexpr int MaxFullReadings = 24 * 3600;
    c.series.fullSpanMs = std::max(c.series.fullSpanMs, from.msecsTo(to) + 60'000);
    c.series.fullCapacity = std::max(c.series.fullCapacity, std::min(most, MaxFullReadings) + 60);
    return c;
}

TimelineEvent RecordingReplay::noteEvent(const RecordingNote &note,
                                         const QList<RecordedTarget> &targets)
{
    TimelineEvent e;
    e.at = note.at;
    e.kind = TimelineEvent::Kind::Note;
    e.severity = TimelineEvent::Severity::Info;
    e.targetId = note.targetId;
    for (const RecordedTarget &t : targets) {
        if (t.id == note.targetId)
            e.targetName = t.name;
    }
    e.text = note.text;
    e.replayed = true;
    return e;
}

void RecordingReplay::load(const Recording &recording, MonitoringPipeline *pipeline)
{
    for (const RecordedTarget &r : recording.targets) {
        Target t;
        t.id = r.id;
        t.kind = r.kind;
        t.name = r.name;
        t.uri = r.address; // passwords masked; a Recording pipeline never connects
        t.readOnly = true; // nothing to cancel or change on what was
        pipeline->targets()->upsert(t);
    }
    FeedArchive *archive = pipeline->archive();
    archive->clear();
    const auto keep = [archive](const QString &targetId, QLatin1String feed, const QDateTime &at,
                                const QVariant &value) {
        archive->add(at.toMSecsSinceEpoch(), {targetId, feed, u"recording"_s, value, {}});
    };
    for (const auto &r : recording.statements)
        keep(r.targetId, StatementsFeed, r.value.takenAt, QVariant::fromValue(r.value));
    for (const auto &r : recording.sessions)
        keep(r.targetId, SessionsFeed, r.value.takenAt, QVariant::fromValue(r.value));
    for (const auto &r : recording.slowLogs)
        keep(r.targetId, RedisSlowLogFeed, r.value.takenAt, QVariant::fromValue(r.value));
    for (const auto &r : recording.plans)
        keep(r.targetId, PlansFeed, r.value.at, QVariant::fromValue(r.value));
    // One delivery, as a tick: views redraw once.
    pipeline->store()->ingest(recording.snapshots);
    TimelineEventStore *timeline = pipeline->timeline();
    for (TimelineEvent e : recording.events) {
        e.replayed = true;
        timeline->add(e);
    }
    for (const RecordingNote &n : recording.notes)
        timeline->add(noteEvent(n, recording.targets));
}

void RecordingReplay::loadHistory(const Recording &recording, MonitoringPipeline *pipeline)
{
    if (!recording.snapshots.isEmpty())
        pipeline->store()->ingestHistory(recording.snapshots);
    // A note for no one server is in every server's history, and what this run put on the
    // time axis may be in the file already: each goes on the timeline once.
    TimelineEventStore *timeline = pipeline->timeline();
    const auto key = [](const TimelineEvent &e) {
        return u"%1/%2/%3/%4"_s.arg(e.at.toMSecsSinceEpoch())
            .arg(int(e.kind))
            .arg(e.targetId, e.text);
    };
    QSet<QString> shown;
    for (const TimelineEvent &e : timeline->events())
        shown.insert(key(e));
    const auto add = [&](TimelineEvent e) {
        e.replayed = true;
        if (!shown.contains(key(e))) {
            shown.insert(key(e));
            timeline->add(e);
        }
    };
    for (const TimelineEvent &e : recording.events)
        add(e);
    for (const RecordingNote &n : recording.notes)
        add(noteEvent(n, recording.targets));
}

QString RecordingReplay::describe(const Recording &recording)
{
    QStringList names;
    for (const RecordedTarget &t : recording.targets)
        names << (t.serverVersion.isEmpty() ? t.name : t.name + u" (" + t.serverVersion + u')');
    const QDateTime from = recording.from().toLocalTime();
    const QDateTime to = recording.to().toLocalTime();
    const QLocale locale;
    const qint64 minutes = from.isValid() ? (from.secsTo(to) + 30) / 60 : 0;
    const auto when = [&locale](const QDateTime &t, bool withDate) {
        const QString time = t.toString(QStringLiteral("HH:mm:ss"));
        return withDate ? locale.toString(t.date(), QLocale::ShortFormat) + u' ' + time : time;
    };
    return QCoreApplication::translate("RecordingReplay",
                                       "Recording of %1, %2 to %3 (%n min), made by Sonde %4.",
                                       nullptr, int(minutes))
        .arg(names.join(QStringLiteral(", ")), when(from, true), when(to, from.date() != to.date()),
             recording.sondeVersion);
}

} // namespace sonde
