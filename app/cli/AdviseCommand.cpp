#include "AdviseCommand.h"

#include "AdvisorReportText.h"
#include "ApplyRunner.h"
#include "CliJob.h"
#include "CliOutput.h"
#include "CliTarget.h"
#include "advisor/AdviceService.h"
#include "common/BoundedRead.h"
#include "sql/ParseTree.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

#include <atomic>

using namespace Qt::StringLiterals;

namespace sonde::cli {
namespace {

// Translation context for the messages of this file (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AdviseCommand)
};

const char *const Usage =
    "Usage: sonde-cli advise <uri> [options]\n"
    "\n"
    "Recommends indexes for a PostgreSQL database, each proven with HypoPG (the planner's\n"
    "cost of every statement it helps, before and after), with its size and write cost;\n"
    "says why the other statements get none; reviews the existing indexes (invalid,\n"
    "duplicate, redundant, unused, foreign keys without an index). Writes nothing unless\n"
    "--apply is given. Works through PgBouncer in transaction mode: the what-if phase is one\n"
    "read-only transaction that removes its hypothetical indexes before it ends; --apply\n"
    "needs a direct connection (through PgBouncer it is refused before any advice, exit 3).\n"
    "\n"
    "Options:\n"
    "  --window S         watch pg_stat_statements for S seconds and advise on what ran in\n"
    "                     that window (default: everything since its last reset)\n"
    "  --statement SQL    advise on this statement instead of the workload (repeatable)\n"
    "  --file F           advise on the statements of this SQL file\n"
    "  --example ID=SQL   plan the statement with queryid ID with this example of it with\n"
    "                     real values when its normalized text cannot be planned\n"
    "                     (repeatable; the report lists such statements with their queryid)\n"
    "  --min-saving PCT   an index must save at least PCT % of the workload time (0.1)\n"
    "  --no-audit         skip the review of existing indexes\n"
    "  --json             print the result as one JSON object (recommendations with ddl,\n"
    "                     table, statements, cost_before, cost_after, size_bytes …)\n"
    "  --plans            with --json: include the plans before and after\n"
    "  --apply            build the recommended indexes (CREATE INDEX CONCURRENTLY), after\n"
    "                     showing them and asking for confirmation\n"
    "  --yes              do not ask (with --apply)\n"
    "  --lock-timeout MS  lock_timeout of the builds (default 5000)";

int runAdvise(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption window(u"window"_s, {}, u"S"_s);
    const QCommandLineOption statement(u"statement"_s, {}, u"SQL"_s);
    const QCommandLineOption file(u"file"_s, {}, u"F"_s);
    const QCommandLineOption example(u"example"_s, {}, u"ID=SQL"_s);
    const QCommandLineOption minSaving(u"min-saving"_s, {}, u"PCT"_s, u"0.1"_s);
    const QCommandLineOption noAudit(u"no-audit"_s);
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption plans(u"plans"_s);
    const QCommandLineOption apply(u"apply"_s);
    const QCommandLineOption yes(u"yes"_s);
    const QCommandLineOption lockTimeout(u"lock-timeout"_s, {}, u"MS"_s, u"5000"_s);
    parser.addOptions({window, statement, file, example, minSaving, noAudit, json, plans, apply,
                       yes, lockTimeout});
    CliTarget::addOptions(parser);
    parser.addPositionalArgument(u"uri"_s, {});
    if (!parser.parse(QStringList{u"sonde-cli advise"_s} + args) ||
        parser.positionalArguments().size() != 1) {
        printErr(parser.errorText().isEmpty() ? Text::tr("Give one connection URI.")
                                              : parser.errorText());
        printErr(QString::fromLatin1(Usage));
        return ExitUsage;
    }
    AdvisorRequest request;
    request.audit = !parser.isSet(noAudit);
    bool ok = true;
    if (parser.isSet(window)) {
        request.windowSeconds = parser.value(window).toDouble(&ok);
        if (!ok || request.windowSeconds <= 0) {
            printErr(Text::tr("Invalid --window: give seconds, e.g. --window 60."));
            return ExitUsage;
        }
    }
    request.selection.minSavedShare = parser.value(minSaving).toDouble(&ok) / 100.0;
    if (!ok || request.selection.minSavedShare < 0) {
        printErr(Text::tr("Invalid --min-saving: give a percentage, e.g. 0.5."));
        return ExitUsage;
    }
    const int lockMs = parser.value(lockTimeout).toInt(&ok);
    if (!ok || lockMs < 0) {
        printErr(Text::tr("Invalid --lock-timeout: give milliseconds."));
        return ExitUsage;
    }
    request.statements = parser.values(statement);
    if (parser.isSet(file)) {
        QByteArray text;
        QString error;
        if (!BoundedRead::readFile(parser.value(file), BoundedRead::TextCap, &text, &error)) {
            printErr(error);
            return ExitUsage;
        }
        const QStringList split = ParseTree::split(QString::fromUtf8(text), &error);
        if (!error.isEmpty()) {
            printErr(Text::tr("%1 does not parse: %2").arg(parser.value(file), error));
            return ExitUsage;
        }
        request.statements << split;
    }
    for (const QString &e : parser.values(example)) {
        const qsizetype eq = e.indexOf(u'=');
        const qint64 id = eq > 0 ? e.left(eq).trimmed().toLongLong(&ok) : 0;
        QString error;
        const QStringList sql =
            ok && eq > 0 ? ParseTree::split(e.mid(eq + 1), &error) : QStringList();
        if (!ok || eq <= 0 || id == 0) {
            printErr(
                Text::tr("Invalid --example: give the statement's queryid and an example of it, "
                         "e.g. --example 7243105491183924822=\"SELECT … WHERE id = 42\"."));
            return ExitUsage;
        }
        if (sql.size() != 1) {
            printErr(Text::tr("Invalid --example for queryid %1: give one statement (%2).")
                         .arg(id)
                         .arg(error.isEmpty() ? Text::tr("%n found", "", int(sql.size())) : error));
            return ExitUsage;
        }
        request.examples.insert(id, sql.first());
    }
    Target target;
    if (const int code = CliTarget::resolve(parser, parser.positionalArguments().first(),
                                            CliTarget::Need::PostgreSQL, &target))
        return code;
    if (parser.isSet(apply) && target.readOnly) {
        printErr(Text::tr("%1 is a read-only profile: --apply builds indexes, so it is refused.")
                     .arg(target.name));
        return ExitRefused;
    }

    const QString uri = target.uri;
    if (parser.isSet(apply)) {
        if (const int code = ApplyRunner::directOnly(uri))
            return code;
    }
    if (const int code = ApplyRunner::recoverFirst(uri))
        return code;
    std::atomic<bool> cancel{false};
    QElapsedTimer lastProgress;
    lastProgress.start();
    QString lastText;
    const AdviceOutcome outcome = runInterruptible(&cancel, [&]() {
        return AdviceService::advise(uri, request, &cancel, [&](const QString &text, int) {
            if (lastProgress.elapsed() < 1000 && text.left(10) == lastText.left(10))
                return;
            lastProgress.restart();
            lastText = text;
            printErr(text);
        });
    });
    if (outcome.error) {
        printErr(outcome.error.toString());
        return ExitFailed;
    }
    const AdvisorResult &result = outcome.result;
    if (parser.isSet(json))
        printJson(result.toJson(parser.isSet(plans)));
    else
        printOut(AdvisorReportText::format(result));
    if (!parser.isSet(apply) || result.recommendations.isEmpty())
        return 0;
    return ApplyRunner::applyRecommendations(uri, result.recommendations, parser.isSet(yes),
                                             lockMs);
}

} // namespace

CliCommand adviseCommand()
{
    return {u"advise"_s, Text::tr("recommend indexes proven by what-if analysis (HypoPG)"),
            QString::fromLatin1(Usage), runAdvise};
}

} // namespace sonde::cli
