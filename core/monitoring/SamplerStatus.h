#pragma once

#include "common/DbError.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sonde {

// What a sampler is doing, for the dashboard's target strip and the CLI.
struct SamplerStatus
{
    enum class State
    {
        Connecting,   // first connection attempt
        Sampling,     // connected, reading every interval
        Reconnecting, // lost or never reached: next attempt at `nextAttempt`
        Paused,       // the user paused polling
        Stopped,
    };

    QString targetId;
    State state = State::Connecting;
    DbError lastError;     // why the last attempt or reading failed (kept while Sampling)
    QDateTime since;       // when the state began
    QDateTime nextAttempt; // Reconnecting: when the next attempt starts
    QString serverVersion; // "PostgreSQL 15.18", "Redis 7.0.15", "PgBouncer 1.18.0"
    QStringList notes;     // what is unavailable and why (missing extension, privilege)
    int intervalMs = 1000;
    bool connected = false; // a connection is open (also while Paused: feeds keep reading)

    bool isHealthy() const { return state == State::Sampling; }
};

QString samplerStateName(SamplerStatus::State state);
// One line for the dashboard and the CLI: "sampling every 1 s", "reconnecting in 4 s: …".
QString describeStatus(const SamplerStatus &status, const QDateTime &now);

} // namespace sonde

Q_DECLARE_METATYPE(sonde::SamplerStatus)
