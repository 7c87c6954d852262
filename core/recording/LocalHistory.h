#pragma once

#include "Recording.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>

namespace sonde {

class MonitoringPipeline;
class Recorder;

// The always-on local history: a sink and a source of the pipeline. For every target the
// pipeline watches, a Recorder keeps everything sampled (snapshots, statements, sessions
// and locks, the Redis slow log, events, notes) in a recording file of its own in
// `directory`, trimmed to the retention; when a target is added, what its file holds from
// before is read off the GUI thread and put into the pipeline's store and timeline, so the
// dashboard opens with the last hours. GUI thread.
class LocalHistory : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        bool enabled = true;
        int retentionHours = 24;
        int maxMiB = 512; // per target
    };

    LocalHistory(MonitoringPipeline *pipeline, const QString &directory, QObject *parent = nullptr);
    ~LocalHistory() override;

    // Starts (or stops) keeping history with these settings; files of targets not seen
    // within the retention are removed.
    void apply(const Settings &settings);
    const Settings &settings() const { return m_settings; }
    QString directory() const { return m_directory; }
    // The history file of a target.
    QString fileFor(const QString &targetId) const;
    static QString fileIn(const QString &directory, const QString &targetId);
    bool isKeeping(const QString &targetId) const { return m_recorders.contains(targetId); }
    // Targets whose earlier history is being read.
    int loading() const { return m_loading; }

    // What the history files of `targetIds` hold between two instants, as one recording
    // (off the GUI thread: it reads files). False when none holds anything in the range.
    static bool readRange(const QString &directory, const QStringList &targetIds, qint64 fromMs,
                          qint64 toMs, Recording *out, QString *error);
    // Readings older than `fullFromMs` averaged per `bucketMs` and target: what the store
    // would keep of them anyway, without the cost of ingesting each one.
    static QList<Snapshot> thinOut(const QList<Snapshot> &snapshots, qint64 fullFromMs,
                                   qint64 bucketMs);

signals:
    // A target's earlier history is in the store: `readings` snapshots (0: none).
    void loaded(const QString &targetId, int readings);
    // Keeping a target's history failed (disk full, file removed…): it has stopped.
    void failed(const QString &targetId, const QString &message);

private:
    void start(const QString &targetId);
    void stop(const QString &targetId);
    void load(const QString &targetId);
    void removeStaleFiles() const;

    MonitoringPipeline *m_pipeline;
    QString m_directory;
    Settings m_settings;
    bool m_applied = false;
    QHash<QString, Recorder *> m_recorders;
    int m_loading = 0;
};

} // namespace sonde
