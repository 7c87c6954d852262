#pragma once

#include "HealthCheckContext.h"

#include <QHash>

namespace sonde {

class RedisClient;

// What the Redis check families share: INFO and the CONFIG values read once.
struct RedisCheckContext : HealthCheckContext
{
    RedisClient *client = nullptr;
    QHash<QString, QString> info;   // INFO fields
    QHash<QString, QString> config; // CONFIG GET values Sonde could read

    double infoNumber(const QString &key, double fallback = 0) const
    {
        bool ok = false;
        const double v = info.value(key).toDouble(&ok);
        return ok ? v : fallback;
    }
    QString policy() const { return info.value(QStringLiteral("maxmemory_policy")); }
    // An eviction policy is set: the server is used as a cache.
    bool evicts() const { return !policy().isEmpty() && policy() != QLatin1String("noeviction"); }
};

} // namespace sonde
