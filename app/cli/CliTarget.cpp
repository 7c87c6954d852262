#include "CliTarget.h"

#include "CliOutput.h"
#include "common/BoundedRead.h"
#include "common/Redaction.h"
#include "connection/PgErrors.h"
#include "connection/TargetArgument.h"

#include <QCommandLineParser>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace sonde::cli {
namespace {

const QString PasswordStdin = u"password-stdin"_s;

// The password typed on stdin, read once: nullopt when it could not be read.
std::optional<QString> stdinPassword(QString *error)
{
    static bool read = false;
    static std::optional<QString> password;
    static QString readError;
    if (!read) {
        read = true;
        QByteArray line;
        if (BoundedRead::readLine(stdin, &line, &readError))
            password = QString::fromUtf8(line);
        else if (readError.isEmpty())
            readError = CliTarget::tr("--password-stdin: standard input is empty.");
    }
    *error = readError;
    return password;
}

} // namespace

void CliTarget::addOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(PasswordStdin));
}

int CliTarget::resolve(const QCommandLineParser &parser, const QString &text, Need need,
                       Target *out, bool primary)
{
    TargetArgument::Options options;
    if (primary && parser.isSet(PasswordStdin)) {
        QString error;
        const std::optional<QString> password = stdinPassword(&error);
        if (!password) {
            printErr(error);
            return ExitUsage;
        }
        options.password = *password;
    }
    QString error;
    QStringList notes;
    if (!TargetArgument::resolve(text, options, out, &error, &notes)) {
        printErr(error);
        return ExitUsage;
    }
    for (const QString &note : std::as_const(notes))
        printErr(note);
    if (need == Need::PostgreSQL && out->kind == TargetKind::Redis) {
        printErr(tr("%1 is a Redis server: this command works on PostgreSQL.").arg(out->name));
        return ExitUsage;
    }
    if (need == Need::PostgreSQL && out->kind == TargetKind::PgBouncer) {
        printErr(pgbouncerConsoleError(out->name).message);
        return ExitUsage;
    }
    return ExitOk;
}

int CliTarget::resolveUri(const QCommandLineParser &parser, const QString &text, Need need,
                          QString *uri, bool primary)
{
    Target t;
    const int code = resolve(parser, text, need, &t, primary);
    if (code == ExitOk)
        *uri = t.uri;
    return code;
}

QString CliTarget::targetHelp()
{
    return tr("Targets and passwords:\n"
              "  <uri> is a postgresql:// or redis:// URI, key=value conninfo, or the name of a\n"
              "  connection profile saved in the Sonde window (its password comes from the\n"
              "  keychain). Keep passwords off the command line, where ps shows them:\n"
              "  --password-stdin   read the password from the first line of standard input\n"
              "  PGPASSWORD, ~/.pgpass, service=…\n"
              "                     libpq's own habits, for PostgreSQL and PgBouncer\n"
              "  REDISCLI_AUTH      the Redis password, as redis-cli reads it\n"
              "  Messages never show a password, and at most %1 characters of a URI.")
        .arg(Redaction::MaxShownChars);
}

QString CliTarget::exitStatusHelp()
{
    return tr("Exit status (the same for every command):\n"
              "  0  done\n"
              "  1  failed: the server could not be reached or did not answer in time, refused\n"
              "     the login, or the work failed on it\n"
              "  2  usage error or bad input (options, the target, an input file): nothing was\n"
              "     sent to a server\n"
              "  3  refused: a write not confirmed or declined, or forbidden by read-only mode;\n"
              "     nothing was changed");
}

} // namespace sonde::cli
