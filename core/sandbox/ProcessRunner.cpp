#include "ProcessRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <cerrno>
#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sonde {

bool RunAs::resolve(const QString &preferred, RunAs *out, QString *error)
{
    *out = RunAs();
    if (::geteuid() != 0)
        return true;
    QStringList candidates;
    if (!preferred.isEmpty())
        candidates << preferred;
    candidates << u"postgres"_s << u"nobody"_s;
    for (const QString &name : candidates) {
        const QByteArray n = name.toLocal8Bit();
        if (const passwd *pw = ::getpwnam(n.constData())) {
            out->active = true;
            out->uid = pw->pw_uid;
            out->gid = pw->pw_gid;
            out->name = name;
            return true;
        }
    }
    if (error) {
        *error = QCoreApplication::translate(
                     "Sandbox",
                     "Sonde runs as root, but the servers must run as an unprivileged user "
                     "and none was found (tried %1): create one or run Sonde as a normal user.")
                     .arg(candidates.join(u", "_s));
    }
    return false;
}

ProcessResult runProcess(const QString &program, const QStringList &args, const RunAs &runAs,
                         int timeoutMs, const QString &workingDir)
{
    ProcessResult result;
    QProcess proc;
    proc.setProgram(program);
    proc.setArguments(args);
    proc.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDir.isEmpty())
        proc.setWorkingDirectory(workingDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Libpq variables of the user's shell must not steer the sandbox's own tools.
    for (const QString &key : env.keys()) {
        if (key.startsWith(u"PG"_s))
            env.remove(key);
    }
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    if (runAs.active) {
        env.insert(u"HOME"_s, workingDir.isEmpty() ? QDir::tempPath() : workingDir);
        env.insert(u"USER"_s, runAs.name);
        env.insert(u"LOGNAME"_s, runAs.name);
        const uid_t uid = runAs.uid;
        const gid_t gid = runAs.gid;
        // Only async-signal-safe calls here: this runs in the child between fork and exec.
        proc.setChildProcessModifier([uid, gid]() {
            if (::setgroups(1, &gid) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
                ::_exit(126);
        });
    }
    proc.setProcessEnvironment(env);
    proc.start();
    if (!proc.waitForStarted(10000)) {
        result.output = proc.errorString();
        return result;
    }
    result.started = true;
    if (!proc.waitForFinished(timeoutMs)) {
        result.timedOut = true;
        proc.kill();
        proc.waitForFinished(2000);
    }
    result.output = QString::fromLocal8Bit(proc.readAll());
    result.exitCode = proc.exitStatus() == QProcess::NormalExit ? proc.exitCode() : -1;
    if (result.exitCode == 126 && runAs.active && result.output.isEmpty())
        result.output = u"could not switch to user %1"_s.arg(runAs.name);
    return result;
}

bool makeDirectoryAs(const QString &path, const RunAs &runAs, QString *error)
{
    if (!QDir().mkpath(path)) {
        if (error)
            *error =
                QCoreApplication::translate("Sandbox", "Cannot create the directory %1.").arg(path);
        return false;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (runAs.active && ::chown(QFile::encodeName(path).constData(), runAs.uid, runAs.gid) != 0) {
        if (error)
            *error = QCoreApplication::translate("Sandbox", "Cannot give %1 to user %2.")
                         .arg(path, runAs.name);
        return false;
    }
    return true;
}

bool writeFileAs(const QString &path, const QByteArray &content, const RunAs &runAs,
                 QFileDevice::Permissions permissions, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size()) {
        if (error)
            *error = QCoreApplication::translate("Sandbox", "Cannot write %1: %2")
                         .arg(path, f.errorString());
        return false;
    }
    f.close();
    f.setPermissions(permissions);
    if (runAs.active && ::chown(QFile::encodeName(path).constData(), runAs.uid, runAs.gid) != 0) {
        if (error)
            *error = QCoreApplication::translate("Sandbox", "Cannot give %1 to user %2.")
                         .arg(path, runAs.name);
        return false;
    }
    return true;
}

bool isProcessAlive(qint64 pid)
{
    if (pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno != EPERM))
        return false;
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return true;
    const QByteArray stat = f.readAll();
    const int close = stat.lastIndexOf(')');
    return close < 0 || stat.size() <= close + 2 || stat.at(close + 2) != 'Z';
}

qint64 readPidFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readLine().trimmed().toLongLong();
}

} // namespace sonde
