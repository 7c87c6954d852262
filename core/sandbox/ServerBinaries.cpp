#include "ServerBinaries.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

bool isExecutable(const QString &path)
{
    const QFileInfo fi(path);
    return fi.isFile() && fi.isExecutable();
}

QString findProgram(const QString &envVar, const QString &name)
{
    const QString fromEnv = qEnvironmentVariable(envVar.toLatin1().constData());
    if (!fromEnv.isEmpty())
        return isExecutable(fromEnv) ? fromEnv : QString();
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(
            name, {u"/usr/sbin"_s, u"/usr/local/sbin"_s, u"/usr/bin"_s, u"/usr/local/bin"_s});
    return found;
}

QString missing(const QString &program, const QString &package, const QString &envVar)
{
    return QCoreApplication::translate(
               "Sandbox", "The demo sandbox needs %1, which is not installed: run "
                          "scripts/install-deps (Debian package %2), or point %3 at it.")
        .arg(program, package, envVar);
}

} // namespace

bool ServerBinaries::locate(bool needPgBouncer, bool needRedis, ServerBinaries *out, QString *error)
{
    ServerBinaries b;
    const QString pgFromEnv = qEnvironmentVariable("SONDE_PG_BINDIR");
    QStringList dirs;
    if (!pgFromEnv.isEmpty()) {
        dirs << pgFromEnv;
    } else {
        // Sonde is built and tested against PostgreSQL 15; newer majors work as well.
        for (int v : {15, 16, 17, 18, 14, 13, 12})
            dirs << u"/usr/lib/postgresql/%1/bin"_s.arg(v);
    }
    for (const QString &d : dirs) {
        if (isExecutable(d + u"/initdb"_s) && isExecutable(d + u"/pg_ctl"_s) &&
            isExecutable(d + u"/postgres"_s)) {
            b.pgBinDir = d;
            const QString parent = QFileInfo(d).dir().dirName();
            b.pgMajorVersion = parent.toInt();
            break;
        }
    }
    if (b.pgBinDir.isEmpty()) {
        if (error)
            *error = missing(u"PostgreSQL 15 (initdb, pg_ctl, postgres)"_s, u"postgresql-15"_s,
                             u"SONDE_PG_BINDIR"_s);
        return false;
    }
    if (needPgBouncer) {
        b.pgbouncer = findProgram(u"SONDE_PGBOUNCER"_s, u"pgbouncer"_s);
        if (b.pgbouncer.isEmpty()) {
            if (error)
                *error = missing(u"PgBouncer"_s, u"pgbouncer"_s, u"SONDE_PGBOUNCER"_s);
            return false;
        }
    }
    if (needRedis) {
        b.redisServer = findProgram(u"SONDE_REDIS_SERVER"_s, u"redis-server"_s);
        if (b.redisServer.isEmpty()) {
            if (error)
                *error =
                    missing(u"Redis (redis-server)"_s, u"redis-server"_s, u"SONDE_REDIS_SERVER"_s);
            return false;
        }
    }
    *out = b;
    return true;
}

bool ServerBinaries::locateOpenssl(ServerBinaries *out, QString *error)
{
    out->openssl = findProgram(u"SONDE_OPENSSL"_s, u"openssl"_s);
    if (out->openssl.isEmpty()) {
        if (error)
            *error = missing(u"openssl"_s, u"openssl"_s, u"SONDE_OPENSSL"_s);
        return false;
    }
    return true;
}

} // namespace sonde
