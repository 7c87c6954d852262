#include "ChangesCommand.h"

#include "ApplyRunner.h"
#include "CliOutput.h"
#include "CliTarget.h"
#include "common/DisplayFormat.h"
#include "indexes/ChangeLog.h"
#include "indexes/IndexChangeService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sonde::cli {
namespace {

// Translation context for the messages of this file (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChangesCommand)
};

const char *const Usage =
    "Usage: sonde-cli changes [<uri>] [options]\n"
    "\n"
    "Lists the changes Sonde made (newest first): index builds and drops, setting changes and\n"
    "health fixes; when, where, who, the statement, the revert statement and the outcome. With a "
    "URI, first cleans up after builds on that\n"
    "server that a crash or kill interrupted (their INVALID indexes), and lists only its\n"
    "changes.\n"
    "\n"
    "Options:\n"
    "  --json     print the changes as one JSON object\n"
    "  --limit N  at most N changes (default 50)";

int runChanges(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption limit(u"limit"_s, {}, u"N"_s, u"50"_s);
    parser.addOptions({json, limit});
    CliTarget::addOptions(parser);
    if (!parser.parse(QStringList{u"sonde-cli changes"_s} + args) ||
        parser.positionalArguments().size() > 1) {
        printErr(parser.errorText().isEmpty() ? Text::tr("Give at most one URI.")
                                              : parser.errorText());
        printErr(QString::fromLatin1(Usage));
        return ExitUsage;
    }
    QString target;
    bool unchecked = false; // the server could not be reached: the list is still shown
    if (parser.positionalArguments().size() == 1) {
        QString uri;
        if (const int code = CliTarget::resolveUri(parser, parser.positionalArguments().first(),
                                                   CliTarget::Need::PostgreSQL, &uri))
            return code;
        if (const DbError err = ApplyRunner::reportInterruptedBuilds(uri)) {
            printErr(Text::tr("Interrupted builds could not be checked: %1").arg(err.toString()));
            unchecked = true;
        }
        QString error;
        if (!IndexChangeService::changeLogTarget(uri, &target, &error)) {
            printErr(error);
            return ExitUsage;
        }
    }
    ChangeLog log;
    QString error;
    if (!log.open(&error)) {
        printErr(error);
        return ExitFailed;
    }
    QList<IndexChange> changes;
    for (const IndexChange &c : log.all(parser.value(limit).toInt())) {
        if (target.isEmpty() || c.target == target)
            changes << c;
    }
    if (parser.isSet(json)) {
        QJsonArray a;
        for (const IndexChange &c : changes)
            a.append(c.toJson());
        printJson(QJsonObject{{u"log"_s, log.path()}, {u"changes"_s, a}});
        return unchecked ? ExitFailed : ExitOk;
    }
    if (changes.isEmpty())
        printOut(Text::tr("No changes recorded in %1.").arg(log.path()));
    for (const IndexChange &c : changes) {
        printOut(u"#%1  %2  %3  %4  %5"_s.arg(c.id)
                     .arg(DisplayFormat::dateTime(c.startedAt))
                     .arg(changeOutcomeName(c.outcome), -11)
                     .arg(c.target, c.user));
        printOut(u"     "_s + terminated(c.ddl).join(u"\n     "_s));
        if (!c.revertDdl.isEmpty() && c.revertOf == 0 && c.action != IndexChange::Action::Drop)
            printOut(u"     "_s + Text::tr("revert: %1;").arg(c.revertDdl));
        if (!c.message.isEmpty())
            printOut(u"     "_s + c.message);
    }
    return unchecked ? ExitFailed : ExitOk;
}

} // namespace

CliCommand changesCommand()
{
    return {u"changes"_s, Text::tr("list the changes Sonde made (the change log)"),
            QString::fromLatin1(Usage), runChanges};
}

} // namespace sonde::cli
