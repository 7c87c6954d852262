#pragma once

#include "RedisEndpoint.h"
#include "Target.h"

#include <QCoreApplication>
#include <QString>

namespace sonde {

// A saved way to reach one server: PostgreSQL, a PgBouncer admin console, or Redis. It holds
// no secret: the password lives in the keychain (SecretStore) or in memory for the session.
// PostgreSQL fields follow libpq habits: any field left empty is filled by libpq at connect
// time from the PG* environment variables, the service file (service=…) and ~/.pgpass.
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
public:
    QString id; // stable, generated when first saved
    QString name;
    TargetKind kind = TargetKind::PostgreSQL;

    QString host;
    int port = 0; // 0 = default (5432, 6432 for PgBouncer, 6379 for Redis) or PGPORT
    QString user;
    // PostgreSQL: database name; PgBouncer: "pgbouncer" (the console).
    QString database;
    // PostgreSQL / PgBouncer: service name in pg_service.conf, sslmode, and any other libpq
    // keywords as key=value text (never a password).
    QString service;
    QString sslMode;
    QString extraOptions;
    // PgBouncer: the database applications reach through the pooler (for benchmarks).
    QString pooledDatabase;
    // Redis: database number and TLS (rediss://) with its certificate settings.
    int redisDatabase = 0;
    bool tls = false;
    RedisTlsOptions redisTls;

    // Refuse every action that writes to this server (DDL, cancel, terminate, …).
    bool readOnly = false;
    // Keep the password in the OS keychain (otherwise only in memory for the session).
    bool rememberPassword = true;

    // Reads a pasted URI or libpq conninfo: postgresql://, postgres://, key=value, redis://,
    // rediss://. The kind is guessed (dbname "pgbouncer" means the PgBouncer console); a
    // password in the text is handed back in *password, never kept in the profile.
    static bool fromUri(const QString &text, ConnectionProfile *out, QString *password,
                        QString *error);
    // What the user sees and may copy: never contains a password.
    QString displayUri() const;
    // The complete connection string, password (and a Redis client key's passphrase)
    // included when given: keep it in memory only.
    QString connectionUri(const QString &password, const QString &keyPassphrase = {}) const;
    // The Target the rest of Sonde works with.
    Target toTarget(const QString &password, const QString &keyPassphrase = {}) const;
    // Empty when the profile can be used; otherwise what is missing.
    QString problem() const;
    int effectivePort() const;
    // Key of this profile's password in the keychain.
    QString secretKey() const;
    // Redis over TLS with a client certificate: its key may need a passphrase.
    bool usesClientKey() const;
    // Key of that passphrase in the keychain.
    QString keyPassphraseSecretKey() const;
};

// What a profile needs from the keychain (or typed for the session): never in settings.
struct ProfileSecrets
{
    QString password;
    QString keyPassphrase; // of a Redis client key (mutual TLS)
};

// The kind a URI points at, or false when the text is not a connection string at all.
bool guessTargetKind(const QString &text, TargetKind *kind);

} // namespace sonde
