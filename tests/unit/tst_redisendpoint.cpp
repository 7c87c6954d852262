#include "connection/RedisEndpoint.h"
#include "connection/RedisReply.h"

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
