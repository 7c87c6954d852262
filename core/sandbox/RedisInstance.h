#pragma once

#include "ProcessRunner.h"
#include "ServerBinaries.h"

#include <QCoreApplication>
#include <QString>

namespace sonde {

// The certificate files of a Redis that speaks TLS.
struct RedisTlsFiles
{
    QString caFile;   // the CA clients' certificates must be signed by (and the server's is)
    QString certFile; // the server's certificate and key
    QString keyFile;

    bool isEnabled() const { return !certFile.isEmpty(); }
};

// A private Redis in <sandbox>/redis: password-protected, latency tracking on, a slow log
// threshold low enough to catch a demo's slow commands, bounded memory with LRU eviction.
// With TLS files it listens only for TLS (tls-port; a client certificate is optional).
class RedisInstance
{
    Q_DECLARE_TR_FUNCTIONS(RedisInstance)
public:
    RedisInstance(const QString &sandboxDir, const ServerBinaries &binaries, const RunAs &runAs);

    // Before start(): the port then speaks TLS only.
    void setTls(const RedisTlsFiles &files) { m_tls = files; }
    const RedisTlsFiles &tls() const { return m_tls; }
    QString directory() const { return m_dir; }

    bool start(int port, const QString &password, int maxMemoryMb, QString *error);
    bool stop(QString *error);
    bool isRunning() const;
    int port() const { return m_port; }
    QString logTail(int lines = 10) const;

private:
    QString m_dir;
    ServerBinaries m_bin;
    RunAs m_runAs;
    RedisTlsFiles m_tls;
    int m_port = 0;
};

} // namespace sonde
