#pragma once

#include <QString>

namespace sonde {

// Where the server programs the sandbox needs are installed (Debian paths first; an
// environment variable overrides each: SONDE_PG_BINDIR, SONDE_PGBOUNCER, SONDE_REDIS_SERVER).
struct ServerBinaries
{
    QString pgBinDir; // holds initdb, pg_ctl, postgres
    int pgMajorVersion = 0;
    QString pgbouncer;
    QString redisServer;
    QString openssl; // makes the throw-away CA of a Redis with TLS

    QString initdb() const { return pgBinDir + QStringLiteral("/initdb"); }
    QString pgCtl() const { return pgBinDir + QStringLiteral("/pg_ctl"); }

    // Fills in what it finds; returns false with a message naming the missing program
    // and the package that provides it.
    static bool locate(bool needPgBouncer, bool needRedis, ServerBinaries *out, QString *error);
    // The openssl program (SONDE_OPENSSL overrides), into out->openssl.
    static bool locateOpenssl(ServerBinaries *out, QString *error);
};

} // namespace sonde
