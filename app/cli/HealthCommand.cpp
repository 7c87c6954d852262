#include "HealthCommand.h"

#include "ApplyRunner.h"
#include "CliJob.h"
#include "CliOutput.h"
#include "HealthReportText.h"
#include "connection/ConnectionProfile.h"
#include "health/HealthFixer.h"
#include "health/HealthService.h"
#include "indexes/ChangeLog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sonde::cli {
namespace {

// Translation context for the messages of this file (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HealthCommand)
};

const char *const Usage =
    "Usage: sonde-cli health <uri> [options]\n"
    "\n"
    "Checks a PostgreSQL server, a PgBouncer admin console or a Redis server: vacuum behind,\n"
    "bloat, transaction-ID age, sequences near their limit, idle and long transactions,\n"
    "replication, the index audit, settings against the machine and the workload; Redis\n"
    "memory, eviction, keys without TTL (sampled with SCAN), big keys, persistence, slow log,\n"
    "clients; PgBouncer pool sizes, waiting clients and prepared statements. Each finding has\n"
    "its evidence (the server's numbers) and its fix. See docs/HEALTH.md.\n"
    "\n"
    "Options:\n"
    "  --json             {\"findings\":[{check, severity, target, object, evidence, fix}], …}\n"
    "  --kind K           postgresql, pgbouncer or redis, when the URI does not say it\n"
    "  --pooled URI       for PgBouncer: a database through the pooler, to read PostgreSQL's\n"
    "                     max_connections\n"
    "  --ram SIZE         the server machine's RAM (16GB, 512MB), or \"local\" when the server\n"
    "                     runs on this machine; PostgreSQL cannot tell it\n"
    "  --cores N          its CPU cores, or \"local\"\n"
    "  --storage S        ssd or hdd (or \"local\"): for random_page_cost\n"
    "  --timeout MS       statement timeout of each query (default 10000)\n"
    "  --fail-on S        exit 3 when a finding is at least S (warning or critical)\n"
    "  --fix CHECK[:OBJ]  apply the fix of the findings of that check (and object), after\n"
    "                     showing it and asking (recorded in the change log, see changes)\n"
    "  --revert ID        undo a setting or fix change of the change log\n"
    "  --yes              do not ask for confirmation\n"
    "  --read-only        refuse every fix (as a read-only profile does)\n"
    "  --lock-timeout MS  lock_timeout of a fix's statements (default 5000)\n"
    "\n"
    "Exit status: 0 done, 1 the server could not be reached or a fix failed, 2 usage error,\n"
    "3 a finding reached --fail-on.";

bool parseKind(const QString &text, TargetKind *kind)
{
    const QString key = text == u"postgres"_s ? u"postgresql"_s : text;
    *kind = targetKindFromKey(key);
    return targetKindKey(*kind) == key;
}

bool parseMachine(const QCommandLineParser &parser, MachineFacts *machine)
{
    const MachineFacts local = MachineFacts::localMachine();
    const QString given = Text::tr("given on the command line");
    if (parser.isSet(u"ram"_s)) {
        const QString v = parser.value(u"ram"_s);
        if (v == u"local"_s) {
            machine->ramBytes = local.ramBytes;
            machine->ramSource = local.ramSource;
        } else if ((machine->ramBytes = MachineFacts::parseSize(v)) <= 0) {
            printErr(Text::tr("Invalid --ram \"%1\": give a size such as 16GB or 512MB.").arg(v));
            return false;
        } else {
            machine->ramSource = given;
        }
    }
    if (parser.isSet(u"cores"_s)) {
        const QString v = parser.value(u"cores"_s);
        bool ok = true;
        machine->cores = v == u"local"_s ? local.cores : v.toInt(&ok);
        if (!ok || machine->cores <= 0) {
            printErr(Text::tr("Invalid --cores \"%1\": give a number.").arg(v));
            return false;
        }
        machine->coresSource = v == u"local"_s ? local.coresSource : given;
    }
    if (parser.isSet(u"storage"_s)) {
        const QString v = parser.value(u"storage"_s);
        if (v == u"local"_s) {
            machine->storage = local.storage;
            machine->storageSource = local.storageSource;
        } else if (!MachineFacts::parseStorage(v, &machine->storage)) {
            printErr(Text::tr("Invalid --storage \"%1\": use ssd or hdd.").arg(v));
            return false;
        } else {
            machine->storageSource = given;
        }
    }
    return true;
}

bool matches(const HealthFinding &f, const QString &selector)
{
    const QString check = selector.section(u':', 0, 0);
    const QString object = selector.section(u':', 1);
    return f.check == check && (object.isEmpty() || f.object == object);
}

int applyFixes(const Target &target, const HealthReport &report, const QString &selector, bool yes,
               int lockMs)
{
    QList<HealthFinding> chosen;
    for (const HealthFinding &f : report.findings) {
        if (matches(f, selector) && f.fix.isApplicable())
            chosen << f;
    }
    if (chosen.isEmpty()) {
        printErr(Text::tr("No finding with a fix matches \"%1\".").arg(selector));
        return 1;
    }
    if (target.readOnly) {
        printErr(HealthFixer::readOnlyRefusal(target).message);
        return 1;
    }
    printErr(Text::tr("Sonde will run on %1:").arg(report.target));
    for (const HealthFinding &f : chosen) {
        printErr(u"  -- %1 %2"_s.arg(f.check, f.object));
        printErr(u"  "_s + terminated(f.fix.sql).join(u"\n  "_s));
        if (!f.fix.caution.isEmpty())
            printErr(u"  -- "_s + f.fix.caution);
    }
    if (!yes && !ApplyRunner::confirm(Text::tr("Apply now?"))) {
        printErr(Text::tr("Nothing was changed."));
        return 1;
    }
    ChangeLog log;
    QString error;
    if (!log.open(&error)) {
        printErr(error);
        return 1;
    }
    HealthFixOptions options;
    options.lockTimeoutMs = lockMs;
    HealthFixer fixer(&log, options);
    int failures = 0;
    std::atomic<bool> cancel{false};
    for (const HealthFinding &f : chosen) {
        const HealthFixOutcome o =
            runInterruptible(&cancel, [&]() { return fixer.apply(target, f, &cancel); });
        if (o.applied()) {
            printErr(Text::tr("%1 %2: applied (change #%3). %4")
                         .arg(f.check, f.object)
                         .arg(o.changeId)
                         .arg(o.note));
        } else {
            ++failures;
            printErr(Text::tr("%1 %2: not applied: %3").arg(f.check, f.object, o.error.toString()));
        }
    }
    return failures ? 1 : 0;
}

int revertChange(const Target &target, qint64 id, bool yes, int lockMs)
{
    ChangeLog log;
    QString error;
    if (!log.open(&error)) {
        printErr(error);
        return 1;
    }
    const std::optional<IndexChange> change = log.find(id);
    if (!change) {
        printErr(
            Text::tr("There is no change #%1 in the change log (%2).").arg(id).arg(log.path()));
        return 1;
    }
    printErr(Text::tr("Sonde will run on %1:").arg(change->target));
    printErr(u"  "_s + terminated(change->revertDdl).join(u"\n  "_s));
    if (!yes && !ApplyRunner::confirm(Text::tr("Revert now?"))) {
        printErr(Text::tr("Nothing was changed."));
        return 1;
    }
    HealthFixOptions options;
    options.lockTimeoutMs = lockMs;
    HealthFixer fixer(&log, options);
    std::atomic<bool> cancel{false};
    const HealthFixOutcome o =
        runInterruptible(&cancel, [&]() { return fixer.revert(target, id, &cancel); });
    if (!o.applied()) {
        printErr(Text::tr("The revert failed: %1").arg(o.error.toString()));
        return 1;
    }
    printErr(Text::tr("Reverted change #%1 (change #%2). %3").arg(id).arg(o.changeId).arg(o.note));
    return 0;
}

int runHealth(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(
        {QCommandLineOption(u"json"_s), QCommandLineOption(u"kind"_s, {}, u"K"_s),
         QCommandLineOption(u"pooled"_s, {}, u"URI"_s), QCommandLineOption(u"ram"_s, {}, u"SIZE"_s),
         QCommandLineOption(u"cores"_s, {}, u"N"_s), QCommandLineOption(u"storage"_s, {}, u"S"_s),
         QCommandLineOption(u"timeout"_s, {}, u"MS"_s, u"10000"_s),
         QCommandLineOption(u"fail-on"_s, {}, u"S"_s), QCommandLineOption(u"fix"_s, {}, u"CHECK"_s),
         QCommandLineOption(u"revert"_s, {}, u"ID"_s), QCommandLineOption(u"yes"_s),
         QCommandLineOption(u"read-only"_s),
         QCommandLineOption(u"lock-timeout"_s, {}, u"MS"_s, u"5000"_s)});
    if (!parser.parse(QStringList{u"sonde-cli health"_s} + args) ||
        parser.positionalArguments().size() != 1) {
        printErr(parser.errorText().isEmpty() ? Text::tr("Give exactly one URI.")
                                              : parser.errorText());
        printErr(QString::fromLatin1(Usage));
        return 2;
    }
    HealthRequest request;
    Target &target = request.target;
    target.uri = parser.positionalArguments().first();
    target.pooledUri = parser.value(u"pooled"_s);
    target.readOnly = parser.isSet(u"read-only"_s);
    if (parser.isSet(u"kind"_s) ? !parseKind(parser.value(u"kind"_s), &target.kind)
                                : !guessTargetKind(target.uri, &target.kind)) {
        printErr(Text::tr("Say the kind of server: --kind postgresql, pgbouncer or redis."));
        return 2;
    }
    target.id = u"cli"_s;
    target.name = target.displayUri();
    if (!parseMachine(parser, &request.machine))
        return 2;
    bool ok = true;
    request.queryTimeoutMs = int(optionNumber(parser, QCommandLineOption(u"timeout"_s), 100, &ok));
    const int lockMs = int(optionNumber(parser, QCommandLineOption(u"lock-timeout"_s), 0, &ok));
    const QString failOn = parser.value(u"fail-on"_s);
    if (!failOn.isEmpty() && failOn != u"warning"_s && failOn != u"critical"_s) {
        printErr(Text::tr("--fail-on takes warning or critical."));
        ok = false;
    }
    if (!ok)
        return 2;
    if (parser.isSet(u"revert"_s)) {
        const qint64 id = parser.value(u"revert"_s).toLongLong(&ok);
        if (!ok) {
            printErr(Text::tr("--revert takes the number of a change (see sonde-cli changes)."));
            return 2;
        }
        return revertChange(target, id, parser.isSet(u"yes"_s), lockMs);
    }
    std::atomic<bool> cancel{false};
    const HealthReport report = runInterruptible(&cancel, [&]() {
        return HealthService::run(request, &cancel,
                                  [](const QString &step, int) { printErr(step); });
    });
    if (report.error) {
        if (parser.isSet(u"json"_s))
            printJson(report.toJson());
        printErr(Text::tr("The checks could not run: %1").arg(report.error.toString()));
        return 1;
    }
    if (parser.isSet(u"json"_s))
        printJson(report.toJson());
    else
        for (const QString &line : HealthReportText::lines(report))
            printOut(line);
    if (parser.isSet(u"fix"_s))
        return applyFixes(target, report, parser.value(u"fix"_s), parser.isSet(u"yes"_s), lockMs);
    const HealthSeverity bar =
        failOn == u"critical"_s ? HealthSeverity::Critical : HealthSeverity::Warning;
    for (const HealthFinding &f : report.findings) {
        if (!failOn.isEmpty() && f.severity >= bar)
            return 3;
    }
    return 0;
}

} // namespace

CliCommand healthCommand()
{
    return {u"health"_s, Text::tr("check a server's health: findings with their evidence and fix"),
            QString::fromLatin1(Usage), runHealth};
}

} // namespace sonde::cli
