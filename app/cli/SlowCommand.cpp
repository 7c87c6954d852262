#include "SlowCommand.h"

#include "CliOutput.h"
#include "CliTarget.h"
#include "common/DisplayFormat.h"
#include "common/SignalWatcher.h"
#include "connection/TargetList.h"
#include "monitoring/MonitoringPipeline.h"
#include "monitoring/TargetMonitor.h"
#include "plan/PlanFormat.h"
#include "statements/SlowQueryModel.h"
#include "statements/StatementWindow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sonde::cli {
namespace {

namespace Fmt = PlanFormat;

// Translation context for the messages of this file (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SlowCommand)
};

const char *const Usage =
    "Usage: sonde-cli slow <uri> [options]\n"
    "\n"
    "Ranks statements by the time they took over a window, from pg_stat_statements deltas:\n"
    "it samples at the start, every few seconds and at the end of the window, then prints\n"
    "calls, total time and its share, mean, stddev, max, rows per call, blocks, and flags\n"
    "(slow: mean above the threshold; N+1: a cheap single-row statement whose calls track\n"
    "another's, many times over). Ctrl+C ends the window early.\n"
    "\n"
    "Options:\n"
    "  --window S       seconds to watch (default 30); 0 = since pg_stat_statements was reset\n"
    "  --interval S     seconds between samples (default: a sixth of the window, 1..10)\n"
    "  --limit N        statements to print (default 20)\n"
    "  --threshold MS   mean above which a statement is flagged slow (default 100)\n"
    "  --json           one JSON object with the window and every statement";

QJsonObject statementJson(const SlowStatement &s)
{
    return QJsonObject{{u"query_id"_s, QString::number(s.key.queryId)},
                       {u"query"_s, s.query},
                       {u"role"_s, s.role},
                       {u"database"_s, s.database},
                       {u"calls"_s, s.calls},
                       {u"total_ms"_s, s.totalMs},
                       {u"share"_s, s.share},
                       {u"mean_ms"_s, s.meanMs},
                       {u"stddev_ms"_s, s.stddevMs},
                       {u"max_ms"_s, s.maxMs},
                       {u"max_exact"_s, s.maxExact},
                       {u"rows_per_call"_s, s.rowsPerCall},
                       {u"shared_blks_hit"_s, s.sharedHit},
                       {u"shared_blks_read"_s, s.sharedRead},
                       {u"temp_blks_written"_s, s.tempWritten},
                       {u"slow"_s, s.slow},
                       {u"n_plus_one"_s, s.nPlusOne},
                       {u"n_plus_one_ratio"_s, s.nPlusOneRatio}};
}

void printTable(const StatementWindowResult &w, int limit)
{
    printOut(Text::tr("Window: %1 → %2 (%3 s), %4 calls, %5 in all%6")
                 .arg(DisplayFormat::timeOfDay(w.from), DisplayFormat::timeOfDay(w.to))
                 .arg(w.from.isValid() ? w.from.secsTo(w.to) : 0)
                 .arg(Fmt::count(w.totalCalls), Fmt::duration(w.totalMs),
                      w.note.isEmpty() ? QString() : u"\n"_s + w.note));
    // The query id first: what `explain --query-id` takes.
    const QString row = u"%1  %2 %3 %4 %5 %6 %7 %8  %9"_s;
    printOut(row.arg(Text::tr("Query id"), 20)
                 .arg(Text::tr("Total"), 10)
                 .arg(Text::tr("%"), 5)
                 .arg(Text::tr("Calls"), 9)
                 .arg(Text::tr("Mean"), 10)
                 .arg(Text::tr("Max"), 12)
                 .arg(Text::tr("Rows/call"), 9)
                 .arg(Text::tr("Flags"), -8)
                 .arg(Text::tr("Statement")));
    for (int i = 0; i < std::min(limit, int(w.statements.size())); ++i) {
        const SlowStatement &s = w.statements.at(i);
        QStringList flags;
        if (s.slow)
            flags << u"slow"_s;
        if (s.nPlusOne)
            flags << u"N+1"_s;
        printOut(row.arg(s.key.queryId ? QString::number(s.key.queryId) : u"—"_s, 20)
                     .arg(Fmt::duration(s.totalMs), 10)
                     .arg(Fmt::percent(s.share), 5)
                     .arg(Fmt::count(s.calls), 9)
                     .arg(Fmt::duration(s.meanMs), 10)
                     .arg((s.maxExact ? QString() : u"≥"_s) + Fmt::duration(s.maxMs), 12)
                     .arg(Fmt::count(s.rowsPerCall), 9)
                     .arg(flags.join(u','), -8)
                     .arg(SlowQueryModel::oneLine(s.query, 100)));
    }
}

int runSlow(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption window(u"window"_s, {}, u"S"_s, u"30"_s);
    const QCommandLineOption interval(u"interval"_s, {}, u"S"_s);
    const QCommandLineOption limit(u"limit"_s, {}, u"N"_s, u"20"_s);
    const QCommandLineOption threshold(u"threshold"_s, {}, u"MS"_s, u"100"_s);
    const QCommandLineOption json(u"json"_s);
    parser.addOptions({window, interval, limit, threshold, json});
    CliTarget::addOptions(parser);
    parser.addPositionalArgument(u"uri"_s, {});
    if (!parser.parse(QStringList{u"sonde-cli slow"_s} + args) ||
        parser.positionalArguments().size() != 1) {
        printErr(parser.errorText().isEmpty() ? Text::tr("Give the server's connection URI.")
                                              : parser.errorText());
        printErr(QString::fromLatin1(Usage));
        return ExitUsage;
    }
    bool ok1 = false, ok2 = false, ok3 = false;
    const double seconds = parser.value(window).toDouble(&ok1);
    const int maxRows = parser.value(limit).toInt(&ok2);
    const double slowMs = parser.value(threshold).toDouble(&ok3);
    double step = std::clamp(seconds / 6.0, 1.0, 10.0);
    bool ok4 = true;
    if (parser.isSet(interval))
        step = parser.value(interval).toDouble(&ok4);
    if (!ok1 || !ok2 || !ok3 || !ok4 || seconds < 0 || maxRows <= 0 || slowMs < 0 || step <= 0) {
        printErr(Text::tr("--window, --interval, --limit and --threshold take positive numbers."));
        return ExitUsage;
    }
    QString uri;
    if (const int code = CliTarget::resolveUri(parser, parser.positionalArguments().first(),
                                               CliTarget::Need::PostgreSQL, &uri))
        return code;

    StatementHistory history;
    // The application's pipeline over one target, its metrics paused: only the statement
    // counters are read, when asked.
    TargetList targets;
    MonitoringPipeline pipeline(&targets);
    TargetMonitor *monitor = pipeline.monitor();
    monitor->setPaused(true);
    Target target;
    target.id = u"cli"_s;
    target.kind = TargetKind::PostgreSQL;
    target.uri = uri;
    target.name = target.displayUri();
    QEventLoop loop;
    SignalWatcher signals_;
    QElapsedTimer clock;
    int exitCode = 0;
    bool ending = false;
    QObject::connect(monitor, &TargetMonitor::feedRead, &loop, [&](const FeedReading &reading) {
        if (reading.feed != StatementsFeed)
            return;
        if (!reading.isValid()) {
            printErr(reading.error.toString());
            exitCode = ExitFailed;
            loop.quit();
            return;
        }
        const auto s = reading.value.value<StatementSnapshot>();
        if (history.sampleCount() == 0 && !s.warning.isEmpty())
            printErr(s.warning);
        history.add(s);
        if (ending || seconds == 0) {
            loop.quit();
            return;
        }
        if (history.sampleCount() == 1)
            clock.start();
        printErr(Text::tr("sampled %1 statements (%2 of %3 s)")
                     .arg(s.counters.size())
                     .arg(clock.elapsed() / 1000)
                     .arg(seconds));
    });
    QTimer ticker;
    ticker.setInterval(int(step * 1000));
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&]() {
        if (clock.isValid() && clock.elapsed() >= seconds * 1000) {
            ending = true;
            ticker.stop();
        }
        monitor->requestFeed(target.id, StatementsFeed, ending ? u"end"_s : u"timer"_s);
    });
    QObject::connect(&signals_, &SignalWatcher::terminationRequested, &loop, [&](int) {
        printErr(Text::tr("Ending the window now…"));
        ending = true;
        ticker.stop();
        monitor->requestFeed(target.id, StatementsFeed, u"end"_s);
    });
    targets.upsert(target);
    monitor->subscribe(&loop, target.id, StatementsFeed, 0);
    if (seconds > 0)
        ticker.start();
    loop.exec();
    targets.clear();
    if (exitCode != 0)
        return exitCode;

    const StatementWindowSpec spec = seconds == 0 ? StatementWindowSpec::sinceReset()
                                                  : StatementWindowSpec::last(int(seconds + step));
    const StatementWindowResult w = StatementWindow::compute(history, spec, slowMs);
    if (parser.isSet(json)) {
        QJsonArray statements;
        for (const SlowStatement &s : w.statements)
            statements.append(statementJson(s));
        printJson(QJsonObject{{u"from"_s, w.from.toString(Qt::ISODateWithMs)},
                              {u"to"_s, w.to.toString(Qt::ISODateWithMs)},
                              {u"total_ms"_s, w.totalMs},
                              {u"total_calls"_s, w.totalCalls},
                              {u"note"_s, w.note},
                              {u"statements"_s, statements}});
    } else {
        printTable(w, maxRows);
    }
    return 0;
}

} // namespace

CliCommand slowCommand()
{
    return {u"slow"_s, Text::tr("rank statements by time over a window (pg_stat_statements)"),
            QString::fromLatin1(Usage), runSlow};
}

} // namespace sonde::cli
