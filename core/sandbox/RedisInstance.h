#pragma once

#include "ProcessRunner.h"
#include "ServerBinaries.h"

#include <QCoreApplication>
#include <QString>

namespace sonde {

// A private Redis in <sandbox>/redis: password-protected, latency tracking on, a slow log
// threshold low enough to catch a demo's slow commands, bounded memory with LRU eviction.
class RedisInstance
{
    Q_DECLARE_TR_FUNCTIONS(RedisInstance)
public:
    RedisInstance(const QString &sandboxDir, const ServerBinaries &binaries, const RunAs &runAs);

    bool start(int port, const QString &password, int maxMemoryMb, QString *error);
    bool stop(QString *error);
    bool isRunning() const;
    int port() const { return m_port; }
    QString logTail(int lines = 10) const;

private:
    QString m_dir;
    ServerBinaries m_bin;
    RunAs m_runAs;
    int m_port = 0;
};

} // namespace sonde
