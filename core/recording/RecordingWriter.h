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
    bool finish(QString *error);

signals:
    void failed(const QString &message);

private:
    RecordingFile m_file;
    QTimer m_commit;
    bool m_failed = false;
};

} // namespace sonde
