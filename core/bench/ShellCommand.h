#pragma once

#include <QCoreApplication>
#include <QString>

#include <string>

namespace sonde {

// Runs a script's \shell or \setshell command with /bin/sh, as pgbench does, and waits for
// it. What \shell prints goes to standard error (standard output belongs to Sonde's own
// report); \setshell reads the first line the command prints.
class ShellCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShellCommand)
public:
    // False with *error when the command cannot start or exits with a failure status.
    static bool run(const std::string &command, QString *error);
    // False with *error when the command cannot start or prints nothing.
    static bool read(const std::string &command, std::string *firstLine, QString *error);
};

} // namespace sonde
