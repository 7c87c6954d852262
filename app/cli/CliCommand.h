#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace sonde::cli {

// One `sonde-cli <name> …` command. `run` gets the arguments after the name and returns
// the process exit code (CliTarget.h: ExitCode).
struct CliCommand
{
    QString name;
    QString summary;
    QString usage;
    std::function<int(const QStringList &args)> run;
    // Takes a server as its target: its help says how targets and passwords are given.
    bool takesTarget = true;

    // The whole help: usage, targets and passwords, exit status.
    QString help() const;
};

// Every command, in the order `sonde-cli --help` lists them.
QList<CliCommand> allCommands();

// Runs the command line (argv[1..]); prints help / version / usage errors.
int runCli(const QStringList &args);

} // namespace sonde::cli
