#include "connection/RedisEndpoint.h"
#include "connection/RedisReply.h"
#include "connection/Target.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using sonde::RedisEndpoint;

class TestRedisEndpoint : public QObject
{
    Q_OBJECT
private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("db");
        QTest::addColumn<bool>("tls");
        QTest::newRow("plain") << u"redis://cache.local"_s << u"cache.local"_s << 6379 << QString()
                               << QString() << 0 << false;
        QTest::newRow("password only") << u"redis://:pw@10.0.0.1:6380/2"_s << u"10.0.0.1"_s << 6380
                                       << QString() << u"pw"_s << 2 << false;
        QTest::newRow("acl user") << u"rediss://alice:s3cret@h:1/0"_s << u"h"_s << 1 << u"alice"_s
                                  << u"s3cret"_s << 0 << true;
        QTest::newRow("legacy password as user")
            << u"redis://justpw@h"_s << u"h"_s << 6379 << QString() << u"justpw"_s << 0 << false;
    }

    void parses()
    {
        QFETCH(QString, uri);
        RedisEndpoint ep;
        QString error;
        QVERIFY2(RedisEndpoint::parse(uri, &ep, &error), qPrintable(error));
        QTEST(ep.host, "host");
        QTEST(ep.port, "port");
        QTEST(ep.user, "user");
        QTEST(ep.password, "password");
        QTEST(ep.database, "db");
        QTEST(ep.tls, "tls");
        QVERIFY(!ep.target().contains(ep.password.isEmpty() ? u"\x01"_s : ep.password));
    }

    void rejects()
    {
        RedisEndpoint ep;
        QString error;
        QVERIFY(!RedisEndpoint::parse(u"postgresql://h/db"_s, &ep, &error));
        QVERIFY(error.contains(u"redis://"_s));
        QVERIFY(!RedisEndpoint::parse(u"redis://h/abc"_s, &ep, &error));
    }

    void roundTrip()
    {
        RedisEndpoint ep;
        QVERIFY(RedisEndpoint::parse(u"redis://:p%40ss@h:7000/3"_s, &ep, nullptr));
        QCOMPARE(ep.password, u"p@ss"_s);
        RedisEndpoint back;
        QVERIFY(RedisEndpoint::parse(ep.toUri(true), &back, nullptr));
        QCOMPARE(back.password, u"p@ss"_s);
        QCOMPARE(back.database, 3);
        QVERIFY(!ep.toUri(false).contains(u"p%40ss"_s));
    }

    void tlsSettingsRoundTrip()
    {
        RedisEndpoint ep;
        QString error;
        QVERIFY2(RedisEndpoint::parse(
                     u"rediss://alice:pw@cache.example:6380/1?cacert=/etc/ssl/My%20CA.pem"
                     "&cert=/home/a/c%26d.crt&key=/home/a/k%2B1.key&sni=redis.internal"
                     "&verify=none&keypass=p%40ss"_s,
                     &ep, &error),
                 qPrintable(error));
        QVERIFY(ep.tls);
        QCOMPARE(ep.tlsOptions.caFile, u"/etc/ssl/My CA.pem"_s);
        QCOMPARE(ep.tlsOptions.certFile, u"/home/a/c&d.crt"_s);
        QCOMPARE(ep.tlsOptions.keyFile, u"/home/a/k+1.key"_s);
        QCOMPARE(ep.tlsOptions.serverName, u"redis.internal"_s);
        QVERIFY(!ep.tlsOptions.verifyPeer);
        QCOMPARE(ep.keyPassphrase, u"p@ss"_s);
        QCOMPARE(ep.database, 1);

        // Back and forth: the same settings; secrets only when asked for.
        RedisEndpoint back;
        QVERIFY2(RedisEndpoint::parse(ep.toUri(true), &back, &error), qPrintable(error));
        QVERIFY(back.tlsOptions == ep.tlsOptions);
        QCOMPARE(back.keyPassphrase, ep.keyPassphrase);
        QCOMPARE(back.password, u"pw"_s);
        const QString shown = ep.toUri(false);
        QVERIFY2(!shown.contains(u"keypass"_s) && !shown.contains(u"pw@"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"cacert=/etc/ssl/My%20CA.pem"_s), qPrintable(shown));
        QVERIFY(RedisEndpoint::parse(shown, &back, &error));
        QVERIFY(back.tlsOptions == ep.tlsOptions);
        QVERIFY(back.keyPassphrase.isEmpty());

        // A target shown to the user drops the passphrase too.
        sonde::Target t;
        t.uri = ep.toUri(true);
        QVERIFY2(!t.displayUri().contains(u"keypass"_s), qPrintable(t.displayUri()));
        QVERIFY(t.displayUri().contains(u"sni=redis.internal"_s));
        // Every form a password takes in a target is masked where it is shown or recorded.
        for (const QString &uri : {u"redis://s3cr3t@cache:6379/0"_s, u"host=db password = s3cr3t"_s,
                                   u"host=db sslpassword=k password=s3cr3t"_s,
                                   u"postgresql://app@db/shop?sslpassword=s3cr3t"_s}) {
            sonde::Target other;
            other.uri = uri;
            QVERIFY2(!other.displayUri().contains(u"s3cr3t"_s), qPrintable(other.displayUri()));
        }

        // The defaults write nothing: verification on, the system's CAs.
        RedisEndpoint plain;
        plain.tls = true;
        QVERIFY(!plain.toUri(true).contains(u'?'));
        QVERIFY(plain.tlsOptions.verifyPeer);
    }

    void tlsSettingsErrors()
    {
        RedisEndpoint ep;
        QString error;
        QVERIFY(!RedisEndpoint::parse(u"redis://h?cacert=/ca.pem"_s, &ep, &error));
        QVERIFY2(error.contains(u"rediss://"_s), qPrintable(error));
        QVERIFY(!RedisEndpoint::parse(u"rediss://h?verify=maybe"_s, &ep, &error));
        QVERIFY2(error.contains(u"verify=none"_s), qPrintable(error));
        QVERIFY(!RedisEndpoint::parse(u"rediss://h?cert=/c.pem"_s, &ep, &error));
        QVERIFY2(error.contains(u"key="_s), qPrintable(error));
        QVERIFY(RedisEndpoint::parse(u"rediss://h?verify=full"_s, &ep, &error));
        QVERIFY(ep.tlsOptions.verifyPeer);
    }

    void parsesInfo()
    {
        const QByteArray info =
            "# Stats\r\nkeyspace_hits:10\r\nkeyspace_misses:5\r\n\r\n# Keyspace\r\n"
            "db0:keys=12,expires=3,avg_ttl=0\r\n";
        const auto fields = sonde::parseRedisInfo(info);
        QCOMPARE(fields.value(u"keyspace_hits"_s), u"10"_s);
        QCOMPARE(fields.value(u"keyspace_misses"_s), u"5"_s);
        const auto db0 = sonde::parseRedisInfoFields(fields.value(u"db0"_s));
        QCOMPARE(db0.value(u"keys"_s), u"12"_s);
        QCOMPARE(db0.value(u"expires"_s), u"3"_s);
    }
};

QTEST_GUILESS_MAIN(TestRedisEndpoint)
#include "tst_redisendpoint.moc"
