#include "RecordingWriter.h"

#include <QDateTime>

namespace sonde {

RecordingWriter::RecordingWriter(int commitIntervalMs)
    : m_commit(this)
    , m_prune(this)
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

void RecordingWriter::keepFor(qint64 retentionMs, qint64 maxBytes, int intervalMs)
{
    const auto prune = [this, retentionMs, maxBytes] {
        if (m_failed)
            return;
        const qint64 before = QDateTime::currentMSecsSinceEpoch() - retentionMs;
        QString error;
        if (!m_file.prune(before, maxBytes, &error)) {
            m_failed = true;
            emit failed(error);
        }
    };
    QTimer::singleShot(0, this, prune);
    m_prune.setInterval(intervalMs);
    connect(&m_prune, &QTimer::timeout, this, prune);
    m_prune.start();
}

bool RecordingWriter::finish(QString *error)
{
    m_commit.stop();
    m_prune.stop();
    return m_file.finish(error);
}

} // namespace sonde
