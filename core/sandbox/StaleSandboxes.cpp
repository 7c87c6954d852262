#include "StaleSandboxes.h"

#include "MonitoringStack.h"

#include "ProcessRunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sonde::StaleSandboxes {
namespace {

QString processStartTime(qint64 pid)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray stat = f.readAll();
    // Field 2 (comm) may contain spaces: count fields after the closing parenthesis.
    const int close = stat.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // After comm: state is field 3, so starttime (field 22) is index 22 - 3 = 19.
    return fields.size() > 19 ? QString::fromLatin1(fields.at(19)) : QString();
}

bool processExists(qint64 pid)
{
    return isProcessAlive(pid);
}

// A pid file may be stale and its pid reused: only signal a process that runs from the
// sandbox directory (its working directory or command line mentions it).
bool belongsTo(qint64 pid, const QString &dir)
{
    const QString cwd = QFileInfo(u"/proc/%1/cwd"_s.arg(pid)).symLinkTarget();
    if (!cwd.isEmpty() && cwd.startsWith(dir))
        return true;
    QFile f(u"/proc/%1/cmdline"_s.arg(pid));
    if (f.open(QIODevice::ReadOnly)) {
        QByteArray cmd = f.readAll();
        cmd.replace('\0', ' ');
        if (QString::fromLocal8Bit(cmd).contains(dir))
            return true;
    }
    return false;
}

bool stopProcess(qint64 pid, int firstSignal)
{
    ::kill(pid_t(pid), firstSignal);
    for (int i = 0; i < 100 && processExists(pid); ++i)
        QThread::msleep(50);
    if (processExists(pid)) {
        ::kill(pid_t(pid), SIGKILL);
        for (int i = 0; i < 40 && processExists(pid); ++i)
            QThread::msleep(50);
    }
    return !processExists(pid);
}

} // namespace

QString currentOwnerStamp()
{
    const qint64 pid = QCoreApplication::applicationPid();
    return u"%1 %2"_s.arg(pid).arg(processStartTime(pid));
}

bool isOwnerAlive(const QString &sandboxDir)
{
    QFile f(sandboxDir + u"/owner"_s);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QStringList parts = QString::fromLatin1(f.readAll()).simplified().split(u' ');
    if (parts.size() < 2)
        return false;
    const qint64 pid = parts.at(0).toLongLong();
    return processExists(pid) && processStartTime(pid) == parts.at(1);
}

bool tearDown(const QString &sandboxDir, QString *report)
{
    const QString dir = QFileInfo(sandboxDir).absoluteFilePath();
    struct PidFile
    {
        QString path;
        int signal;
    };
    QList<PidFile> pidFiles = {
        {dir + u"/pgbouncer/pgbouncer.pid"_s, SIGTERM},
        {dir + u"/redis/redis.pid"_s, SIGTERM},
        {dir + u"/postgres/data/postmaster.pid"_s, SIGQUIT}, // immediate shutdown
    };
    // Prometheus and the exporters first: they would only log the servers going away.
    for (const QString &file : MonitoringStack::pidFiles())
        pidFiles.prepend({dir + u'/' + file, SIGTERM});
    QStringList stuck;
    for (const PidFile &pf : pidFiles) {
        const qint64 pid = readPidFile(pf.path);
        if (!processExists(pid) || !belongsTo(pid, dir))
            continue;
        if (!stopProcess(pid, pf.signal))
            stuck << QString::number(pid);
    }
    if (!stuck.isEmpty()) {
        if (report)
            *report = QCoreApplication::translate("Sandbox", "could not stop process %1 of %2")
                          .arg(stuck.join(u", "_s), dir);
        return false;
    }
    if (!QDir(dir).removeRecursively()) {
        if (report)
            *report = QCoreApplication::translate("Sandbox", "could not remove %1").arg(dir);
        return false;
    }
    return true;
}

QStringList cleanup(const QString &parentDir)
{
    QStringList cleaned;
    const QDir parent(parentDir);
    const QStringList entries =
        parent.entryList({QLatin1String(DirPrefix) + u'*'}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : entries) {
        const QString dir = parent.absoluteFilePath(name);
        if (isOwnerAlive(dir))
            continue;
        // A directory without an owner file may be one being created right now.
        if (!QFile::exists(dir + u"/owner"_s) &&
            QFileInfo(dir).lastModified().secsTo(QDateTime::currentDateTime()) < 60)
            continue;
        QString report;
        if (tearDown(dir, &report))
            cleaned << QCoreApplication::translate("Sandbox",
                                                   "cleaned up %1 left by a previous run")
                           .arg(dir);
        else
            cleaned << report;
    }
    return cleaned;
}

} // namespace sonde::StaleSandboxes
