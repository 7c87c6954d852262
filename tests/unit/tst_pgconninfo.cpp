#include "connection/PgConnInfo.h"
#include "connection/PgSession.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using sonde::PgConnInfo;

class TestPgConnInfo : public QObject
{
    Q_OBJECT
private slots:
    void parsesUri()
    {
        PgConnInfo info;
        QString error;
        QVERIFY(PgConnInfo::parse(
            u"postgresql://bob:s%40cret@db.example.com:6543/shop?sslmode=require"_s, &info,
            &error));
        QCOMPARE(info.value("host"), u"db.example.com"_s);
        QCOMPARE(info.value("port"), u"6543"_s);
        QCOMPARE(info.value("user"), u"bob"_s);
        QCOMPARE(info.value("password"), u"s@cret"_s);
        QCOMPARE(info.value("dbname"), u"shop"_s);
        QCOMPARE(info.value("sslmode"), u"require"_s);
    }

    void parsesKeyValue()
    {
        PgConnInfo info;
        QVERIFY(PgConnInfo::parse(u"host=/var/run/postgresql port=5433 dbname='my db'"_s, &info,
                                  nullptr));
        QCOMPARE(info.value("dbname"), u"my db"_s);
        QVERIFY(!info.has("user"));
    }

    void rejectsGarbage()
    {
        PgConnInfo info;
        QString error;
        QVERIFY(!PgConnInfo::parse(u"postgresql://host/db?nosuchoption=1"_s, &info, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!PgConnInfo::parse(u"nokey"_s, &info, &error));
    }

    void connStringQuotes()
    {
        PgConnInfo info;
        info.set("password", u"it's \\ tricky"_s);
        info.set("host", u"h"_s);
        PgConnInfo back;
        QVERIFY(PgConnInfo::parse(info.toConnString(), &back, nullptr));
        QCOMPARE(back.value("password"), u"it's \\ tricky"_s);
    }

    void redactedHasNoPassword()
    {
        PgConnInfo info;
        QVERIFY(PgConnInfo::parse(u"postgresql://bob:topsecret@h:1/d"_s, &info, nullptr));
        QVERIFY(!info.redacted().contains(u"topsecret"_s));
        QVERIFY(info.redacted().contains(u"bob"_s));
        QVERIFY(info.toUri(true).contains(u"topsecret"_s));
    }

    void uriRoundTripWithSocketDir()
    {
        PgConnInfo info;
        QVERIFY(PgConnInfo::parse(u"host='/tmp/sock dir' port=5999 user=postgres dbname=x"_s, &info,
                                  nullptr));
        PgConnInfo back;
        QString error;
        QVERIFY2(PgConnInfo::parse(info.toUri(true), &back, &error), qPrintable(error));
        QCOMPARE(back.value("host"), u"/tmp/sock dir"_s);
        QCOMPARE(back.value("port"), u"5999"_s);
        QCOMPARE(back.value("dbname"), u"x"_s);
    }

    void sessionConnInfoAddsTimeoutsWithoutOverriding()
    {
        sonde::PgSessionOptions options;
        options.statementTimeoutMs = 1234;
        QString conn;
        QString target;
        QString error;
        QVERIFY(sonde::buildSessionConnInfo(u"postgresql://u@h:7/d?connect_timeout=9"_s, options,
                                            &conn, &target, &error));
        PgConnInfo info;
        QVERIFY(PgConnInfo::parse(conn, &info, nullptr));
        QCOMPARE(info.value("connect_timeout"), u"9"_s);
        QCOMPARE(info.value("application_name"), u"sonde"_s);
        QVERIFY(info.value("options").contains(u"statement_timeout=1234"_s));
        QCOMPARE(target, u"h:7/d"_s);

        options.throughPooler = true;
        QVERIFY(sonde::buildSessionConnInfo(u"postgresql://u@h:7/d"_s, options, &conn, &target,
                                            &error));
        QVERIFY(PgConnInfo::parse(conn, &info, nullptr));
        QVERIFY(!info.has("options"));
    }
};

QTEST_GUILESS_MAIN(TestPgConnInfo)
#include "tst_pgconninfo.moc"
