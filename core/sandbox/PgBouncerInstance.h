#pragma once

#include "ProcessRunner.h"
#include "ServerBinaries.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace sonde {

// PgBouncer in transaction mode in front of the sandbox's PostgreSQL, with its admin
// console open to `adminUser` and `statsUser`.
class PgBouncerInstance
{
    Q_DECLARE_TR_FUNCTIONS(PgBouncerInstance)
public:
    struct Config
    {
        int port = 0;
        int postgresPort = 0;
        int poolSize = 10;
        QString poolMode = QStringLiteral("transaction");
        QString adminUser;
        QString statsUser;
        QList<QPair<QString, QString>> users; // name, password
    };

    PgBouncerInstance(const QString &sandboxDir, const ServerBinaries &binaries,
                      const RunAs &runAs);

    bool configure(const Config &config, QString *error);
    bool start(QString *error);
    bool stop(QString *error);
    bool isRunning() const;
    int port() const { return m_config.port; }
    QString logTail(int lines = 10) const;

private:
    qint64 pid() const;

    QString m_dir;
    ServerBinaries m_bin;
    RunAs m_runAs;
    Config m_config;
};

// Waits until something accepts TCP connections on 127.0.0.1:port.
bool waitForPort(int port, int timeoutMs);

} // namespace sonde
