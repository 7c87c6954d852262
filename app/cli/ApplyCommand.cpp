#include "ApplyCommand.h"

#include "ApplyRunner.h"
#include "CliOutput.h"
#include "CliTarget.h"
#include "advisor/SchemaCatalogLoader.h"
#include "indexes/IndexBuildPlan.h"
#include "indexes/IndexStatement.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sonde::cli {
namespace {

// Translation context for the messages of this file (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ApplyCommand)
};

const char *const ApplyUsage =
    "Usage: sonde-cli apply <uri> <create-index-statement> [options]\n"
    "\n"
    "Builds one index the safe way: CREATE INDEX CONCURRENTLY (per partition, then attached,\n"
    "for a partitioned table) with a lock_timeout, progress from\n"
    "pg_stat_progress_create_index, Ctrl+C canceling on the server, the INVALID index of a\n"
    "failed or canceled build removed, and the change recorded in the change log (see\n"
    "sonde-cli changes). A statement without a name gets a generated one. Needs a direct\n"
    "connection to PostgreSQL: through PgBouncer it is refused (exit 3), nothing is changed.\n"
    "\n"
    "Options:\n"
    "  --yes              do not ask for confirmation\n"
    "  --json             print the outcome as JSON\n"
    "  --lock-timeout MS  lock_timeout (default 5000)";

const char *const RevertUsage =
    "Usage: sonde-cli revert <uri> <change-id> [options]\n"
    "\n"
    "Drops an index Sonde built (DROP INDEX CONCURRENTLY), by its number in the change log,\n"
    "and records the revert. A build that was interrupted, failed or canceled and left its\n"
    "index behind (an INVALID index the cleanup could not remove) is reverted the same way.\n"
    "Needs a direct connection to PostgreSQL, like apply.\n"
    "\n"
    "Options:\n"
    "  --yes              do not ask for confirmation\n"
    "  --json             print the outcome as JSON\n"
    "  --lock-timeout MS  lock_timeout (default 5000)";

// Parses the options apply and revert share and resolves the target (a read-only profile
// is refused: both write). Returns an exit code, ExitOk to go on.
int parseCommon(QCommandLineParser &parser, const QStringList &args, const QString &command,
                const char *usage, int positional, int *lockMs, QString *uri)
{
    parser.addOption(QCommandLineOption(u"yes"_s));
    parser.addOption(QCommandLineOption(u"json"_s));
    parser.addOption(QCommandLineOption(u"lock-timeout"_s, {}, u"MS"_s, u"5000"_s));
    CliTarget::addOptions(parser);
    if (!parser.parse(QStringList{command} + args) ||
        parser.positionalArguments().size() != positional) {
        printErr(parser.errorText().isEmpty() ? Text::tr("Wrong number of arguments.")
                                              : parser.errorText());
        printErr(QString::fromLatin1(usage));
        return ExitUsage;
    }
    bool ok = false;
    *lockMs = parser.value(u"lock-timeout"_s).toInt(&ok);
    if (!ok || *lockMs < 0) {
        printErr(Text::tr("Invalid --lock-timeout: give milliseconds."));
        return ExitUsage;
    }
    Target target;
    if (const int code = CliTarget::resolve(parser, parser.positionalArguments().at(0),
                                            CliTarget::Need::PostgreSQL, &target))
        return code;
    if (target.readOnly) {
        printErr(
            Text::tr("%1 is a read-only profile: index changes are refused.").arg(target.name));
        return ExitRefused;
    }
    *uri = target.uri;
    return ExitOk;
}

int runApply(const QStringList &args)
{
    QCommandLineParser parser;
    int lockMs = 0;
    QString uri;
    if (const int code =
            parseCommon(parser, args, u"sonde-cli apply"_s, ApplyUsage, 2, &lockMs, &uri))
        return code;
    if (const int code = ApplyRunner::directOnly(uri))
        return code;
    if (const int code = ApplyRunner::recoverFirst(uri))
        return code;
    SchemaCatalog catalog;
    if (const DbError err = SchemaCatalogLoader::load(uri, &catalog)) {
        printErr(err.toString());
        return ExitFailed;
    }
    IndexDefinition definition;
    QString name;
    QString error;
    if (!IndexStatement::parse(parser.positionalArguments().at(1), catalog, &definition, &name,
                               &error)) {
        printErr(error);
        return ExitUsage;
    }
    QStringList taken;
    for (const CatalogTable &t : catalog.tables) {
        if (t.ref.schema == definition.table.schema)
            taken << t.ref.name;
    }
    for (const CatalogIndex &i : catalog.indexes) {
        if (i.schema == definition.table.schema)
            taken << i.name;
    }
    if (name.isEmpty())
        name = IndexBuildPlan::freeName(definition.suggestedName(), taken);
    const IndexBuildPlan plan = IndexBuildPlan::make(definition, name, catalog, taken);
    return ApplyRunner::applyPlans(uri, {plan}, {QString()}, parser.isSet(u"yes"_s), lockMs,
                                   parser.isSet(u"json"_s));
}

int runRevert(const QStringList &args)
{
    QCommandLineParser parser;
    int lockMs = 0;
    QString uri;
    if (const int code =
            parseCommon(parser, args, u"sonde-cli revert"_s, RevertUsage, 2, &lockMs, &uri))
        return code;
    if (const int code = ApplyRunner::directOnly(uri))
        return code;
    bool ok = false;
    const qint64 id = parser.positionalArguments().at(1).toLongLong(&ok);
    if (!ok || id <= 0) {
        printErr(Text::tr("Give the change's number from sonde-cli changes."));
        return ExitUsage;
    }
    if (const int code = ApplyRunner::recoverFirst(uri))
        return code;
    return ApplyRunner::revert(uri, id, parser.isSet(u"yes"_s), lockMs, parser.isSet(u"json"_s));
}

} // namespace

CliCommand applyCommand()
{
    return {u"apply"_s,
            Text::tr("build an index safely (CONCURRENTLY, progress, cancel, change log)"),
            QString::fromLatin1(ApplyUsage), runApply};
}

CliCommand revertCommand()
{
    return {u"revert"_s, Text::tr("drop an index Sonde built, by its change number"),
            QString::fromLatin1(RevertUsage), runRevert};
}

} // namespace sonde::cli
