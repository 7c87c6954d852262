#include "CliRun.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace sonde::test {

QString cliPath()
{
    const QString override = qEnvironmentVariable("SONDE_CLI_UNDER_TEST");
    return override.isEmpty() ? QStringLiteral(SONDE_CLI_PATH) : override;
}

QByteArray CliResult::describe() const
{
    return "exit " + QByteArray::number(exitCode) + " after " + QByteArray::number(elapsedMs) +
           " ms; stdout: " + out.left(2000) + "; stderr: " + err.left(2000);
}

CliResult runCli(const QStringList &args, const CliOptions &options)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(options.env);
    p.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    p.start(cliPath(), args);
    CliResult r;
    if (!p.waitForStarted())
        return r;
    p.write(options.input);
    p.closeWriteChannel();
    r.finished = p.waitForFinished(options.timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
    }
    r.elapsedMs = clock.elapsed();
    r.exitCode = r.finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QProcessEnvironment isolatedEnvironment(const QString &dir)
{
    QProcessEnvironment env;
    env.insert(u"SONDE_DATA_DIR"_s, dir + u"/data"_s);
    env.insert(u"XDG_DATA_HOME"_s, dir + u"/share"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, dir + u"/config"_s);
    env.insert(u"HOME"_s, dir);
    return env;
}

} // namespace sonde::test
