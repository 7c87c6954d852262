#pragma once

#include "monitoring/SnapshotDetail.h"

#include <QList>
#include <QString>

namespace sonde {

// One statement of pg_stat_statements over one sampling interval.
struct StatementActivity
{
    qint64 queryId = 0;
    QString query;      // normalized text ($1 …), shortened
    QString user;       // role name, when known
    QString database;   // database name, when known
    double calls = 0;   // Δcalls
    double totalMs = 0; // Δtotal_exec_time
    double rows = 0;    // Δrows
    double sharedHit = 0;
    double sharedRead = 0;

    double meanMs() const { return calls > 0 ? totalMs / calls : 0; }
};

// What a PostgreSQL sampler saw besides the charted numbers: the statements of the
// interval, the sessions and the longest running statement.
struct PostgresActivity : SnapshotDetail
{
    QString summary(const Snapshot &snapshot) const override;
    QJsonObject toJson() const override;

    int serverVersion = 0;
    bool statementsAvailable = false;
    double intervalSeconds = 0;
    // Busiest statements of the interval by Δtotal_exec_time, at most 50.
    QList<StatementActivity> statements;
    int active = 0;
    int idle = 0;
    int idleInTransaction = 0;
    int waitingOnLocks = 0;
    int connections = 0;       // client backends, Sonde's included
    int usableConnections = 0; // max_connections − reserved slots
    // The longest running statement (not Sonde's), when any runs.
    int longestPid = 0;
    double longestSeconds = 0;
    QString longestUser;
    QString longestQuery;
};

} // namespace sonde
