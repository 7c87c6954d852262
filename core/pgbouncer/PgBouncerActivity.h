#pragma once

#include "monitoring/SnapshotDetail.h"

#include <QList>
#include <QString>

namespace sonde {

// One PgBouncer pool (database + user) as SHOW POOLS reported it.
struct PoolActivity
{
    QString database;
    QString user;
    QString mode;
    int clientsActive = 0;
    int clientsWaiting = 0;
    int serversActive = 0;
    int serversIdle = 0;
    int serversUsed = 0;
    int serversOther = 0; // tested + login
    int poolSize = 0;     // 0 when unknown
    double maxWaitSeconds = 0;

    double serverUsePercent() const { return poolSize > 0 ? 100.0 * serversActive / poolSize : 0; }
};

struct PgBouncerActivity : SnapshotDetail
{
    QString summary(const Snapshot &snapshot) const override;
    QJsonObject toJson() const override;

    QString version;
    int maxClientConnections = 0;
    int defaultPoolSize = 0;
    QList<PoolActivity> pools; // the admin console's own pool excluded
};

} // namespace sonde
