#pragma once

#include "common/DbError.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace sonde {

// One row of pg_stat_activity. Durations are measured by the server (now() − …), in
// seconds; -1 when the column is null (no transaction, hidden by privileges…).
struct SessionInfo
{
    int pid = 0;
    int leaderPid = 0; // parallel workers: their leader's pid
    QString user;
    QString database;
    QString application;
    QString client; // address:port, "local" for a Unix socket
    QString backendType;
    QString state; // active, idle, idle in transaction, idle in transaction (aborted)…
    QString waitEventType;
    QString waitEvent;
    double transactionSeconds = -1;
    double querySeconds = -1;
    double stateSeconds = -1;
    qint64 queryId = 0;
    QString query;
    QList<int> blockedBy;
    // Age in transactions of the snapshot this session holds (it keeps VACUUM from
    // removing dead rows newer than that); -1 when it holds none.
    qint64 xminAge = -1;

    bool isClientBackend() const { return backendType == QLatin1String("client backend"); }
    bool isIdleInTransaction() const
    {
        return state.startsWith(QLatin1String("idle in transaction"));
    }
    bool isWaitingOnLock() const { return waitEventType == QLatin1String("Lock"); }
};

// The PostgreSQL source's feed of SessionSnapshot values (TargetMonitor::subscribe).
inline constexpr QLatin1String SessionsFeed("sessions");

struct SessionSnapshot
{
    QDateTime takenAt;
    QList<SessionInfo> sessions;
    // Non-empty when the role cannot see other users' queries.
    QString warning;
    DbError error;

    bool isValid() const { return !error.isError() && takenAt.isValid(); }
    const SessionInfo *byPid(int pid) const;
    // Pids of the sessions `pid` blocks directly.
    QList<int> blockedBy(int pid) const;
};

} // namespace sonde

Q_DECLARE_METATYPE(sonde::SessionSnapshot)
