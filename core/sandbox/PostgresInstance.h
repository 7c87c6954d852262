#pragma once

#include "ProcessRunner.h"
#include "ServerBinaries.h"

#include <QCoreApplication>
#include <QString>

namespace sonde {

// A private PostgreSQL cluster in <sandbox>/postgres, listening on 127.0.0.1:port and on a
// Unix socket in <sandbox>/run (trust, superuser "postgres"); TCP logins need a password.
class PostgresInstance
{
    Q_DECLARE_TR_FUNCTIONS(PostgresInstance)
public:
    PostgresInstance(const QString &sandboxDir, const ServerBinaries &binaries, const RunAs &runAs);

    // initdb plus Sonde's settings (extensions preloaded, I/O timing, no fsync).
    bool initialize(int port, const QString &extraConfig, QString *error);
    bool start(QString *error);
    // fast: roll back open transactions and shut down cleanly; immediate: crash-stop.
    bool stop(bool immediate, QString *error);
    bool isRunning() const;
    // The port a running server listens on (after a failed start the port may change).
    int port() const { return m_port; }
    void setPort(int port);

    QString socketDir() const;
    QString dataDir() const;
    QString logFile() const;
    // Superuser conninfo over the Unix socket.
    QString superuserConnInfo(const QString &dbname) const;
    // Last lines of the server log, for error messages.
    QString logTail(int lines = 15) const;

private:
    bool writeConfig(QString *error);

    QString m_dir;
    ServerBinaries m_bin;
    RunAs m_runAs;
    int m_port = 0;
    QString m_extraConfig;
};

} // namespace sonde
