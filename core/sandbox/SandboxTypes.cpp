#include "SandboxTypes.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace sonde {

QString SandboxOptions::effectiveParentDir() const
{
    if (!parentDir.isEmpty())
        return parentDir;
    const QString env = qEnvironmentVariable("SONDE_SANDBOX_DIR");
    return env.isEmpty() ? QDir::tempPath() : env;
}

QString SandboxEndpoints::superuserFor(const QString &dbname) const
{
    return u"host=%1 port=%2 user=postgres dbname=%3"_s.arg(postgresSocketDir)
        .arg(postgresPort)
        .arg(dbname);
}

QJsonObject SandboxEndpoints::toJson() const
{
    QJsonObject o;
    o.insert(u"postgres"_s, postgres);
    o.insert(u"postgres_monitor"_s, postgresMonitor);
    o.insert(u"postgres_app"_s, postgresApp);
    o.insert(u"postgres_superuser"_s, postgresSuperuser);
    o.insert(u"pgbouncer"_s, pgbouncer);
    o.insert(u"pgbouncer_admin"_s, pgbouncerAdmin);
    o.insert(u"redis"_s, redis);
    if (!redisCaFile.isEmpty()) {
        o.insert(u"redis_ca_file"_s, redisCaFile);
        o.insert(u"redis_client_cert"_s, redisClientCert);
        o.insert(u"redis_client_key"_s, redisClientKey);
    }
    if (!prometheus.isEmpty())
        o.insert(u"prometheus"_s, prometheus);
    o.insert(u"directory"_s, directory);
    o.insert(u"database"_s, database);
    o.insert(u"postgres_port"_s, postgresPort);
    o.insert(u"pgbouncer_port"_s, pgbouncerPort);
    o.insert(u"redis_port"_s, redisPort);
    o.insert(u"postgres_socket_dir"_s, postgresSocketDir);
    return o;
}

SandboxEndpoints SandboxEndpoints::fromJson(const QJsonObject &o)
{
    SandboxEndpoints e;
    e.postgres = o.value(u"postgres"_s).toString();
    e.prometheus = o.value(u"prometheus"_s).toString();
    e.postgresMonitor = o.value(u"postgres_monitor"_s).toString();
    e.postgresApp = o.value(u"postgres_app"_s).toString();
    e.postgresSuperuser = o.value(u"postgres_superuser"_s).toString();
    e.pgbouncer = o.value(u"pgbouncer"_s).toString();
    e.pgbouncerAdmin = o.value(u"pgbouncer_admin"_s).toString();
    e.redis = o.value(u"redis"_s).toString();
    e.redisCaFile = o.value(u"redis_ca_file"_s).toString();
    e.redisClientCert = o.value(u"redis_client_cert"_s).toString();
    e.redisClientKey = o.value(u"redis_client_key"_s).toString();
    e.directory = o.value(u"directory"_s).toString();
    e.database = o.value(u"database"_s).toString();
    e.postgresPort = o.value(u"postgres_port"_s).toInt();
    e.pgbouncerPort = o.value(u"pgbouncer_port"_s).toInt();
    e.redisPort = o.value(u"redis_port"_s).toInt();
    e.postgresSocketDir = o.value(u"postgres_socket_dir"_s).toString();
    return e;
}

} // namespace sonde
