// Bad set-ups give a clear message instead of a hang, and servers of a run killed with
// SIGKILL are cleaned up by the next run.
#include "TestSandbox.h"
#include "sandbox/ProcessRunner.h"
#include "sandbox/StaleSandboxes.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace sonde;

class TestSandboxFailures : public QObject
{
    Q_OBJECT
private slots:
    void missingServerBinaries()
    {
        qputenv("SONDE_PG_BINDIR", "/nonexistent/bin");
        Sandbox sb;
        QString error;
        QElapsedTimer t;
        t.start();
        QVERIFY(!sb.start({}, nullptr, &error));
        qunsetenv("SONDE_PG_BINDIR");
        QVERIFY(t.elapsed() < 5000);
        QVERIFY2(error.contains(u"postgresql-15"_s), qPrintable(error));
        QVERIFY2(error.contains(u"install-deps"_s), qPrintable(error));

        qputenv("SONDE_REDIS_SERVER", "/nonexistent/redis-server");
        QVERIFY(!sb.start({}, nullptr, &error));
        qunsetenv("SONDE_REDIS_SERVER");
        QVERIFY2(error.contains(u"redis-server"_s), qPrintable(error));
    }

    void portTaken()
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr = {};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr), 0);
        QCOMPARE(::listen(fd, 1), 0);
        socklen_t len = sizeof addr;
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len);
        SandboxOptions options;
        options.redisPort = ntohs(addr.sin_port);
        Sandbox sb(options);
        QString error;
        QVERIFY(!sb.start({}, nullptr, &error));
        ::close(fd);
        QVERIFY2(error.contains(u"already in use"_s), qPrintable(error));
        QVERIFY2(error.contains(QString::number(options.redisPort)), qPrintable(error));
    }

    void directoryNotWritable()
    {
        SandboxOptions options;
        options.parentDir = u"/proc/sonde-cannot-be-here"_s;
        Sandbox sb(options);
        QString error;
        QVERIFY(!sb.start({}, nullptr, &error));
        QVERIFY2(error.contains(u"/proc/sonde-cannot-be-here"_s), qPrintable(error));
        QVERIFY2(error.contains(u"SONDE_SANDBOX_DIR"_s), qPrintable(error));
    }

    void cancelStopsEverything()
    {
        QTemporaryDir parent;
        QFile::setPermissions(parent.path(), QFileDevice::Permissions(0x7777));
        SandboxOptions options;
        options.parentDir = parent.path();
        Sandbox sb(options);
        std::atomic<bool> cancel{false};
        QString error;
        // Cancel as soon as PostgreSQL is up.
        const bool ok = sb.start(
            [&](const QString &, int percent) {
                if (percent >= 50)
                    cancel.store(true);
            },
            &cancel, &error);
        QVERIFY(!ok);
        QVERIFY2(error.contains(u"canceled"_s), qPrintable(error));
        QVERIFY(QDir(parent.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    }

    void killedRunIsCleanedUpByNextRun()
    {
        QTemporaryDir parent;
        QFile::setPermissions(parent.path(), QFileDevice::Permissions(0x7777));
        QProcess cli;
        cli.start(QStringLiteral(SONDE_CLI_PATH), {u"demo"_s, u"--json"_s, u"--scale"_s, u"0.001"_s,
                                                   u"--no-workload"_s, u"--dir"_s, parent.path()});
        QVERIFY(cli.waitForStarted());
        QVERIFY(cli.waitForReadyRead(90000));
        const QJsonObject ep = QJsonDocument::fromJson(cli.readLine()).object();
        const QString dir = ep.value(u"directory"_s).toString();
        QVERIFY2(!dir.isEmpty(), "no JSON line on stdout");
        const qint64 pgPid = readPidFile(dir + u"/postgres/data/postmaster.pid"_s);
        const qint64 redisPid = readPidFile(dir + u"/redis/redis.pid"_s);
        QVERIFY(isProcessAlive(pgPid));
        ::kill(pid_t(cli.processId()), SIGKILL);
        QVERIFY(cli.waitForFinished(5000));
        // The servers outlive a SIGKILL of their owner...
        QVERIFY(QDir(dir).exists());
        QVERIFY(isProcessAlive(pgPid));
        // ...until the next run cleans up.
        const QStringList cleaned = StaleSandboxes::cleanup(parent.path());
        QCOMPARE(cleaned.size(), 1);
        QVERIFY(!QDir(dir).exists());
        QVERIFY(!isProcessAlive(pgPid));
        QVERIFY(!isProcessAlive(redisPid));
    }
};

QTEST_GUILESS_MAIN(TestSandboxFailures)
#include "tst_sandbox_failures.moc"
