// Connection profiles from pasted URIs and fields, following libpq habits, with the password
// always split out of the profile.
#include "connection/ConnectionProfile.h"
#include "connection/PgConnInfo.h"
#include "connection/RedisEndpoint.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

class TestConnectionProfile : public QObject
{
    Q_OBJECT
private slots:
    void postgresUri()
    {
        ConnectionProfile p;
        QString password;
        QString error;
        QVERIFY2(
            ConnectionProfile::fromUri(
                u"postgresql://alice:s%40cret@db1.example.com:6543/orders?sslmode=verify-full&connect_timeout=7"_s,
                &p, &password, &error),
            qPrintable(error));
        QCOMPARE(p.kind, TargetKind::PostgreSQL);
        QCOMPARE(p.host, u"db1.example.com"_s);
        QCOMPARE(p.port, 6543);
        QCOMPARE(p.user, u"alice"_s);
        QCOMPARE(p.database, u"orders"_s);
        QCOMPARE(p.sslMode, u"verify-full"_s);
        QCOMPARE(password, u"s@cret"_s);
        QVERIFY(p.extraOptions.contains(u"connect_timeout='7'"_s));
        QVERIFY(!p.displayUri().contains(u"s@cret"_s));
        QVERIFY(!p.displayUri().contains(u"s%40cret"_s));
        QCOMPARE(p.name, u"PostgreSQL db1.example.com/orders"_s);

        // The connection string libpq gets has everything back, password included.
        PgConnInfo info;
        QVERIFY(PgConnInfo::parse(p.connectionUri(password), &info, nullptr));
        QCOMPARE(info.value("password"), u"s@cret"_s);
        QCOMPARE(info.value("sslmode"), u"verify-full"_s);
        QCOMPARE(info.value("connect_timeout"), u"7"_s);
        QCOMPARE(info.value("port"), u"6543"_s);
    }

    void postgresSchemeAndKeyValue()
    {
        ConnectionProfile p;
        QString password;
        QVERIFY(
            ConnectionProfile::fromUri(u"postgres://bob@localhost/app"_s, &p, &password, nullptr));
        QCOMPARE(p.user, u"bob"_s);
        QVERIFY(password.isEmpty());
        QVERIFY(ConnectionProfile::fromUri(u"host=/var/run/postgresql dbname=app user=carol"_s, &p,
                                           &password, nullptr));
        QCOMPARE(p.host, u"/var/run/postgresql"_s);
        QCOMPARE(p.user, u"carol"_s);
    }

    void serviceNameLeavesTheRestToLibpq()
    {
        ConnectionProfile p;
        QVERIFY(ConnectionProfile::fromUri(u"service=reporting"_s, &p, nullptr, nullptr));
        QCOMPARE(p.service, u"reporting"_s);
        QVERIFY(p.host.isEmpty());
        PgConnInfo info;
        QVERIFY(PgConnInfo::parse(p.connectionUri({}), &info, nullptr));
        QCOMPARE(info.value("service"), u"reporting"_s);
        // No host, port, user or password forced: PG* variables, the service file and
        // ~/.pgpass fill them in at connect time.
        QVERIFY(!info.has("host"));
        QVERIFY(!info.has("port"));
        QVERIFY(!info.has("password"));
    }

    void pgbouncerConsoleIsRecognised()
    {
        ConnectionProfile p;
        QVERIFY(ConnectionProfile::fromUri(u"postgresql://stats@10.0.0.5:6432/pgbouncer"_s, &p,
                                           nullptr, nullptr));
        QCOMPARE(p.kind, TargetKind::PgBouncer);
        p.pooledDatabase = u"orders"_s;
        const Target t = p.toTarget(u"pw"_s);
        QCOMPARE(t.kind, TargetKind::PgBouncer);
        PgConnInfo pooled;
        QVERIFY(PgConnInfo::parse(t.pooledUri, &pooled, nullptr));
        QCOMPARE(pooled.value("dbname"), u"orders"_s);
        QCOMPARE(pooled.value("port"), u"6432"_s);
    }

    void redisWithAclUser()
    {
        ConnectionProfile p;
        QString password;
        QVERIFY(ConnectionProfile::fromUri(u"redis://monitor:pa%3Ass@cache.local:6380/3"_s, &p,
                                           &password, nullptr));
        QCOMPARE(p.kind, TargetKind::Redis);
        QCOMPARE(p.user, u"monitor"_s);
        QCOMPARE(password, u"pa:ss"_s);
        QCOMPARE(p.redisDatabase, 3);
        QCOMPARE(p.port, 6380);
        QVERIFY(!p.displayUri().contains(u"pa"_s + u":ss"_s));
        RedisEndpoint ep;
        QVERIFY(RedisEndpoint::parse(p.connectionUri(password), &ep, nullptr));
        QCOMPARE(ep.user, u"monitor"_s);
        QCOMPARE(ep.password, u"pa:ss"_s);
        QCOMPARE(ep.database, 3);
    }

    void redisPasswordOnlyAndTls()
    {
        ConnectionProfile p;
        QString password;
        QVERIFY(ConnectionProfile::fromUri(u"rediss://:topsecret@cache.local"_s, &p, &password,
                                           nullptr));
        QVERIFY(p.tls);
        QVERIFY(p.user.isEmpty());
        QCOMPARE(password, u"topsecret"_s);
        QCOMPARE(p.effectivePort(), 6379);
        QVERIFY(p.connectionUri(password).startsWith(u"rediss://"_s));
    }

    void redisTlsSettingsAndPassphrase()
    {
        ConnectionProfile p;
        QString password;
        QVERIFY(ConnectionProfile::fromUri(
            u"rediss://:pw@cache.local:6380/0?cacert=/ca.pem&sni=redis.internal"_s, &p, &password,
            nullptr));
        QCOMPARE(p.redisTls.caFile, u"/ca.pem"_s);
        QCOMPARE(p.redisTls.serverName, u"redis.internal"_s);
        QVERIFY(p.redisTls.verifyPeer);
        QVERIFY(p.displayUri().contains(u"cacert=/ca.pem"_s));
        // No client key: no passphrase goes anywhere.
        QVERIFY(!p.usesClientKey());
        QVERIFY(!p.toTarget(password, u"unused"_s).uri.contains(u"keypass"_s));
        p.redisTls.certFile = u"/c.pem"_s;
        QVERIFY(!p.problem().isEmpty()); // a certificate without its key
        p.redisTls.keyFile = u"/k.pem"_s;
        QVERIFY2(p.problem().isEmpty(), qPrintable(p.problem()));
        QVERIFY(p.usesClientKey());
        RedisEndpoint ep;
        QVERIFY(RedisEndpoint::parse(p.toTarget(password, u"s3cret"_s).uri, &ep, nullptr));
        QCOMPARE(ep.keyPassphrase, u"s3cret"_s);
        QCOMPARE(ep.tlsOptions.keyFile, u"/k.pem"_s);
        QVERIFY(!p.displayUri().contains(u"s3cret"_s));
        QVERIFY(p.keyPassphraseSecretKey() != p.secretKey());
    }

    void readOnlyReachesTheTarget()
    {
        ConnectionProfile p;
        QVERIFY(ConnectionProfile::fromUri(u"postgresql://x@h/db"_s, &p, nullptr, nullptr));
        p.id = u"id1"_s;
        p.readOnly = true;
        const Target t = p.toTarget({});
        QVERIFY(t.readOnly);
        QCOMPARE(t.id, u"id1"_s);
    }

    void problems()
    {
        ConnectionProfile p;
        QVERIFY(!p.problem().isEmpty()); // no name
        p.name = u"x"_s;
        QVERIFY(p.problem().isEmpty());
        p.extraOptions = u"password=oops"_s;
        QVERIFY(p.problem().contains(u"password"_s));
        p.extraOptions = u"nonsense"_s;
        QVERIFY(p.problem().contains(u"not valid"_s));
        ConnectionProfile r;
        r.name = u"r"_s;
        r.kind = TargetKind::Redis;
        QVERIFY(r.problem().contains(u"host"_s));
    }

    void garbageIsRefusedWithAMessage()
    {
        ConnectionProfile p;
        QString error;
        QVERIFY(!ConnectionProfile::fromUri(u"ftp://example.com"_s, &p, nullptr, &error));
        QVERIFY(!error.isEmpty());
        // http(s):// is a Prometheus (tst_prometheusmapping); a broken one says why.
        QVERIFY(!ConnectionProfile::fromUri(u"http://"_s, &p, nullptr, &error));
        QVERIFY(!error.isEmpty());
        TargetKind kind;
        QVERIFY(!guessTargetKind(u"mysql://x@y/z"_s, &kind));
        QVERIFY(guessTargetKind(u"redis://h"_s, &kind));
        QCOMPARE(kind, TargetKind::Redis);
    }
};

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
