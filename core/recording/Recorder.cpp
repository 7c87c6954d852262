#include "Recorder.h"

#include "RecordingWriter.h"
#include "connection/TargetList.h"
#include "monitoring/FeedReading.h"
#include "monitoring/MonitoringPipeline.h"
#include "monitoring/SamplerStatus.h"
#include "monitoring/TargetMonitor.h"
#include "monitoring/TimelineEventStore.h"

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

const QLatin1String RecordedFeeds[] = {StatementsFeed, SessionsFeed, RedisSlowLogFeed};

} // namespace

Recorder::Recorder(MonitoringPipeline *pipeline, QObject *parent)
    : QObject(parent)
    , m_pipeline(pipeline)
{
    m_thread.setObjectName(u"sonde-recorder"_s);
    TargetMonitor *monitor = pipeline->monitor();
    connect(monitor, &TargetMonitor::snapshotReceived, this, [this](const Snapshot &s) {
        if (!isRecording() || !keeps(s.targetId))
            return;
        ++m_snapshots;
        post([s](RecordingFile &f) { return f.writeSnapshot(s); });
    });
    connect(monitor, &TargetMonitor::feedRead, this, &Recorder::onFeed);
    connect(monitor, &TargetMonitor::statusChanged, this, &Recorder::onStatus);
    connect(pipeline->timeline(), &TimelineEventStore::eventAdded, this,
            [this](int, const TimelineEvent &e) {
                // Events put back from a file (the history loaded into the timeline) are in
                // the file they came from already.
                if (!isRecording() || e.replayed || (!e.targetId.isEmpty() && !keeps(e.targetId)))
                    return;
                // A note put on the time axis is kept as the recording's note.
                if (e.kind == TimelineEvent::Kind::Note)
                    addNote({e.at, e.text, e.targetId});
                else
                    post([e](RecordingFile &f) { return f.writeEvent(e); });
            });
    connect(pipeline->targets(), &TargetList::targetAdded, this, [this](const Target &t) {
        if (isRecording() && keeps(t.id)) {
            writeTarget(t.id);
            watch(t.id);
        }
    });
    connect(pipeline->targets(), &TargetList::targetChanged, this, [this](const Target &t) {
        if (isRecording() && keeps(t.id))
            writeTarget(t.id);
    });
    connect(pipeline->targets(), &TargetList::targetRemoved, this, [this](const QString &id) {
        if (isRecording() && keeps(id))
            unwatch(id);
    });
}

Recorder::~Recorder()
{
    QString ignored;
    stop(&ignored);
}

template<typename F>
void Recorder::post(F &&write)
{
    RecordingWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [writer, write = std::forward<F>(write)] { writer->write(write); },
        Qt::QueuedConnection);
}

bool Recorder::start(const QString &path, const Options &options, QString *error)
{
    if (isRecording()) {
        *error = tr("Sonde is recording already.");
        return false;
    }
    m_options = options;
    m_snapshots = 0;
    m_refused.clear();
    auto *writer = new RecordingWriter(options.commitIntervalMs);
    writer->moveToThread(&m_thread);
    m_thread.start();
    bool ok = false;
    QMetaObject::invokeMethod(
        writer,
        [&] {
            RecordingFile &f = writer->file();
            ok = options.append ? f.open(path, options.statementTexts, error)
                                : f.create(path, options.statementTexts, error);
            if (ok && options.retentionMs > 0)
                writer->keepFor(options.retentionMs, options.maxBytes, options.pruneIntervalMs);
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        QMetaObject::invokeMethod(
            writer, [writer] { delete writer; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        return false;
    }
    m_writer = writer;
    connect(writer, &RecordingWriter::failed, this, [this, writer](const QString &message) {
        if (m_writer != writer)
            return; // from a recording stopped since
        QString ignored;
        stop(&ignored);
        emit failed(message);
    });
    for (const Target &t : m_pipeline->targets()->targets()) {
        if (!keeps(t.id))
            continue;
        writeTarget(t.id);
        watch(t.id);
    }
    return true;
}

bool Recorder::stop(QString *error)
{
    if (!isRecording())
        return true;
    if (m_pipeline) {
        for (const Target &t : m_pipeline->targets()->targets()) {
            if (keeps(t.id))
                unwatch(t.id);
        }
    }
    RecordingWriter *writer = m_writer;
    m_writer = nullptr;
    bool ok = false;
    // The file and its SQLite connection belong to the writer's thread: closed there.
    QMetaObject::invokeMethod(
        writer,
        [&] {
            ok = writer->finish(error);
            delete writer;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    return ok;
}

bool Recorder::keeps(const QString &targetId) const
{
    return m_options.targetId.isEmpty() || m_options.targetId == targetId;
}

void Recorder::addNote(const RecordingNote &note)
{
    if (isRecording() && (note.targetId.isEmpty() || keeps(note.targetId)))
        post([note](RecordingFile &f) { return f.writeNote(note); });
}

void Recorder::watch(const QString &targetId)
{
    TargetMonitor *monitor = m_pipeline->monitor();
    const int intervals[] = {m_options.statementsIntervalMs, m_options.sessionsIntervalMs,
                             m_options.slowLogIntervalMs};
    for (int i = 0; i < 3; ++i) {
        if (intervals[i] > 0 && !m_refused.contains(targetId + u'/' + RecordedFeeds[i]))
            monitor->subscribe(this, targetId, RecordedFeeds[i], intervals[i]);
    }
}

void Recorder::unwatch(const QString &targetId)
{
    for (QLatin1String feed : RecordedFeeds)
        m_pipeline->monitor()->unsubscribe(this, targetId, feed);
}

void Recorder::writeTarget(const QString &targetId)
{
    const Target t = m_pipeline->targets()->byId(targetId);
    if (!t.isValid())
        return;
    const RecordedTarget recorded{t.id, t.name, t.kind, t.displayUri(),
                                  m_serverVersions.value(t.id)};
    post([recorded](RecordingFile &f) { return f.writeTarget(recorded); });
}

void Recorder::onStatus(const SamplerStatus &status)
{
    if (status.serverVersion.isEmpty() ||
        m_serverVersions.value(status.targetId) == status.serverVersion)
        return;
    m_serverVersions.insert(status.targetId, status.serverVersion);
    if (isRecording() && keeps(status.targetId))
        writeTarget(status.targetId);
}

void Recorder::onFeed(const FeedReading &r)
{
    if (!isRecording() || !keeps(r.targetId))
        return;
    // The plans shown are published, not subscribed to.
    const bool recorded =
        r.feed == PlansFeed || std::any_of(std::begin(RecordedFeeds), std::end(RecordedFeeds),
                                           [&](QLatin1String feed) { return feed == r.feed; });
    if (!recorded)
        return;
    if (r.error.isError()) {
        // A source that does not offer the feed (Redis has no sessions) says so while it is
        // connected: stop asking it. (While it is not, the error is the connection's.)
        const bool connected =
            m_pipeline->monitor()->status(r.targetId).state == SamplerStatus::State::Sampling;
        if (connected && r.error.kind == DbError::Kind::Configuration) {
            m_refused.insert(r.targetId + u'/' + r.feed);
            m_pipeline->monitor()->unsubscribe(this, r.targetId, r.feed);
        }
        return;
    }
    const QString id = r.targetId;
    if (r.value.canConvert<StatementSnapshot>() && r.feed == StatementsFeed) {
        const auto s = r.value.value<StatementSnapshot>();
        post([id, s](RecordingFile &f) { return f.writeStatements(id, s); });
    } else if (r.value.canConvert<SessionSnapshot>() && r.feed == SessionsFeed) {
        const auto s = r.value.value<SessionSnapshot>();
        post([id, s](RecordingFile &f) { return f.writeSessions(id, s); });
    } else if (r.value.canConvert<RedisSlowLogRead>() && r.feed == RedisSlowLogFeed) {
        const auto s = r.value.value<RedisSlowLogRead>();
        post([id, s](RecordingFile &f) { return f.writeSlowLog(id, s); });
    } else if (r.value.canConvert<ShownPlan>() && r.feed == PlansFeed) {
        const auto p = r.value.value<ShownPlan>();
        post([id, p](RecordingFile &f) { return f.writePlan(id, p); });
    }
}

} // namespace sonde
