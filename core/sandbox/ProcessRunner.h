#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace sonde {

// The unprivileged account servers run as when Sonde itself runs as root (initdb, pg_ctl
// and pgbouncer refuse to run as root). Inactive when Sonde is not root.
struct RunAs
{
    bool active = false;
    uid_t uid = 0;
    gid_t gid = 0;
    QString name;

    // Resolves `preferred` (default "postgres", then "nobody") when running as root.
    static bool resolve(const QString &preferred, RunAs *out, QString *error);
};

struct ProcessResult
{
    bool started = false;
    bool timedOut = false;
    int exitCode = -1;
    QString output; // stdout and stderr merged

    bool ok() const { return started && !timedOut && exitCode == 0; }
};

// Runs a program to completion (or until the timeout, when it is killed) as `runAs`.
ProcessResult runProcess(const QString &program, const QStringList &args, const RunAs &runAs,
                         int timeoutMs, const QString &workingDir = {});

// Creates a directory (and parents) owned by `runAs`, mode 0700.
bool makeDirectoryAs(const QString &path, const RunAs &runAs, QString *error);
// Writes a file owned by `runAs` with the given permissions.
bool writeFileAs(const QString &path, const QByteArray &content, const RunAs &runAs,
                 QFileDevice::Permissions permissions, QString *error);

// True when the process exists and is not a zombie (a daemon's exit may not be reaped
// promptly by PID 1 in a container).
bool isProcessAlive(qint64 pid);
// First line of a pid file as a number; 0 when absent.
qint64 readPidFile(const QString &path);

} // namespace sonde
