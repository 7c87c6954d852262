#pragma once

#include "Recording.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QThread>

namespace sonde {

class MonitoringPipeline;
class RecordingWriter;
struct FeedReading;
struct SamplerStatus;

// A sink of the monitoring pipeline: everything the pipeline samples while it records —
// every snapshot, the statements, sessions and slow-log readings, the timeline's events,
// the notes — goes into one recording file (RecordingFile), written on a thread of its
// own and committed every second, so a crash loses at most the last second. Kind-agnostic:
// it asks every target for every recorded feed and stops asking a source that does not
// offer one. GUI thread (or the CLI's main thread).
class Recorder : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool statementTexts = true;       // false: texts left out (a recording to share)
        int statementsIntervalMs = 10000; // pg_stat_statements, as the Slow queries page
        int sessionsIntervalMs = 5000;    // pg_stat_activity and the blocking pids
        int slowLogIntervalMs = 5000;     // Redis SLOWLOG GET
        int commitIntervalMs = 1000;      // what a crash may lose
        // A target's local history (LocalHistory): only this target (empty: every one),
        // added to the file of a previous run, trimmed to `retentionMs` and `maxBytes`
        // (0: no limit) every `pruneIntervalMs`.
        QString targetId;
        bool append = false;
        qint64 retentionMs = 0;
        qint64 maxBytes = 0;
        int pruneIntervalMs = 60000;
    };

    explicit Recorder(MonitoringPipeline *pipeline, QObject *parent = nullptr);
    ~Recorder() override;

    // Starts writing to `path` (replaced if it exists). False, with the reason, when the
    // file cannot be made.
    bool start(const QString &path, const Options &options, QString *error);
    bool isRecording() const { return m_writer != nullptr; }
    // Writes what is pending, folds the file into one and closes it.
    bool stop(QString *error);
    void addNote(const RecordingNote &note);
    // Snapshots handed to the writer so far.
    int snapshotCount() const { return m_snapshots; }

signals:
    // The file could not be written to (disk full, removed…): recording has stopped.
    void failed(const QString &message);

private:
    void watch(const QString &targetId);
    void unwatch(const QString &targetId);
    void onFeed(const FeedReading &reading);
    void onStatus(const SamplerStatus &status);
    void writeTarget(const QString &targetId);
    // Whether this recorder keeps what concerns `targetId` (empty: every target).
    bool keeps(const QString &targetId) const;
    template<typename F>
    void post(F &&write);

    QPointer<MonitoringPipeline> m_pipeline; // may go first: stop() then only closes the file
    Options m_options;
    QThread m_thread;
    RecordingWriter *m_writer = nullptr;
    QHash<QString, QString> m_serverVersions;
    QSet<QString> m_refused; // "target/feed" a source does not offer
    int m_snapshots = 0;
};

} // namespace sonde
