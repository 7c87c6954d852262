#pragma once

#include "SessionSnapshot.h"

#include <QObject>

namespace sonde {

class PgPoller;

// Reads pg_stat_activity (with the blocking pids) on its own thread and connection, every
// interval (default 2 s) and on demand; emits each read as an immutable snapshot (or one
// carrying the error; it reconnects on the next tick).
class SessionSampler : public QObject
{
    Q_OBJECT
public:
    explicit SessionSampler(QObject *parent = nullptr);
    ~SessionSampler() override;

    void start(const QString &conninfo, int intervalMs = 2000);
    void stop();
    bool isRunning() const;
    void sampleNow();
    void setInterval(int intervalMs);

signals:
    void snapshotTaken(const sonde::SessionSnapshot &snapshot);

private:
    PgPoller *m_poller;
};

} // namespace sonde
