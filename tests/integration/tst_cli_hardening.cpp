// sonde-cli under hostile input, against the sandbox: no password in any output, passwords
// kept off the command line, read-only EXPLAIN ANALYZE that really cannot write, PgBouncer
// in transaction mode, capped inputs, one exit-code convention with clear messages,
// private local stores, and Redis URIs the standard clients accept.
#include "CliRun.h"
#include "TestSandbox.h"
#include "connection/PgConnInfo.h"
#include "connection/PgSession.h"
#include "connection/ProfileStore.h"
#include "postgres/Explainer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <pqxx/pqxx>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

// Every command that takes a server, with the arguments it needs besides the target.
QList<QStringList> targetCommands()
{
    return {{u"sample"_s, u"--count"_s, u"1"_s},
            {u"slow"_s, u"--window"_s, u"0"_s},
            {u"explain"_s, u"--sql"_s, u"SELECT 1"_s},
            {u"advise"_s, u"--statement"_s, u"SELECT 1"_s},
            {u"apply"_s, u"CREATE INDEX ON t (a)"_s, u"--yes"_s},
            {u"revert"_s, u"1"_s, u"--yes"_s},
            {u"changes"_s},
            {u"bench"_s, u"--duration"_s, u"1"_s, u"--no-store"_s}};
}

// The command line with the target in its place (after the command name).
QStringList withTarget(const QStringList &command, const QString &target)
{
    QStringList args = command;
    args.insert(1, target);
    return args;
}

QString withoutPassword(const QString &uri, QString *password)
{
    PgConnInfo info;
    PgConnInfo::parse(uri, &info, nullptr);
    *password = info.value("password");
    info.remove("password");
    return info.toUri(false);
}

int modeOf(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

} // namespace

class TestCliHardening : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    test::CliOptions isolated(const QByteArray &input = {}) const
    {
        test::CliOptions o;
        o.env = test::isolatedEnvironment(m_home.path());
        o.input = input;
        return o;
    }
    static qint64 sequenceValue()
    {
        pqxx::connection c(test::TestSandbox::endpoints().postgresApp.toStdString());
        pqxx::nontransaction tx(c);
        return tx.exec1("SELECT last_value FROM deployments_id_seq")[0].as<qint64>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QString error;
        QVERIFY2(test::TestSandbox::ensureDemoSeeded(&error), qPrintable(error));
    }

    // Malformed targets: exit 2 everywhere, the reason said, the password never echoed, a
    // long URI cut.
    void badTargetsNeverEchoThePassword_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("reason");
        QTest::newRow("ipv6 unterminated") << u"postgresql://u:SeCrEt-1@[::1/db"_s << u"IPv6"_s;
        QTest::newRow("unknown parameter") << u"postgresql://u:SeCrEt-2@127.0.0.1:1/db?foo=bar"_s
                                           << u"invalid URI query parameter"_s;
        QTest::newRow("bogus sslmode") << u"host=127.0.0.1 port=1 password=SeCrEt-3 sslmode=bogus"_s
                                       << u"invalid sslmode value"_s;
        QTest::newRow("redis port out of range") << u"redis://:SeCrEt-4@h:99999/0"_s << u"port"_s;
        QTest::newRow("empty") << QString() << u"empty"_s;
        QTest::newRow("100 000 characters")
            << u"postgresql://u:SeCrEt-5@[::1/"_s + QString(100000, u'a') << u"characters"_s;
    }

    void badTargetsNeverEchoThePassword()
    {
        QFETCH(QString, target);
        QFETCH(QString, reason);
        for (const QStringList &command : targetCommands()) {
            const test::CliResult r = test::runCli(withTarget(command, target), isolated());
            const QByteArray what =
                QByteArray(command.first().toUtf8() + ": ") + r.describe().left(600);
            QVERIFY2(r.exitCode == 2, what.constData());
            QVERIFY2(!r.all().contains("SeCrEt"), what.constData());
            QVERIFY2(r.err.contains(reason.toUtf8()), what.constData());
            QVERIFY2(r.all().size() < 3000, what.constData());
        }
    }

    // A well-formed URI whose server refuses or cannot be reached: exit 1, no password.
    void failuresNeverEchoThePassword()
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        const QStringList targets{
            u"postgresql://sonde:SeCrEt-6@127.0.0.1:%1/sonde_demo"_s.arg(ep.postgresPort),
            u"postgresql://nobody:SeCrEt-7@127.0.0.1:1/x?connect_timeout=3"_s,
            u"redis://:SeCrEt-8@127.0.0.1:%1/0"_s.arg(ep.redisPort)};
        for (const QString &target : targets) {
            for (const QStringList &command : targetCommands()) {
                if (target.startsWith(u"redis"_s) && command.first() != u"sample"_s)
                    continue;
                const test::CliResult r = test::runCli(withTarget(command, target), isolated());
                const QByteArray what = command.first().toUtf8() + ": " + r.describe();
                QVERIFY2(r.exitCode == 1, what.constData());
                QVERIFY2(!r.all().contains("SeCrEt"), what.constData());
                QVERIFY2(!r.err.isEmpty(), what.constData());
            }
        }
    }

    void passwordsOffTheCommandLine()
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        QString password;
        const QString bare = withoutPassword(ep.postgres, &password);
        const QStringList explain{u"explain"_s, bare, u"--sql"_s, u"SELECT 1"_s};
        // Without any password the server refuses.
        QCOMPARE(test::runCli(explain, isolated()).exitCode, 1);
        // --password-stdin.
        test::CliResult r =
            test::runCli(explain + QStringList{u"--password-stdin"_s}, isolated(password.toUtf8()));
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = test::runCli(explain + QStringList{u"--password-stdin"_s}, isolated("wrong-pw\n"));
        QVERIFY2(r.exitCode == 1 && r.err.contains("password"), r.describe().constData());
        QVERIFY(!r.all().contains("wrong-pw"));
        // PGPASSWORD, as libpq reads it.
        test::CliOptions env = isolated();
        env.env.insert(u"PGPASSWORD"_s, password);
        QCOMPARE(test::runCli(explain, env).exitCode, 0);
        // ~/.pgpass ($HOME is the test's).
        QFile pgpass(m_home.filePath(u".pgpass"_s));
        QVERIFY(pgpass.open(QIODevice::WriteOnly));
        pgpass.write(u"127.0.0.1:%1:*:sonde:%2\n"_s.arg(ep.postgresPort).arg(password).toUtf8());
        pgpass.close();
        pgpass.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(test::runCli(explain, isolated()).exitCode, 0);
        QVERIFY(pgpass.remove());
        // REDISCLI_AUTH for Redis.
        env = isolated();
        env.env.insert(u"REDISCLI_AUTH"_s, ep.redis.section(u':', 2).section(u'@', 0, 0));
        r = test::runCli(
            {u"sample"_s, u"redis://127.0.0.1:%1/0"_s.arg(ep.redisPort), u"--count"_s, u"1"_s},
            env);
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        // A saved profile, by name (no keychain here: the password comes from stdin).
        {
            ProfileStore store(nullptr, m_home.filePath(u"config/Sonde/sonde.conf"_s));
            ConnectionProfile profile;
            QString ignored;
            QVERIFY(ConnectionProfile::fromUri(bare, &profile, &ignored, &ignored));
            profile.name = u"Sandbox DBA"_s;
            store.save(profile);
        }
        env = isolated(password.toUtf8());
        env.env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
        r = test::runCli(
            {u"explain"_s, u"Sandbox DBA"_s, u"--sql"_s, u"SELECT 1"_s, u"--password-stdin"_s},
            env);
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        // Every command says so in its help.
        for (const QStringList &command : targetCommands()) {
            const test::CliResult help = test::runCli({command.first(), u"--help"_s});
            QCOMPARE(help.exitCode, 0);
            for (const char *word :
                 {"--password-stdin", "PGPASSWORD", "REDISCLI_AUTH", "profile", "Exit status"})
                QVERIFY2(help.out.contains(word),
                         QByteArray(command.first().toUtf8() + ": " + word).constData());
        }
    }

    void readOnlyExplainCannotWrite()
    {
        const QString pg = test::TestSandbox::endpoints().postgres;
        const qint64 before = sequenceValue();
        const QString nextval =
            u"SELECT nextval('deployments_id_seq') FROM generate_series(1, 1000)"_s;
        for (const QString &sql : {nextval, u"SELECT setval('deployments_id_seq', 1)"_s}) {
            const test::CliResult r =
                test::runCli({u"explain"_s, pg, u"--sql"_s, sql, u"--analyze"_s, u"--read-only"_s});
            QVERIFY2(r.exitCode == 3, r.describe().constData());
            QVERIFY2(r.err.contains("volatile"), r.describe().constData());
        }
        // Without --read-only, a write the text does not show is refused by the server (the
        // statement runs in a READ ONLY transaction) until it is confirmed.
        test::CliResult r = test::runCli({u"explain"_s, pg, u"--sql"_s, nextval, u"--analyze"_s});
        QVERIFY2(r.exitCode == 3 && r.err.contains("--confirm-write"), r.describe().constData());
        QCOMPARE(sequenceValue(), before);
        // What only reads still runs read-only.
        r = test::runCli({u"explain"_s, pg, u"--sql"_s, u"SELECT count(*), now() FROM users"_s,
                          u"--analyze"_s, u"--read-only"_s});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        // The GUI's path: the same Explainer, on a target that is not read-only.
        PgSession session;
        QVERIFY(!session.open(pg));
        ExplainRequest request;
        request.sql = nextval;
        request.mode = ExplainRequest::Mode::Analyze;
        const ExplainResult result = Explainer::explain(session, request);
        QCOMPARE(result.error.kind, DbError::Kind::ReadOnlyRefused);
        QCOMPARE(sequenceValue(), before);
    }

    void throughPgBouncerInTransactionMode()
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        test::CliResult r = test::runCli(
            {u"sample"_s, ep.pgbouncer, u"--count"_s, u"2"_s, u"--json"_s}, isolated());
        QVERIFY2(r.exitCode == 0 && r.out.count('\n') == 2, r.describe().constData());
        r = test::runCli({u"slow"_s, ep.pgbouncer, u"--window"_s, u"0"_s}, isolated());
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        for (const QStringList &extra :
             {QStringList{u"--sql"_s, u"SELECT id FROM users WHERE id = $1"_s},
              QStringList{u"--sql"_s, u"SELECT count(*) FROM users"_s, u"--analyze"_s}}) {
            r = test::runCli(QStringList{u"explain"_s, ep.pgbouncer} + extra, isolated());
            QVERIFY2(r.exitCode == 0, r.describe().constData());
        }
        // Advice works through the pool (tst_advise_pooled has the rest); a build needs a
        // direct connection: said, not attempted.
        r = test::runCli({u"advise"_s, ep.pgbouncer, u"--statement"_s, u"SELECT 1"_s}, isolated());
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = test::runCli({u"apply"_s, ep.pgbouncer, u"CREATE INDEX ON users (name)"_s, u"--yes"_s},
                         isolated());
        QVERIFY2(r.exitCode == 3 && r.err.contains("is PgBouncer") &&
                     r.err.contains("direct connection"),
                 r.describe().constData());
        // bench without --pgbouncer finds out, and says so.
        QTemporaryFile script;
        QVERIFY(script.open());
        script.write("SELECT 1;\n");
        script.close();
        r = test::runCli({u"bench"_s, ep.pgbouncer, u"--workload"_s, u"script"_s, script.fileName(),
                          u"--duration"_s, u"1"_s, u"--no-store"_s},
                         isolated());
        QVERIFY2(r.exitCode == 0 && r.out.contains("PgBouncer"), r.describe().constData());
        // A failure keeps its cause.
        QString password;
        const QString bare = withoutPassword(ep.pgbouncer, &password);
        r = test::runCli({u"bench"_s, bare, u"--workload"_s, u"script"_s, script.fileName(),
                          u"--duration"_s, u"1"_s, u"--no-store"_s, u"--password-stdin"_s},
                         isolated("wrong\n"));
        QVERIFY2(r.exitCode == 1 && r.err.contains("authentication failed"),
                 r.describe().constData());
        // The admin console is named for what it is.
        for (const QStringList &command : targetCommands()) {
            if (command.first() == u"sample"_s)
                continue;
            r = test::runCli(withTarget(command, ep.pgbouncerAdmin), isolated());
            QVERIFY2(r.exitCode == 2 && r.err.contains("PgBouncer's admin console"),
                     QByteArray(command.first().toUtf8() + ": " + r.describe()).constData());
        }
    }

    void inputsAreCapped()
    {
        const QString pg = test::TestSandbox::endpoints().postgres;
        test::CliResult r = test::runCli({u"explain"_s, u"--file"_s, u"/dev/zero"_s});
        QVERIFY2(r.exitCode == 2 && r.err.contains("64 MiB"), r.describe().constData());
        r = test::runCli({u"advise"_s, pg, u"--file"_s, u"/dev/zero"_s}, isolated());
        QVERIFY2(r.exitCode == 2 && r.err.contains("16 MiB"), r.describe().constData());
        r = test::runCli({u"bench"_s, pg, u"--workload"_s, u"script"_s, u"/dev/zero"_s},
                         isolated());
        QVERIFY2(r.exitCode == 2 && r.err.contains("16 MiB"), r.describe().constData());
        r = test::runCli({u"explain"_s, pg, u"--sql"_s, u"-"_s},
                         isolated(QByteArray(17 * 1024 * 1024, ' ')));
        QVERIFY2(r.exitCode == 2 && r.err.contains("16 MiB"), r.describe().constData());
        r = test::runCli({u"explain"_s, pg, u"--sql"_s, u"SELECT 1"_s, u"--password-stdin"_s},
                         isolated(QByteArray(100000, 'p')));
        QVERIFY2(r.exitCode == 2, r.describe().constData());
    }

    void oneExitCodeConventionDocumented()
    {
        const test::CliResult help = test::runCli({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const QString &path : {u"README.md"_s, u"packaging/sonde-cli.1"_s}) {
            QFile f(QStringLiteral(SONDE_SOURCE_DIR) + u'/' + path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            // (roff escapes the dashes of options: \-\-password\-stdin)
            const QString text = QString::fromUtf8(f.readAll()).replace(u"\\-"_s, u"-"_s);
            for (const char *needle : {"--password-stdin", "REDISCLI_AUTH"})
                QVERIFY2(text.contains(QLatin1String(needle)),
                         qPrintable(path + u": "_s + QLatin1String(needle)));
            QVERIFY2(text.contains(u"nothing was changed"_s, Qt::CaseInsensitive) &&
                         text.contains(u"nothing was sent"_s, Qt::CaseInsensitive),
                     qPrintable(path));
        }
        QVERIFY(help.out.contains("nothing was changed"));
        QVERIFY(help.out.contains("nothing was"));
        QCOMPARE(test::runCli({u"no-such-command"_s}).exitCode, 2);
        QCOMPARE(test::runCli({}).exitCode, 2);
    }

    void localStoresArePrivate()
    {
        QTemporaryDir home;
        const QString share = home.filePath(u"share"_s);
        const QString dir = share + u"/Sonde/sonde"_s;
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                               QFile::ReadGroup | QFile::ExeGroup |
                                               QFile::ReadOther | QFile::ExeOther));
        QFile old(dir + u"/changes.sqlite"_s);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.close();
        QVERIFY(::chmod(QFile::encodeName(old.fileName()).constData(), 0644) == 0);
        test::CliOptions o;
        o.env.insert(u"XDG_DATA_HOME"_s, share);
        o.env.insert(u"HOME"_s, home.path());
        QTemporaryFile script;
        QVERIFY(script.open());
        script.write("SELECT 1;\n");
        script.close();
        const test::CliResult r =
            test::runCli({u"bench"_s, test::TestSandbox::endpoints().postgres, u"--workload"_s,
                          u"script"_s, script.fileName(), u"--duration"_s, u"0.5"_s},
                         o);
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(test::runCli({u"changes"_s}, o).exitCode, 0);
        QCOMPARE(modeOf(dir), 0700);
        QCOMPARE(modeOf(dir + u"/benchmarks.sqlite"_s), 0600);
        QCOMPARE(modeOf(dir + u"/changes.sqlite"_s), 0600);
    }

    void redisUriWorksWithRedisCli()
    {
        const QString uri = test::TestSandbox::endpoints().redis;
        QVERIFY2(uri.startsWith(u"redis://default:"_s), qPrintable(uri));
        QProcess cli;
        cli.start(u"redis-cli"_s, {u"-u"_s, uri, u"--no-auth-warning"_s, u"ping"_s});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.readAllStandardOutput().trimmed(), QByteArray("PONG"));
        const test::CliResult r = test::runCli({u"sample"_s, uri, u"--count"_s, u"1"_s});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
    }

    void cleanupTestCase() { test::TestSandbox::stop(); }
};

QTEST_GUILESS_MAIN(TestCliHardening)
#include "tst_cli_hardening.moc"
