// Bad input gets a clear, typed error from the real servers: wrong password, nothing
// listening, unknown host, the wrong protocol on a port, a statement timeout, a cancel.
#include "TestSandbox.h"
#include "common/CancelWatch.h"
#include "connection/PgBouncerConsole.h"
#include "connection/PgSession.h"
#include "connection/RedisClient.h"
#include "sandbox/Sandbox.h"

#include <QElapsedTimer>
#include <QUrl>
#include <QtTest>

#include <pqxx/nontransaction>

#include <thread>

using namespace Qt::StringLiterals;
using namespace sonde;

class TestConnectionErrors : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::TestSandbox::ensureStarted(&error), qPrintable(error));
    }

    void wrongPostgresPassword()
    {
        QUrl url(test::TestSandbox::endpoints().postgres);
        url.setPassword(u"wrong"_s);
        PgSession s;
        const DbError err = s.open(url.toString());
        QCOMPARE(err.kind, DbError::Kind::AuthenticationFailed);
        QVERIFY(!err.message.contains(u"wrong"_s)); // never echo a secret
    }

    void nothingListening()
    {
        const int port = pickFreeLoopbackPorts(1).value(0);
        PgSession s;
        const DbError err = s.open(u"postgresql://x@127.0.0.1:%1/db"_s.arg(port));
        QCOMPARE(err.kind, DbError::Kind::ConnectionRefused);
        QVERIFY(err.message.contains(QString::number(port)));
        RedisClient r;
        RedisEndpoint ep;
        ep.port = port;
        QCOMPARE(r.open(ep).kind, DbError::Kind::ConnectionRefused);
    }

    void unknownHost()
    {
        PgSession s;
        QCOMPARE(s.open(u"postgresql://x@no-such-host.invalid/db"_s).kind,
                 DbError::Kind::HostNotFound);
    }

    void redisClientOnPostgresPort()
    {
        RedisEndpoint ep;
        ep.port = test::TestSandbox::endpoints().postgresPort;
        RedisClient r;
        const DbError err = r.open(ep, 3000, 3000);
        QCOMPARE(err.kind, DbError::Kind::WrongProtocol);
        QVERIFY2(err.message.contains(u"PostgreSQL"_s), qPrintable(err.toString()));
    }

    void postgresClientOnRedisPort()
    {
        // Redis never answers a PostgreSQL startup packet: the connect timeout ends the wait,
        // then a probe finds out what speaks on the port.
        PgSessionOptions options;
        options.connectTimeoutSeconds = 2;
        PgSession s;
        QElapsedTimer t;
        t.start();
        const DbError err = s.open(
            u"postgresql://x@127.0.0.1:%1/db"_s.arg(test::TestSandbox::endpoints().redisPort),
            options);
        QVERIFY(t.elapsed() < 10000);
        QCOMPARE(err.kind, DbError::Kind::WrongProtocol);
        QVERIFY2(err.message.contains(u"speaks Redis, not PostgreSQL"_s),
                 qPrintable(err.toString()));
    }

    void wrongRedisPassword()
    {
        RedisEndpoint ep;
        QVERIFY(RedisEndpoint::parse(test::TestSandbox::endpoints().redis, &ep, nullptr));
        ep.password = u"wrong"_s;
        RedisClient r;
        QCOMPARE(r.open(ep).kind, DbError::Kind::AuthenticationFailed);
    }

    void statementTimeout()
    {
        PgSessionOptions options;
        options.statementTimeoutMs = 300;
        PgSession s;
        QVERIFY(!s.open(test::TestSandbox::endpoints().postgres, options));
        const DbError err = s.run([](pqxx::connection &c) {
            pqxx::nontransaction tx(c);
            tx.exec("SELECT pg_sleep(5)");
        });
        QCOMPARE(err.kind, DbError::Kind::Timeout);
        QCOMPARE(err.sqlState, u"57014"_s);
        QVERIFY(s.isOpen()); // the session survives a timeout
    }

    void cancelFromAnotherThread()
    {
        PgSession s;
        QVERIFY(!s.open(test::TestSandbox::endpoints().postgres));
        std::atomic<bool> cancel{false};
        std::thread canceller([&]() {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel.store(true);
        });
        QElapsedTimer t;
        t.start();
        DbError err;
        {
            CancelWatch watch(&cancel, [&s]() { s.cancel(); });
            err = s.run([](pqxx::connection &c) {
                pqxx::nontransaction tx(c);
                tx.exec("SELECT pg_sleep(10)");
            });
        }
        canceller.join();
        QCOMPARE(err.kind, DbError::Kind::Canceled);
        QVERIFY(t.elapsed() < 5000);
    }

    void consoleCommandsHaveADeadline()
    {
        PgBouncerConsole console;
        QVERIFY(!console.open(test::TestSandbox::endpoints().pgbouncerAdmin));
        TextTable t;
        const DbError bad = console.query(u"SHOW NOSUCHTHING"_s, &t);
        QVERIFY(bad.isError());
        // An unknown command may close the console connection; a fresh one works.
        PgBouncerConsole again;
        QVERIFY(!again.open(test::TestSandbox::endpoints().pgbouncerAdmin));
        QVERIFY(!again.query(u"SHOW VERSION"_s, &t));
        QVERIFY(t.rowCount() >= 1);
    }

    void cleanupTestCase() { test::TestSandbox::stop(); }
};

QTEST_GUILESS_MAIN(TestConnectionErrors)
#include "tst_connection_errors.moc"
