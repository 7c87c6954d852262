#pragma once

#include "monitoring/SnapshotDetail.h"

#include <QList>
#include <QString>

#include <cmath>

namespace sonde {

// One Redis command (commandstats + latencystats) over one sampling interval.
struct RedisCommandActivity
{
    QString command;
    double calls = 0; // Δcalls in the interval (Sonde's own subtracted)
    double callsPerSecond = 0;
    double meanMs = 0;           // Δusec / Δcalls in the interval
    double p50Ms = std::nan(""); // latencystats, since the last statistics reset
    double p99Ms = std::nan("");
    double p999Ms = std::nan("");
    qint64 totalCalls = 0; // since the last statistics reset
};

struct RedisActivity : SnapshotDetail
{
    QString summary(const Snapshot &snapshot) const override;
    QJsonObject toJson() const override;

    QString version;
    QString role;
    QString evictionPolicy;
    qint64 usedMemory = 0;
    qint64 maxMemory = 0; // 0 = no limit
    int clients = 0;      // Sonde's own excluded
    int maxClients = 0;   // 0 = unknown
    int blockedClients = 0;
    qint64 keys = 0;
    bool latencyStatsAvailable = false;
    // Commands run in the interval, busiest first.
    QList<RedisCommandActivity> commands;
};

} // namespace sonde
