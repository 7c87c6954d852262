#pragma once

#include "StatementSnapshot.h"

#include <QObject>
#include <QSet>

namespace sonde {

class PgPoller;

// Reads pg_stat_statements on its own thread with its own connection, every interval
// (default 10 s) and on demand (sampleNow: a refresh, or a marker the user sets). Emits each
// read as an immutable snapshot — or a snapshot carrying the error, then reconnects on the
// next tick. Reads texts only for statements it has not seen.
class StatementSampler : public QObject
{
    Q_OBJECT
public:
    explicit StatementSampler(QObject *parent = nullptr);
    ~StatementSampler() override;

    void start(const QString &conninfo, int intervalMs = 10000);
    void stop();
    bool isRunning() const;
    void sampleNow(const QString &reason = QStringLiteral("refresh"));
    void setInterval(int intervalMs);

signals:
    // Emitted from the sampler's thread; connections to GUI objects are queued.
    void snapshotTaken(const sonde::StatementSnapshot &snapshot);

private:
    PgPoller *m_poller;
    // Touched only on the poller's thread.
    QSet<StatementKey> m_knownTexts;
    QString m_privilegeWarning;
};

} // namespace sonde
