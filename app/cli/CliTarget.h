#pragma once

#include "connection/Target.h"

#include <QCoreApplication>
#include <QString>

class QCommandLineParser;

namespace sonde::cli {

// The exit status of every command: `sonde-cli --help`, sonde-cli(1) and the README say
// the same (exitStatusHelp()).
enum ExitCode : int
{
    ExitOk = 0,
    // The server could not be reached or did not answer in time, refused the login, or the
    // work failed on it.
    ExitFailed = 1,
    // A usage error or bad input (options, the target, an input file): nothing was sent.
    ExitUsage = 2,
    // A write that was not confirmed (or declined at the prompt), or one that read-only mode
    // forbids: nothing was changed.
    ExitRefused = 3,
};

// The target argument every command takes (see TargetArgument) and the options that go
// with it: --password-stdin.
class CliTarget
{
    Q_DECLARE_TR_FUNCTIONS(CliTarget)
public:
    enum class Need
    {
        Any,        // PostgreSQL, PgBouncer's console or Redis (sample)
        PostgreSQL, // statements, plans, indexes: not Redis, not PgBouncer's console
    };

    static void addOptions(QCommandLineParser &parser);
    // Resolves `text`; on failure prints why and returns ExitUsage, else ExitOk. The
    // password from --password-stdin is read once per process and given to the first target
    // resolved with `primary`.
    static int resolve(const QCommandLineParser &parser, const QString &text, Need need,
                       Target *out, bool primary = true);
    // Convenience for commands that only need the URI.
    static int resolveUri(const QCommandLineParser &parser, const QString &text, Need need,
                          QString *uri, bool primary = true);

    // The help text about targets and passwords, and about exit codes, appended to every
    // command's usage.
    static QString targetHelp();
    static QString exitStatusHelp();
};

} // namespace sonde::cli
