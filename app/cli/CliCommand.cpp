#include "CliCommand.h"

#include "AdviseCommand.h"
#include "ApplyCommand.h"
#include "BenchCommand.h"
#include "ChangesCommand.h"
#include "CliOutput.h"
#include "CliTarget.h"
#include "CompareCommand.h"
#include "DemoCommand.h"
#include "ExplainCommand.h"
#include "HealthCommand.h"
#include "PrometheusCommands.h"
#include "RecordCommand.h"
#include "SampleCommand.h"
#include "SlowCommand.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sonde::cli {

QString CliCommand::help() const
{
    return usage + u"\n\n"_s + (takesTarget ? CliTarget::targetHelp() + u"\n\n"_s : QString()) +
           CliTarget::exitStatusHelp();
}

QList<CliCommand> allCommands()
{
    return {
        demoCommand(),   sampleCommand(),  slowCommand(),    explainCommand(),
        adviseCommand(), applyCommand(),   revertCommand(),  changesCommand(),
        healthCommand(), benchCommand(),   compareCommand(), recordCommand(),
        replayCommand(), historyCommand(), fleetCommand(),   rulesCommand(),
    };
}

int runCli(const QStringList &args)
{
    const QList<CliCommand> commands = allCommands();
    auto help = [&]() {
        printOut(QCoreApplication::translate("cli", "Usage: sonde-cli <command> [options]"));
        printOut(QString());
        printOut(QCoreApplication::translate("cli", "Commands:"));
        for (const CliCommand &c : commands)
            printOut(u"  %1%2"_s.arg(c.name, -10).arg(c.summary));
        printOut(QString());
        printOut(QCoreApplication::translate(
            "cli", "Run sonde-cli <command> --help for the options of a command."));
        printOut(QString());
        printOut(CliTarget::exitStatusHelp());
    };
    if (args.isEmpty() || args.first() == u"--help"_s || args.first() == u"-h"_s ||
        args.first() == u"help"_s) {
        help();
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    if (args.first() == u"--version"_s || args.first() == u"-V"_s) {
        printOut(u"sonde-cli %1"_s.arg(QStringLiteral(SONDE_VERSION)));
        return 0;
    }
    for (const CliCommand &c : commands) {
        if (c.name == args.first()) {
            const QStringList rest = args.mid(1);
            if (rest.contains(u"--help"_s) || rest.contains(u"-h"_s)) {
                printOut(c.help());
                return ExitOk;
            }
            return c.run(rest);
        }
    }
    printErr(QCoreApplication::translate("cli", "Unknown command \"%1\".").arg(args.first()));
    help();
    return ExitUsage;
}

} // namespace sonde::cli
