#pragma once

#include "RecordingFile.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace sonde {

// The recorder's file, on the recorder's writer thread: what the recorder posts is written
// into the open batch, committed every commit interval.
class RecordingWriter : public QObject
{
    Q_OBJECT
public:
    explicit RecordingWriter(int commitIntervalMs);

    RecordingFile &file() { return m_file; }
    // Runs one write on this thread; a failed write stops the writer and says why.
    void write(const std::function<bool(RecordingFile &)> &write);
    bool commit(QString *error);
    // Retention: the file is trimmed now and every `intervalMs` to `retentionMs` and
    // `maxBytes` (0: no cap).
    void keepFor(qint64 retentionMs, qint64 maxBytes, int intervalMs);
    bool finish(QString *error);

signals:
    void failed(const QString &message);

private:
    RecordingFile m_file;
    QTimer m_commit;
    QTimer m_prune;
    bool m_failed = false;
};

} // namespace sonde
