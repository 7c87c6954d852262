// Passwords never reach a message: every form a connection text can carry one in is masked,
// every path that quotes a connection string (libpq's parse errors, QUrl's, DbError) goes
// through the masking, and long quotes are cut.
#include "common/DbError.h"
#include "common/Redaction.h"
#include "connection/PgConnInfo.h"
#include "connection/RedisEndpoint.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

class TestRedaction : public QObject
{
    Q_OBJECT
private slots:
    void masksEveryForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("kept");
        QTest::newRow("uri") << u"postgresql://u:SeCrEt@db/app"_s << u"SeCrEt"_s
                             << u"postgresql://u:***@db/app"_s;
        QTest::newRow("broken ipv6")
            << u"\"postgresql://u:SeCrEt@[::1/db\""_s << u"SeCrEt"_s << u"u:***@[::1/db"_s;
        QTest::newRow("redis password only")
            << u"missing \"=\" after \"redis://:PW1234@127.0.0.1:1/0\""_s << u"PW1234"_s
            << u"redis://:***@127.0.0.1:1/0"_s;
        QTest::newRow("redis lone user part is the password")
            << u"redis://PW1234@cache:6379"_s << u"PW1234"_s << u"redis://***@cache"_s;
        QTest::newRow("unencoded at sign")
            << u"postgres://bob:p@ss@h/db"_s << u"p@ss"_s << u"postgres://bob:***@h/db"_s;
        QTest::newRow("conninfo") << u"host=h password=SeCrEt dbname=x"_s << u"SeCrEt"_s
                                  << u"host=h password=*** dbname=x"_s;
        QTest::newRow("conninfo quoted")
            << u"host=h password='Se Cr\\'Et' dbname=x"_s << u"Se Cr"_s << u"dbname=x"_s;
        QTest::newRow("uri query") << u"postgresql://h/db?password=SeCrEt&sslmode=require"_s
                                   << u"SeCrEt"_s << u"&sslmode=require"_s;
        QTest::newRow("sslpassword")
            << u"sslpassword=KeyPass host=h"_s << u"KeyPass"_s << u"host=h"_s;
    }

    void masksEveryForm()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        QFETCH(QString, kept);
        const QString masked = Redaction::maskPasswords(text);
        QVERIFY2(!masked.contains(secret), qPrintable(masked));
        QVERIFY2(masked.contains(kept), qPrintable(masked));
    }

    void registeredSecretsAreMaskedAnywhere()
    {
        Redaction::addSecret(u"from-stdin p@ss"_s);
        QCOMPARE(Redaction::maskSecrets(u"x from-stdin p@ss y"_s), u"x *** y"_s);
        // Percent-encoded, as a URI carries it.
        QVERIFY(!Redaction::maskPasswords(u"from-stdin%20p%40ss"_s).contains(u"p%40ss"_s));
        // Results keep what only looks like a password.
        QCOMPARE(Redaction::maskSecrets(u"Filter: (password = 'x'::text)"_s),
                 u"Filter: (password = 'x'::text)"_s);
    }

    void longTextIsCut()
    {
        const QString uri = u"postgresql://u:pw@h/"_s + QString(100000, u'a');
        const QString shown = Redaction::shownConnection(uri);
        QVERIFY(shown.size() < Redaction::MaxShownChars + 40);
        QVERIFY(shown.endsWith(u"characters)"_s));
        const QString message = Redaction::scrub(u"bad: \"%1\" and \"%1\""_s.arg(uri));
        QVERIFY2(message.size() < 400, qPrintable(message.left(500)));
        QVERIFY(!message.contains(u":pw@"_s));
    }

    void dbErrorNeverCarriesAPassword()
    {
        const DbError e =
            DbError::make(DbError::Kind::Configuration, u"not valid: postgresql://u:SeCrEt@h"_s,
                          u"detail password=SeCrEt"_s);
        QVERIFY(!e.message.contains(u"SeCrEt"_s));
        QVERIFY(!e.detail.contains(u"SeCrEt"_s));
        DbError assigned;
        assigned.message = u"postgresql://u:SeCrEt@h"_s;
        QVERIFY(!assigned.toString().contains(u"SeCrEt"_s));
    }

    void parseErrorsDoNotQuoteThePassword()
    {
        PgConnInfo info;
        QString error;
        QVERIFY(!PgConnInfo::parse(u"postgresql://u:SeCrEt@[::1/db"_s, &info, &error));
        QVERIFY2(!error.contains(u"SeCrEt"_s), qPrintable(error));
        QVERIFY(!PgConnInfo::parse(u"redis://:SeCrEt@h:1/0"_s, &info, &error));
        QVERIFY2(!error.contains(u"SeCrEt"_s), qPrintable(error));
        RedisEndpoint ep;
        QVERIFY(!RedisEndpoint::parse(u"redis://:SeCrEt@h:99999/0"_s, &ep, &error));
        QVERIFY2(!error.contains(u"SeCrEt"_s), qPrintable(error));
        QVERIFY2(error.contains(u"port"_s), qPrintable(error));
    }

    void valuesLibpqChecksLate()
    {
        PgConnInfo info;
        QString error;
        QVERIFY(PgConnInfo::parse(u"host=h sslmode=bogus"_s, &info, &error));
        QVERIFY(!info.checkValues(&error));
        QCOMPARE(error, u"invalid sslmode value: \"bogus\""_s);
        QVERIFY(PgConnInfo::parse(u"postgresql://h:99999/db"_s, &info, &error));
        QVERIFY(!info.checkValues(&error));
        QVERIFY(error.contains(u"port"_s));
        QVERIFY(PgConnInfo::parse(u"host=a,b port=5432,5433 sslmode=verify-full"_s, &info, &error));
        QVERIFY2(info.checkValues(&error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
