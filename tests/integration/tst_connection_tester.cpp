// "Test connection" against the sandbox's real servers says exactly what is wrong: host not
// found, refused, timeout, authentication, TLS, the wrong protocol on a port, PostgreSQL
// where PgBouncer's console was expected, pg_stat_statements missing, a role without
// pg_read_all_stats, Redis ACL rights.
#include "TestSandbox.h"
#include "connection/ConnectionTester.h"
#include "connection/RedisClient.h"
#include "sandbox/Sandbox.h"

#include <QRegularExpression>
#include <QTcpServer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

Target target(TargetKind kind, const QString &uri)
{
    Target t;
    t.id = u"t"_s;
    t.kind = kind;
    t.name = u"t"_s;
    t.uri = uri;
    return t;
}

// Runs the (blocking) test off this thread while this thread's event loop keeps serving.
ConnectionTestResult runTest(const Target &t)
{
    QFuture<ConnectionTestResult> f =
        QtConcurrent::run([t]() { return ConnectionTester::test(t); });
    while (!f.isFinished())
        QTest::qWait(20);
    return f.result();
}

const ConnectionCheck *check(const ConnectionTestResult &r, const QString &what)
{
    for (const ConnectionCheck &c : r.checks) {
        if (c.what == what)
            return &c;
    }
    return nullptr;
}

QString withUser(const QString &uri, const QString &user, const QString &password)
{
    QUrl url(uri);
    url.setUserName(user);
    url.setPassword(password);
    return url.toString();
}

} // namespace

class TestConnectionTester : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::TestSandbox::ensureStarted(&error), qPrintable(error));
    }

    void healthyPostgres()
    {
        const auto r =
            runTest(target(TargetKind::PostgreSQL, test::TestSandbox::endpoints().postgres));
        QVERIFY2(r.ok(), qPrintable(r.toText()));
        QVERIFY(r.serverVersion.startsWith(u"PostgreSQL 15"_s));
        QCOMPARE(check(r, u"pg_stat_statements"_s)->outcome, ConnectionCheck::Outcome::Passed);
        QCOMPARE(check(r, u"pg_read_all_stats"_s)->outcome, ConnectionCheck::Outcome::Passed);
        QCOMPARE(r.warnings(), 0);
    }

    void hostNotFound()
    {
        const auto r =
            runTest(target(TargetKind::PostgreSQL, u"postgresql://x@no-such-host.invalid/db"_s));
        QCOMPARE(r.error.kind, DbError::Kind::HostNotFound);
        const auto redis =
            runTest(target(TargetKind::Redis, u"redis://no-such-host.invalid:6379"_s));
        QCOMPARE(redis.error.kind, DbError::Kind::HostNotFound);
    }

    void refused()
    {
        const int port = pickFreeLoopbackPorts(1).value(0);
        const auto r =
            runTest(target(TargetKind::PostgreSQL, u"postgresql://x@127.0.0.1:%1/db"_s.arg(port)));
        QCOMPARE(r.error.kind, DbError::Kind::ConnectionRefused);
        QVERIFY(r.error.message.contains(QString::number(port)));
        QCOMPARE(r.checks.first().outcome, ConnectionCheck::Outcome::Failed);
    }

    void timeout()
    {
        // Accepts TCP connections and never says a word.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const auto r = runTest(
            target(TargetKind::PostgreSQL,
                   u"postgresql://x@127.0.0.1:%1/db?connect_timeout=2"_s.arg(silent.serverPort())));
        QCOMPARE(r.error.kind, DbError::Kind::Timeout);
        QVERIFY(r.error.message.contains(u"did not answer in time"_s));
    }

    void wrongPassword()
    {
        const QString uri = test::TestSandbox::endpoints().postgres;
        const auto r =
            runTest(target(TargetKind::PostgreSQL, withUser(uri, u"sonde"_s, u"nope"_s)));
        QCOMPARE(r.error.kind, DbError::Kind::AuthenticationFailed);
        QVERIFY(!r.toText().contains(u"nope"_s));
        RedisEndpoint ep;
        QVERIFY(RedisEndpoint::parse(test::TestSandbox::endpoints().redis, &ep, nullptr));
        ep.password = u"nope"_s;
        const auto redis = runTest(target(TargetKind::Redis, ep.toUri(true)));
        QCOMPARE(redis.error.kind, DbError::Kind::AuthenticationFailed);
    }

    void tls()
    {
        // The sandbox server has no TLS: sslmode=require must say TLS, not something vague.
        const auto r =
            runTest(target(TargetKind::PostgreSQL,
                           test::TestSandbox::endpoints().postgres + u"?sslmode=require"_s));
        QCOMPARE(r.error.kind, DbError::Kind::Tls);
        const auto redis = runTest(
            target(TargetKind::Redis,
                   u"rediss://127.0.0.1:%1"_s.arg(test::TestSandbox::endpoints().redisPort)));
        QCOMPARE(redis.error.kind, DbError::Kind::Tls);
    }

    void wrongProtocol()
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        const auto pgOnRedis = runTest(
            target(TargetKind::PostgreSQL,
                   u"postgresql://x@127.0.0.1:%1/db?connect_timeout=2"_s.arg(ep.redisPort)));
        QCOMPARE(pgOnRedis.error.kind, DbError::Kind::WrongProtocol);
        QVERIFY2(pgOnRedis.error.message.contains(u"speaks Redis, not PostgreSQL"_s),
                 qPrintable(pgOnRedis.error.message));
        const auto redisOnPg =
            runTest(target(TargetKind::Redis, u"redis://127.0.0.1:%1"_s.arg(ep.postgresPort)));
        QCOMPARE(redisOnPg.error.kind, DbError::Kind::WrongProtocol);
        QVERIFY(redisOnPg.error.message.contains(u"PostgreSQL"_s));
        const auto bouncerOnRedis = runTest(
            target(TargetKind::PgBouncer,
                   u"postgresql://x@127.0.0.1:%1/pgbouncer?connect_timeout=2"_s.arg(ep.redisPort)));
        QCOMPARE(bouncerOnRedis.error.kind, DbError::Kind::WrongProtocol);
        QVERIFY2(bouncerOnRedis.error.message.contains(u"speaks Redis, not PgBouncer"_s),
                 qPrintable(bouncerOnRedis.error.message));
    }

    void postgresWhereTheConsoleWasExpected()
    {
        QUrl url(test::TestSandbox::endpoints().postgres);
        url.setPath(u"/pgbouncer"_s);
        const auto r = runTest(target(TargetKind::PgBouncer, url.toString()));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.message.contains(u"not PgBouncer's admin console"_s),
                 qPrintable(r.error.message));
    }

    void pgbouncerConsole()
    {
        const auto r =
            runTest(target(TargetKind::PgBouncer, test::TestSandbox::endpoints().pgbouncerAdmin));
        QVERIFY2(r.ok(), qPrintable(r.toText()));
        QVERIFY(r.serverVersion.contains(u"PgBouncer"_s));
        QCOMPARE(r.warnings(), 0);
    }

    void missingStatementsAndPrivilege()
    {
        QString error;
        QVERIFY2(test::execAsSuperuser(u"DROP DATABASE IF EXISTS bare"_s, &error, u"postgres"_s),
                 qPrintable(error));
        QVERIFY2(test::execAsSuperuser(u"CREATE DATABASE bare TEMPLATE template0"_s, &error,
                                       u"postgres"_s),
                 qPrintable(error));
        QVERIFY2(test::execAsSuperuser(u"DROP ROLE IF EXISTS plain_user; CREATE ROLE plain_user "
                                       "LOGIN PASSWORD 'plain-pw'"_s,
                                       &error),
                 qPrintable(error));
        QUrl url(test::TestSandbox::endpoints().postgres);
        url.setPath(u"/bare"_s);
        url.setUserName(u"plain_user"_s);
        url.setPassword(u"plain-pw"_s);
        const auto r = runTest(target(TargetKind::PostgreSQL, url.toString()));
        QVERIFY2(r.ok(), qPrintable(r.toText()));
        const ConnectionCheck *stmts = check(r, u"pg_stat_statements"_s);
        QCOMPARE(stmts->outcome, ConnectionCheck::Outcome::Warning);
        QVERIFY2(stmts->message.contains(u"CREATE EXTENSION pg_stat_statements"_s),
                 qPrintable(stmts->message));
        const ConnectionCheck *stats = check(r, u"pg_read_all_stats"_s);
        QCOMPARE(stats->outcome, ConnectionCheck::Outcome::Warning);
        QVERIFY(stats->message.contains(u"GRANT pg_monitor TO plain_user"_s));
        QCOMPARE(r.warnings(), 2);
    }

    void redisAclRights()
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        RedisEndpoint admin;
        QVERIFY(RedisEndpoint::parse(ep.redis, &admin, nullptr));
        RedisClient c;
        QVERIFY(!c.open(admin));
        RedisReply reply;
        // A user that may run INFO but nothing else Sonde would like.
        QVERIFY(!c.command({"ACL", "SETUSER", "watcher", "reset", "on", ">watch-pw", "+info",
                            "+ping", "+client|setname"},
                           &reply));
        const auto r = runTest(target(
            TargetKind::Redis, u"redis://watcher:watch-pw@127.0.0.1:%1/0"_s.arg(ep.redisPort)));
        QVERIFY2(r.ok(), qPrintable(r.toText()));
        QVERIFY(r.serverVersion.startsWith(u"Redis 7"_s));
        QCOMPARE(r.warnings(), 3); // LATENCY, SLOWLOG, CONFIG GET refused
        QVERIFY(check(r, u"SLOWLOG"_s)->message.contains(u"refused"_s));
        QVERIFY(!c.command({"ACL", "DELUSER", "watcher"}, &reply));
        const auto full = runTest(target(TargetKind::Redis, ep.redis));
        QVERIFY2(full.ok() && full.warnings() == 0, qPrintable(full.toText()));
    }

    void cleanupTestCase() { test::TestSandbox::stop(); }
};

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connection_tester.moc"
