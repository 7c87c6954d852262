#include "ShellCommand.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

extern char **environ;

namespace sonde {
namespace {

// Starts /bin/sh -c command with its standard output on `out`; the child's pid, or -1.
pid_t spawnShell(const std::string &command, int out)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out, STDOUT_FILENO);
    const char *argv[] = {"sh", "-c", command.c_str(), nullptr};
    pid_t pid = -1;
    const int rc =
        posix_spawn(&pid, "/bin/sh", &actions, nullptr, const_cast<char *const *>(argv), environ);
    posix_spawn_file_actions_destroy(&actions);
    return rc == 0 ? pid : -1;
}

int waitFor(pid_t pid)
{
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

} // namespace

bool ShellCommand::run(const std::string &command, QString *error)
{
    const pid_t pid = spawnShell(command, STDERR_FILENO);
    if (pid < 0) {
        *error = tr("could not launch shell command: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    const int status = waitFor(pid);
    if (status != 0) {
        *error = tr("the shell command \"%1\" failed (exit status %2)")
                     .arg(QString::fromStdString(command))
                     .arg(status);
        return false;
    }
    return true;
}

bool ShellCommand::read(const std::string &command, std::string *firstLine, QString *error)
{
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) {
        *error = tr("could not launch shell command: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    const pid_t pid = spawnShell(command, fds[1]);
    close(fds[1]);
    if (pid < 0) {
        close(fds[0]);
        *error = tr("could not launch shell command: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    std::string output;
    char buf[512];
    for (;;) {
        const ssize_t n = ::read(fds[0], buf, sizeof buf);
        if (n > 0) {
            output.append(buf, size_t(n));
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        break;
    }
    close(fds[0]);
    waitFor(pid);
    // pgbench reads one line of at most 63 bytes.
    const size_t newline = output.find('\n');
    *firstLine = output.substr(
        0, std::min<size_t>(newline == std::string::npos ? output.size() : newline + 1, 63));
    if (firstLine->empty()) {
        *error = tr("could not read result of shell command \"%1\": it printed nothing")
                     .arg(QString::fromStdString(command));
        return false;
    }
    return true;
}

} // namespace sonde
