// Fault injection: every sonde-cli command that talks to a server, against a wrong port, a
// server that accepts and never answers, a server that stops mid-command (SIGSTOP), the
// PgBouncer admin console, and with a password in the URI. Each run must end within a
// bound (generous: a bound on a hang, not a speed goal), with a clear message, its
// documented exit code (0 done, 1 failed, 2 bad input, 3 refused), and no password in any
// output. Every fault is forced, never left to timing.
#include "CliRun.h"
#include "SilentServer.h"
#include "TestSandbox.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QtTest>

#include <pqxx/pqxx>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

// Ctrl+C for the command under test, only while it runs: a process that has ended has pid 0,
// and kill(0, SIGINT) would interrupt the whole process group (ctest's other suites).
void interrupt(QProcess &p)
{
    const qint64 pid = p.processId();
    if (p.state() == QProcess::Running && pid > 0)
        ::kill(pid_t(pid), SIGINT);
}

constexpr int BoundMs = 120000;

// A loopback port nobody listens on.
int deadPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a);
    socklen_t len = sizeof a;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len);
    ::close(fd);
    return ntohs(a.sin_port);
}

QString pgUri(int port)
{
    return u"postgresql://sonde:Fault-Secret-1@127.0.0.1:%1/sonde_demo"_s.arg(port);
}

QString redisUri(int port)
{
    return u"redis://default:Fault-Secret-2@127.0.0.1:%1/0"_s.arg(port);
}

// The secrets of every URI this suite hands a command.
QList<QByteArray> secrets()
{
    const SandboxEndpoints &ep = test::TestSandbox::endpoints();
    QList<QByteArray> out{"Fault-Secret-1", "Fault-Secret-2"};
    for (const QString &uri : {ep.postgres, ep.redis, ep.pgbouncerAdmin})
        out << uri.section(u':', 2).section(u'@', 0, 0).toUtf8();
    return out;
}

// A one-statement pgbench script (the demo database has no pgbench tables).
QString benchScript()
{
    static QTemporaryFile file;
    if (!file.isOpen() && file.open()) {
        file.write("SELECT count(*) FROM users;\n");
        file.flush();
    }
    return file.fileName();
}

// The arguments of each command around its target.
QStringList commandLine(const QString &command, const QString &target)
{
    if (command == u"sample"_s)
        return {u"sample"_s, target, u"--count"_s, u"1"_s};
    if (command == u"slow"_s)
        return {u"slow"_s, target, u"--window"_s, u"0"_s};
    if (command == u"explain"_s)
        return {u"explain"_s, target, u"--sql"_s, u"SELECT count(*) FROM users"_s};
    if (command == u"advise"_s)
        return {u"advise"_s, target, u"--statement"_s, u"SELECT * FROM users WHERE id = $1"_s};
    if (command == u"apply"_s)
        return {u"apply"_s, target, u"CREATE INDEX fault_idx ON fault_items (id)"_s, u"--yes"_s};
    if (command == u"revert"_s) // no such change in this suite's change log
        return {u"revert"_s, target, u"999999"_s, u"--yes"_s};
    if (command == u"changes"_s)
        return {u"changes"_s, target};
    return {u"bench"_s,    target,          u"--workload"_s, u"script"_s,
            benchScript(), u"--duration"_s, u"1"_s,          u"--no-store"_s};
}

const QStringList Commands{u"sample"_s, u"slow"_s,   u"explain"_s, u"advise"_s,
                           u"apply"_s,  u"revert"_s, u"changes"_s, u"bench"_s};

// The backends of `applicationName` (only those running a statement, with `activeOnly`;
// only those running a statement that starts with `queryStart`, when given).
QList<int> backends(const QString &applicationName, bool activeOnly, const QString &queryStart)
{
    pqxx::connection c(test::TestSandbox::endpoints().postgresSuperuser.toStdString());
    pqxx::nontransaction tx(c);
    QList<int> pids;
    for (const pqxx::row &r :
         tx.exec_params("SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND "
                        "(NOT $2 OR state = 'active') AND starts_with(query, $3)",
                        applicationName.toStdString(), activeOnly, queryStart.toStdString()))
        pids << r[0].as<int>();
    return pids;
}

qint64 pidFromFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readLine().trimmed().toLongLong() : 0;
}

} // namespace

class TestCliFaults : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;

    test::CliOptions options() const
    {
        test::CliOptions o;
        o.env = test::isolatedEnvironment(m_home.path());
        o.timeoutMs = BoundMs;
        return o;
    }

    // The documented outcome: within the bound, the exit code, the words, no secret.
    static void verify(const test::CliResult &r, int exitCode, const QByteArray &words)
    {
        const QByteArray what = r.describe();
        QVERIFY2(r.finished && r.elapsedMs < BoundMs, what.constData());
        QVERIFY2(r.exitCode == exitCode, what.constData());
        QVERIFY2(r.err.contains(words), what.constData());
        for (const QByteArray &secret : secrets())
            QVERIFY2(!r.all().contains(secret), what.constData());
    }

    // Runs `args`, stops (SIGSTOP) the backends named `applicationName` once one is there
    // (busy, with `activeOnly`; running a statement that starts with `queryStart`, when
    // given), then `afterStop` (e.g. Ctrl+C; it may read stderr into its second argument);
    // resumes them when the command has ended.
    test::CliResult runStopped(const QStringList &args, const QString &applicationName,
                               bool activeOnly,
                               const std::function<void(QProcess &, QByteArray *)> &afterStop = {},
                               const QString &queryStart = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(options().env);
        p.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        p.start(test::cliPath(), args);
        p.waitForStarted();
        p.closeWriteChannel();
        QList<int> stopped;
        while (stopped.isEmpty() && p.state() == QProcess::Running && clock.elapsed() < BoundMs) {
            stopped = backends(applicationName, activeOnly, queryStart);
            if (stopped.isEmpty())
                p.waitForFinished(100);
        }
        for (int pid : stopped)
            ::kill(pid, SIGSTOP);
        clock.restart();
        test::CliResult r;
        if (afterStop && !stopped.isEmpty())
            afterStop(p, &r.err);
        r.finished = p.waitForFinished(BoundMs);
        r.elapsedMs = clock.elapsed();
        for (int pid : stopped)
            ::kill(pid, SIGCONT);
        if (!r.finished) {
            p.kill();
            p.waitForFinished();
        }
        r.exitCode = r.finished ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err += p.readAllStandardError();
        if (stopped.isEmpty())
            r.err += "\n[test: no backend named " + applicationName.toUtf8() + " appeared]";
        return r;
    }

    // Runs `args` while the whole PostgreSQL server is stopped (the postmaster: a new
    // connection is accepted by the kernel and never answered).
    test::CliResult runServerStopped(const QStringList &args)
    {
        const qint64 postmaster = pidFromFile(test::TestSandbox::endpoints().directory +
                                              u"/postgres/data/postmaster.pid"_s);
        ::kill(pid_t(postmaster), SIGSTOP);
        const test::CliResult r = test::runCli(args, options());
        ::kill(pid_t(postmaster), SIGCONT);
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QString error;
        QVERIFY2(test::TestSandbox::ensureDemoSeeded(&error), qPrintable(error));
        QVERIFY2(test::execAsSuperuser(u"CREATE TABLE fault_items AS SELECT generate_series(1, "
                                       u"1000) AS id; ALTER TABLE fault_items OWNER TO app"_s,
                                       &error),
                 qPrintable(error));
    }

    void wrongPort_data()
    {
        QTest::addColumn<QString>("command");
        for (const QString &c : Commands)
            QTest::newRow(qPrintable(c)) << c;
    }
    void wrongPort()
    {
        QFETCH(QString, command);
        verify(test::runCli(commandLine(command, pgUri(deadPort())), options()), 1,
               "Nothing accepts connections");
    }

    void silentServer_data() { wrongPort_data(); }
    void silentServer()
    {
        QFETCH(QString, command);
        const test::SilentServer silent;
        verify(test::runCli(commandLine(command, pgUri(silent.port())), options()), 1,
               "did not answer in time");
    }

    void pgbouncerAdminConsole_data() { wrongPort_data(); }
    void pgbouncerAdminConsole()
    {
        QFETCH(QString, command);
        const test::CliResult r = test::runCli(
            commandLine(command, test::TestSandbox::endpoints().pgbouncerAdmin), options());
        if (command == u"sample"_s) // the console is what sample watches
            verify(r, 0, "Sampling");
        else
            verify(r, 2, "PgBouncer's admin console");
    }

    // With a password in the URI, on the working server: no output carries it.
    void passwordInUri_data() { wrongPort_data(); }
    void passwordInUri()
    {
        QFETCH(QString, command);
        const test::CliResult r =
            test::runCli(commandLine(command, test::TestSandbox::endpoints().postgres), options());
        if (command == u"revert"_s)
            verify(r, 2, "no change #999999");
        else
            verify(r, 0, "");
        if (command == u"apply"_s) {
            QString error;
            QVERIFY2(test::execAsSuperuser(u"DROP INDEX fault_idx"_s, &error), qPrintable(error));
        }
    }

    // The server stops answering mid-command: a backend stopped while it works, or the
    // whole server stopped for a command whose work is too short to be caught in the act.
    void stoppedMidCommand_data() { wrongPort_data(); }
    void stoppedMidCommand()
    {
        QFETCH(QString, command);
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        if (command == u"sample"_s) {
            // It keeps sampling (on a new connection): the missed sample is what it says.
            const test::CliResult r =
                runStopped({u"sample"_s, ep.postgres, u"--interval"_s, u"1"_s}, u"sonde-monitor"_s,
                           false, [](QProcess &p, QByteArray *err) {
                               QElapsedTimer clock;
                               clock.start();
                               while (!err->contains("Sample missed") &&
                                      clock.elapsed() < BoundMs && p.state() == QProcess::Running) {
                                   p.waitForReadyRead(1000);
                                   *err += p.readAllStandardError();
                               }
                               interrupt(p);
                           });
            verify(r, 0, "Sample missed");
            return;
        }
        if (command == u"slow"_s) {
            // slow reads the statement counters as a feed of the target's monitoring
            // connection.
            verify(runStopped(
                       {u"slow"_s, ep.postgres, u"--window"_s, u"60"_s, u"--interval"_s, u"1"_s},
                       u"sonde-monitor"_s, false),
                   1, "did not answer within");
            return;
        }
        if (command == u"explain"_s) {
            verify(runStopped({u"explain"_s, ep.postgres, u"--sql"_s, u"SELECT pg_sleep(600)"_s,
                               u"--analyze"_s, u"--timeout"_s, u"10"_s},
                              u"sonde-explain"_s, true),
                   1, "did not answer within");
            return;
        }
        if (command == u"advise"_s) {
            verify(runStopped({u"advise"_s, ep.postgres, u"--window"_s, u"3"_s}, u"sonde advisor"_s,
                              false),
                   1, "did not answer within");
            return;
        }
        if (command == u"apply"_s) {
            // A writer makes the build wait; its backend is stopped while it builds; Ctrl+C
            // must still end the command.
            pqxx::connection writerConnection(ep.postgresApp.toStdString());
            pqxx::work writer(writerConnection);
            writer.exec("UPDATE fault_items SET id = id WHERE id = 1");
            const auto ctrlC = [](QProcess &p, QByteArray *) {
                interrupt(p);
            };
            const QStringList args{u"apply"_s, ep.postgres,
                                   u"CREATE INDEX fault_stop_idx ON fault_items (id)"_s,
                                   u"--yes"_s};
            const test::CliResult r =
                runStopped(args, u"sonde index build"_s, true, ctrlC, u"CREATE INDEX"_s);
            writer.commit();
            verify(r, 1, "Canceled");
            return;
        }
        if (command == u"bench"_s) {
            // The stopped clients' statements are canceled after the run: it still ends.
            QTemporaryFile script;
            QVERIFY(script.open());
            script.write("SELECT pg_sleep(0.05);\n");
            script.close();
            verify(runStopped({u"bench"_s, ep.postgres, u"--workload"_s, u"script"_s,
                               script.fileName(), u"--duration"_s, u"3"_s, u"--no-store"_s},
                              u"sonde-bench"_s, true),
                   0, "");
            return;
        }
        // revert, changes: stopped server, before they connect.
        verify(runServerStopped(commandLine(command, ep.postgres)), 1, "did not answer in time");
    }

    void redisFaults()
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        const QList<QStringList> commands{{u"sample"_s, u"--count"_s, u"1"_s},
                                          {u"bench"_s, u"--workload"_s, u"redis-get"_s,
                                           u"--duration"_s, u"1"_s, u"--no-store"_s}};
        const test::SilentServer silent;
        for (QStringList args : commands) {
            args.insert(1, redisUri(deadPort()));
            verify(test::runCli(args, options()), 1, "Nothing accepts connections");
            args[1] = redisUri(silent.port());
            verify(test::runCli(args, options()), 1, "did not answer");
            args[1] = ep.redis;
            verify(test::runCli(args, options()), 0, "");
            // The whole server stopped.
            const qint64 server = pidFromFile(ep.directory + u"/redis/redis.pid"_s);
            ::kill(pid_t(server), SIGSTOP);
            const test::CliResult r = test::runCli(args, options());
            ::kill(pid_t(server), SIGCONT);
            verify(r, 1, "did not answer");
        }
    }

    void cleanupTestCase() { test::TestSandbox::stop(); }
};

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_cli_faults.moc"
