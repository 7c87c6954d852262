// The sandbox starts real servers configured as promised, two can run at once, and
// stopping leaves nothing behind.
#include "TestSandbox.h"
#include "connection/PgBouncerConsole.h"
#include "connection/PgSession.h"
#include "connection/RedisClient.h"
#include "sandbox/ProcessRunner.h"

#include <QDir>
#include <QtTest>

#include <pqxx/nontransaction>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

QString queryOne(PgSession &s, const char *sql)
{
    QString out;
    const DbError err = s.run([&](pqxx::connection &c) {
        pqxx::nontransaction tx(c);
        out = QString::fromStdString(tx.exec1(sql)[0].c_str());
    });
    return err ? u"ERROR: "_s + err.toString() : out;
}

} // namespace

class TestSandboxServers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::TestSandbox::ensureStarted(&error), qPrintable(error));
    }

    void postgresIsConfigured()
    {
        PgSession s;
        const DbError err = s.open(test::TestSandbox::endpoints().postgres);
        QVERIFY2(!err, qPrintable(err.toString()));
        QVERIFY(s.serverVersion() >= 150000);
        QCOMPARE(queryOne(s, "SHOW shared_preload_libraries"),
                 u"pg_stat_statements,pg_qualstats"_s);
        QCOMPARE(queryOne(s, "SHOW track_io_timing"), u"on"_s);
        QCOMPARE(queryOne(s, "SHOW listen_addresses"), u"127.0.0.1"_s);
        QCOMPARE(queryOne(s, "SELECT string_agg(extname, ',' ORDER BY extname) FROM pg_extension "
                             "WHERE extname <> 'plpgsql'"),
                 u"hypopg,pg_qualstats,pg_stat_statements"_s);
        // Sonde's own session is labelled and has a statement timeout.
        QCOMPARE(queryOne(s, "SHOW application_name"), u"sonde"_s);
        QCOMPARE(queryOne(s, "SHOW statement_timeout"), u"15s"_s);
    }

    void monitorRoleHasOnlyPgMonitor()
    {
        PgSession s;
        const DbError err = s.open(test::TestSandbox::endpoints().postgresMonitor);
        QVERIFY2(!err, qPrintable(err.toString()));
        QCOMPARE(queryOne(s, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user"),
                 u"false"_s);
        QCOMPARE(queryOne(s, "SELECT string_agg(r.rolname, ',') FROM pg_auth_members m "
                             "JOIN pg_roles r ON r.oid = m.roleid "
                             "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = current_user"),
                 u"pg_monitor"_s);
        QVERIFY(queryOne(s, "CREATE TABLE nope (id int)").startsWith(u"ERROR"_s));
    }

    void pgbouncerInTransactionModeWithConsole()
    {
        PgBouncerConsole console;
        const DbError err = console.open(test::TestSandbox::endpoints().pgbouncerAdmin);
        QVERIFY2(!err, qPrintable(err.toString()));
        TextTable config;
        QVERIFY(!console.query(u"SHOW CONFIG"_s, &config));
        bool found = false;
        for (int r = 0; r < config.rowCount(); ++r) {
            if (config.value(r, u"key"_s) == u"pool_mode"_s) {
                QCOMPARE(config.value(r, u"value"_s), u"transaction"_s);
                found = true;
            }
        }
        QVERIFY(found);
        TextTable pools;
        QVERIFY(!console.query(u"SHOW POOLS"_s, &pools));
        QVERIFY(pools.hasColumn(u"cl_waiting"_s));
        // The stats user may look but not act.
        TextTable ignored;
        const DbError pause = console.query(u"PAUSE"_s, &ignored);
        QVERIFY(pause.isError());

        // The application path through PgBouncer reaches PostgreSQL.
        PgSessionOptions options;
        options.throughPooler = true;
        PgSession app;
        const DbError appErr = app.open(test::TestSandbox::endpoints().pgbouncer, options);
        QVERIFY2(!appErr, qPrintable(appErr.toString()));
        QCOMPARE(queryOne(app, "SELECT current_database()"), u"sonde_demo"_s);
    }

    void redisIsConfigured()
    {
        RedisEndpoint ep;
        QVERIFY(RedisEndpoint::parse(test::TestSandbox::endpoints().redis, &ep, nullptr));
        RedisClient r;
        const DbError err = r.open(ep);
        QVERIFY2(!err, qPrintable(err.toString()));
        RedisReply reply;
        QVERIFY(!r.command({"CONFIG", "GET", "latency-tracking"}, &reply));
        QCOMPARE(reply.elements.value(1).toString(), u"yes"_s);
        QVERIFY(!r.command({"CONFIG", "GET", "slowlog-log-slower-than"}, &reply));
        QVERIFY(reply.elements.value(1).toString().toInt() <= 1000);
        QVERIFY(!r.command({"INFO", "server"}, &reply));
        QVERIFY(reply.toString().contains(u"redis_version:7"_s));
        // Without the password Redis refuses.
        RedisEndpoint noAuth = ep;
        noAuth.password.clear();
        RedisClient anon;
        const DbError denied = anon.open(noAuth);
        QCOMPARE(denied.kind, DbError::Kind::AuthenticationFailed);
    }

    void twoSandboxesAtOnceAndCleanStop()
    {
        Sandbox second;
        QString error;
        QVERIFY2(second.start({}, nullptr, &error), qPrintable(error));
        const SandboxEndpoints a = test::TestSandbox::endpoints();
        const SandboxEndpoints b = second.endpoints();
        QVERIFY(a.postgresPort != b.postgresPort);
        QVERIFY(a.redisPort != b.redisPort);
        QVERIFY(a.directory != b.directory);
        PgSession s;
        QVERIFY(!s.open(b.postgres));
        s.close();
        const QString dir = second.directory();
        const qint64 pgPid = readPidFile(dir + u"/postgres/data/postmaster.pid"_s);
        const qint64 bouncerPid = readPidFile(dir + u"/pgbouncer/pgbouncer.pid"_s);
        const qint64 redisPid = readPidFile(dir + u"/redis/redis.pid"_s);
        QVERIFY(isProcessAlive(pgPid) && isProcessAlive(bouncerPid) && isProcessAlive(redisPid));
        QVERIFY2(second.stop(&error), qPrintable(error));
        QVERIFY(!QDir(dir).exists());
        QVERIFY(!isProcessAlive(pgPid));
        QVERIFY(!isProcessAlive(bouncerPid));
        QVERIFY(!isProcessAlive(redisPid));
        // The first sandbox is untouched.
        PgSession first;
        QVERIFY(!first.open(a.postgres));
    }

    void restartPostgres()
    {
        QString error;
        Sandbox &sb = test::TestSandbox::instance();
        QVERIFY2(sb.stopPostgres(false, &error), qPrintable(error));
        PgSession s;
        const DbError down = s.open(test::TestSandbox::endpoints().postgres);
        QCOMPARE(down.kind, DbError::Kind::ConnectionRefused);
        QVERIFY2(sb.startPostgres(&error), qPrintable(error));
        QVERIFY(!s.open(test::TestSandbox::endpoints().postgres));
    }

    void cleanupTestCase() { test::TestSandbox::stop(); }
};

QTEST_GUILESS_MAIN(TestSandboxServers)
#include "tst_sandbox.moc"
