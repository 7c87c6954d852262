#include "ExplainCommand.h"

#include "CliOutput.h"
#include "CliTarget.h"
#include "common/BoundedRead.h"
#include "common/SignalWatcher.h"
#include "plan/PlanParser.h"
#include "plan/PlanText.h"
#include "postgres/Explainer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

using namespace Qt::StringLiterals;

namespace sonde::cli {
namespace {

// Translation context for the messages of this file (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExplainCommand)
};

const char *const Usage =
    "Usage: sonde-cli explain <uri> --query-id ID | --sql TEXT [options]\n"
    "       sonde-cli explain --file PLAN.json [--json]\n"
    "\n"
    "Shows a statement's plan as a tree with each node's rows, loops, time and cost, the\n"
    "expensive nodes marked (!!! > 90 %, !! > 50 %, ! > 10 % of the time), misestimates of 10x\n"
    "or more, and findings in words. A statement with $1 parameters (as pg_stat_statements\n"
    "shows it) gets its generic plan.\n"
    "\n"
    "Options:\n"
    "  --query-id ID     explain the pg_stat_statements entry with this query id\n"
    "  --sql TEXT        explain this statement ('-' reads it from stdin)\n"
    "  --file PLAN.json  read a saved EXPLAIN (FORMAT JSON) output instead of a server\n"
    "  --analyze         run it: EXPLAIN (ANALYZE, BUFFERS), in a transaction rolled back\n"
    "  --confirm-write   with --analyze: allow a statement that writes (rolled back)\n"
    "  --read-only       refuse anything that would run a writing statement\n"
    "  --timeout S       statement_timeout of the EXPLAIN (default 60)\n"
    "  --json            one JSON object: the plan, its nodes' numbers and the findings";

QJsonObject resultJson(const ExplainResult &r)
{
    QJsonObject o = PlanText::toJson(r.plan, r.findings);
    o.insert(u"sql"_s, r.sql);
    o.insert(u"mode"_s, explainModeName(r.mode));
    o.insert(u"rolled_back"_s, r.rolledBack);
    if (!r.note.isEmpty())
        o.insert(u"note"_s, r.note);
    o.insert(u"explain"_s, QJsonDocument::fromJson(r.planJson.toUtf8()).array());
    return o;
}

int printResult(const ExplainResult &r, bool json)
{
    if (!r.ok()) {
        printErr(r.error.toString());
        return r.error.kind == DbError::Kind::ReadOnlyRefused ? ExitRefused : ExitFailed;
    }
    if (json) {
        printJson(resultJson(r));
        return 0;
    }
    if (!r.sql.isEmpty())
        printOut(Text::tr("%1 of: %2").arg(explainModeName(r.mode), r.sql.simplified()));
    printOut(PlanText::render(r.plan, r.findings));
    if (!r.note.isEmpty())
        printOut(Text::tr("Note: %1").arg(r.note));
    if (r.rolledBack)
        printOut(Text::tr("The statement ran inside a transaction that was rolled back."));
    return 0;
}

// EXPLAIN ANALYZE of a write needs --confirm-write (unless the target is read-only, which
// refuses it anyway).
DbError unconfirmedWrite(const ExplainRequest &r)
{
    if (Explainer::needsWriteConfirmation(r) && !r.writeConfirmed && !r.targetReadOnly)
        return DbError::make(
            DbError::Kind::Configuration,
            Text::tr("EXPLAIN ANALYZE runs the statement and this one writes. Add "
                     "--confirm-write to run it inside a transaction that is rolled back."));
    return {};
}

int runExplain(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption queryId(u"query-id"_s, {}, u"ID"_s);
    const QCommandLineOption sql(u"sql"_s, {}, u"TEXT"_s);
    const QCommandLineOption file(u"file"_s, {}, u"PLAN"_s);
    const QCommandLineOption analyze(u"analyze"_s);
    const QCommandLineOption confirmWrite(u"confirm-write"_s);
    const QCommandLineOption readOnly(u"read-only"_s);
    const QCommandLineOption timeout(u"timeout"_s, {}, u"S"_s, u"60"_s);
    const QCommandLineOption json(u"json"_s);
    parser.addOptions({queryId, sql, file, analyze, confirmWrite, readOnly, timeout, json});
    CliTarget::addOptions(parser);
    parser.addPositionalArgument(u"uri"_s, {});
    if (!parser.parse(QStringList{u"sonde-cli explain"_s} + args)) {
        printErr(parser.errorText());
        printErr(QString::fromLatin1(Usage));
        return ExitUsage;
    }
    const int sources =
        int(parser.isSet(queryId)) + int(parser.isSet(sql)) + int(parser.isSet(file));
    if (sources != 1) {
        printErr(Text::tr("Give exactly one of --query-id, --sql or --file."));
        printErr(QString::fromLatin1(Usage));
        return ExitUsage;
    }
    if (parser.isSet(file)) {
        QByteArray text;
        QString error;
        if (!BoundedRead::readFile(parser.value(file), BoundedRead::PlanCap, &text, &error)) {
            printErr(error);
            return ExitUsage;
        }
        const PlanParseResult parsed = PlanParser::parse(text);
        if (!parsed.ok()) {
            printErr(parsed.error);
            return ExitUsage;
        }
        ExplainResult r;
        r.plan = parsed.plan;
        r.findings = PlanFinding::of(r.plan);
        r.mode =
            r.plan.isAnalyzed() ? ExplainRequest::Mode::Analyze : ExplainRequest::Mode::Estimate;
        return printResult(r, parser.isSet(json));
    }
    if (parser.positionalArguments().size() != 1) {
        printErr(Text::tr("Give the server's connection URI."));
        printErr(QString::fromLatin1(Usage));
        return ExitUsage;
    }
    bool ok = true;
    const qint64 id = parser.isSet(queryId) ? parser.value(queryId).toLongLong(&ok) : 0;
    const int timeoutSeconds = parser.value(timeout).toInt(&ok);
    if (!ok || timeoutSeconds <= 0) {
        printErr(Text::tr("--query-id takes a number and --timeout a positive number of seconds."));
        return ExitUsage;
    }
    if (parser.value(sql) == u"-"_s && parser.isSet(u"password-stdin"_s)) {
        printErr(Text::tr("--sql - and --password-stdin both read standard input: give the "
                          "password another way (PGPASSWORD, ~/.pgpass, a profile)."));
        return ExitUsage;
    }
    Target target;
    if (const int code = CliTarget::resolve(parser, parser.positionalArguments().first(),
                                            CliTarget::Need::PostgreSQL, &target))
        return code;
    const QString uri = target.uri;
    ExplainRequest request;
    request.mode =
        parser.isSet(analyze) ? ExplainRequest::Mode::Analyze : ExplainRequest::Mode::Auto;
    request.writeConfirmed = parser.isSet(confirmWrite);
    // A profile saved as read-only is read-only here too.
    request.targetReadOnly = parser.isSet(readOnly) || target.readOnly;
    request.timeoutMs = timeoutSeconds * 1000;
    if (parser.isSet(sql)) {
        request.sql = parser.value(sql);
        if (request.sql == u"-"_s) {
            QByteArray text;
            QString error;
            if (!BoundedRead::readStdin(BoundedRead::TextCap, &text, &error)) {
                printErr(error);
                return ExitUsage;
            }
            request.sql = QString::fromUtf8(text);
        }
        if (const DbError refused = unconfirmedWrite(request)) {
            printErr(refused.message);
            return ExitRefused;
        }
    }

    std::atomic<bool> cancel{false};
    QEventLoop loop;
    SignalWatcher signals_;
    QObject::connect(&signals_, &SignalWatcher::terminationRequested, &loop, [&](int) {
        printErr(Text::tr("Canceling…"));
        cancel = true;
    });
    QFutureWatcher<ExplainResult> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(
        [&, uri]() { return Explainer::explain(uri, request, &cancel, id, unconfirmedWrite); }));
    loop.exec();
    const ExplainResult r = watcher.result();
    if (r.error.kind == DbError::Kind::Configuration &&
        r.error.message.contains(u"--confirm-write"_s)) {
        printErr(r.error.message);
        return ExitRefused;
    }
    const int code = printResult(r, parser.isSet(json));
    // The server refused a write the text does not show (nextval()): say how to allow it.
    if (r.error.kind == DbError::Kind::ReadOnlyRefused && !request.targetReadOnly)
        printErr(Text::tr("Add --confirm-write to run it that way."));
    return code;
}

} // namespace

CliCommand explainCommand()
{
    return {u"explain"_s, Text::tr("show a statement's plan with its costly nodes and findings"),
            QString::fromLatin1(Usage), runExplain};
}

} // namespace sonde::cli
