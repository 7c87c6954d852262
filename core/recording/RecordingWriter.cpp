#include "RecordingWriter.h"

namespace sonde {

RecordingWriter::RecordingWriter(int commitIntervalMs)
    : m_commit(this)
{
    m_commit.setInterval(commitIntervalMs);
    connect(&m_commit, &QTimer::timeout, this, [this] {
        QString error;
        if (!commit(&error))
            emit failed(error);
    });
}

void RecordingWriter::write(const std::function<bool(RecordingFile &)> &write)
{
    if (m_failed || !m_file.isOpen())
        return;
    if (!m_commit.isActive())
        m_commit.start();
    if (!write(m_file)) {
        m_failed = true;
        emit failed(RecordingFile::tr("Cannot write to the recording: %1").arg(m_file.lastError()));
    }
}

bool RecordingWriter::commit(QString *error)
{
    if (m_failed)
        return true; // said already
    if (m_file.commit(error))
        return true;
    m_failed = true;
    return false;
}

bool RecordingWriter::finish(QString *error)
{
    m_commit.stop();
    return m_file.finish(error);
}

} // namespace sonde
