#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace sonde::test {

// The sonde-cli under test: $SONDE_CLI_UNDER_TEST when set (to run a suite against another
// build, e.g. the one before a fix), else the one built with the tests.
QString cliPath();

struct CliOptions
{
    // Added to the test's own environment.
    QProcessEnvironment env;
    // Written to the command's stdin, which is then closed.
    QByteArray input;
    // Generous: a bound on a hang, not a speed goal.
    int timeoutMs = 180000;
};

struct CliResult
{
    int exitCode = -1; // -1: crashed or killed after timeoutMs
    bool finished = false;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    QByteArray all() const { return out + err; }
    // For QVERIFY2: the command line's outcome in one line.
    QByteArray describe() const;
};

CliResult runCli(const QStringList &args, const CliOptions &options = {});

// A private data directory ($SONDE_DATA_DIR, $XDG_DATA_HOME and $HOME) for commands that
// write local stores, so tests never touch the user's.
QProcessEnvironment isolatedEnvironment(const QString &dir);

} // namespace sonde::test
