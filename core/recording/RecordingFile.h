#pragma once

#include "Recording.h"

#include <QCoreApplication>
#include <QString>

#include <limits>

namespace sonde {

// One recording file (`.sonde`): an SQLite database with a format version of its own
// (docs/RECORDINGS.md). Written in batches, each one transaction in WAL mode, so a writer
// killed at any instant leaves a file that opens with every batch committed before it;
// finish() folds the write-ahead log into the one file to hand on. Never holds a password:
// targets are kept by name, kind, masked address and server version.
//
// Used on one thread, the one that created it (the recorder's writer thread).
class RecordingFile
{
    Q_DECLARE_TR_FUNCTIONS(RecordingFile)
public:
    // The format this Sonde writes; it reads every format up to it.
    static constexpr int FormatVersion = 1;
    // PRAGMA application_id of a recording: "Sond".
    static constexpr int ApplicationId = 0x536f6e64;

    RecordingFile();
    ~RecordingFile();
    RecordingFile(const RecordingFile &) = delete;
    RecordingFile &operator=(const RecordingFile &) = delete;

    // A new recording at `path` (a file already there is replaced). `statementTexts` false
    // leaves statement texts, session queries and slow-log arguments out of every record.
    bool create(const QString &path, bool statementTexts, QString *error);
    // Appends to the recording at `path` (a target's local history): created when there is
    // none; one this Sonde cannot add to (damaged, another format, not a recording) is set
    // aside as `path.unreadable` and a new one begun.
    bool open(const QString &path, bool statementTexts, QString *error);
    bool isOpen() const;
    bool statementTexts() const { return m_statementTexts; }

    // Each adds to the open batch (a transaction begun on the first one).
    bool writeTarget(const RecordedTarget &target);
    bool writeSnapshot(const Snapshot &snapshot);
    bool writeStatements(const QString &targetId, const StatementSnapshot &snapshot);
    bool writeSessions(const QString &targetId, const SessionSnapshot &snapshot);
    bool writeSlowLog(const QString &targetId, const RedisSlowLogRead &read);
    // Left out (true, nothing written) when statement texts are: a plan is made of them.
    bool writePlan(const QString &targetId, const ShownPlan &plan);
    bool writeEvent(const TimelineEvent &event);
    bool writeNote(const RecordingNote &note);
    // Commits the open batch: from now on a crash keeps it.
    bool commit(QString *error);
    // Retention: commits, then removes every record and note older than `beforeMs`, then the
    // oldest ones until the file holds at most `maxBytes` (0: no cap), and gives the space
    // back to the file system.
    bool prune(qint64 beforeMs, qint64 maxBytes, QString *error);
    // The bytes the file's pages hold (its free pages left out).
    qint64 usedBytes();
    // Commits, folds the write-ahead log into the file and closes it.
    bool finish(QString *error);
    // Closes the file (what the open batch holds is lost); on the thread that created it.
    void close();
    QString lastError() const { return m_lastError; }

    // Everything in the recording at `path`. A file that is not a recording, is damaged
    // (truncated, overwritten) or comes from a newer Sonde gives false and says which.
    // Timeline: the targets, snapshots, events and notes only — what the dashboard shows —
    // without the statements, sessions and slow-log readings. lastSpanMs > 0: only the
    // records of the recording's last lastSpanMs (a window to draw at once);
    // `recording->partial` says when the file holds more before it.
    enum class Parts
    {
        Everything,
        Timeline
    };
    static bool read(const QString &path, Recording *recording, QString *error,
                     Parts parts = Parts::Everything, qint64 lastSpanMs = 0);
    // What to read of a recording: which parts, and only the records in [fromMs, toMs].
    struct Selection
    {
        Parts parts = Parts::Everything;
        qint64 lastSpanMs = 0;
        qint64 fromMs = std::numeric_limits<qint64>::min();
        qint64 toMs = std::numeric_limits<qint64>::max();
    };
    static bool read(const QString &path, Recording *recording, QString *error,
                     const Selection &selection);
    // Writes `recording` as a new recording file at `path` (replaced if there is one).
    // `statementTexts` false leaves the texts out (as a recorder would have).
    static bool write(const Recording &recording, const QString &path, bool statementTexts,
                      QString *error);

private:
    bool exec(const QString &sql);
    bool writeRecord(const QString &kind, const QString &targetId, const QDateTime &at,
                     const QJsonObject &data);
    bool ensureBatch();
    bool pruneBefore(qint64 beforeMs);
    bool giveSpaceBack();
    bool setUp();

    QString m_connection;
    QString m_path;
    bool m_statementTexts = true;
    bool m_inBatch = false;
    bool m_appending = false; // open(): a history, kept in WAL mode between runs
    QString m_lastError;
};

} // namespace sonde
