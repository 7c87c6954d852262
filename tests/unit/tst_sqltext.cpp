#include "sql/SqlText.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestSqlText : public QObject
{
    Q_OBJECT
private slots:
    void highestParameter_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("expected");
        QTest::newRow("none") << u"SELECT 1"_s << 0;
        QTest::newRow("two") << u"SELECT * FROM t WHERE a = $1 AND b < $2"_s << 2;
        QTest::newRow("out of order") << u"SELECT $3, $1"_s << 3;
        QTest::newRow("in string") << u"SELECT '$9' , $1"_s << 1;
        QTest::newRow("in comment") << u"SELECT $1 -- $7\n"_s << 1;
        QTest::newRow("in block comment") << u"SELECT /* $8 /* nested $9 */ */ $2"_s << 2;
        QTest::newRow("dollar quoted") << u"SELECT $fn$ $5 $fn$, $1"_s << 1;
        QTest::newRow("identifier") << u"SELECT \"$4\" FROM t WHERE x = $2"_s << 2;
        QTest::newRow("ten") << u"SELECT $10"_s << 10;
    }
    void highestParameter()
    {
        QFETCH(QString, sql);
        QFETCH(int, expected);
        QCOMPARE(sonde::highestParameter(sql), expected);
    }

    void rewritesTypedLiterals()
    {
        QCOMPARE(sonde::rewriteTypedParameters(
                     u"SELECT * FROM d WHERE created_at > now() - interval $1"_s),
                 u"SELECT * FROM d WHERE created_at > now() - $1::interval"_s);
        QCOMPARE(sonde::rewriteTypedParameters(
                     u"WHERE d = DATE $2 AND t < timestamp with time zone $3"_s),
                 u"WHERE d = $2::DATE AND t < $3::timestamp with time zone"_s);
        QCOMPARE(sonde::rewriteTypedParameters(u"SELECT $1"_s), u"SELECT $1"_s);
    }

    void quotesIdentifiers()
    {
        QCOMPARE(sonde::quoteIdentifier(u"users"_s), u"users"_s);
        QCOMPARE(sonde::quoteIdentifier(u"Users"_s), u"\"Users\""_s);
        QCOMPARE(sonde::quoteIdentifier(u"user"_s), u"\"user\""_s);
        QCOMPARE(sonde::quoteIdentifier(u"a\"b"_s), u"\"a\"\"b\""_s);
        QCOMPARE(sonde::quoteIdentifier(u"with space"_s), u"\"with space\""_s);
    }

    void detectsWrites_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("writes");
        QTest::newRow("select") << u"SELECT * FROM t"_s << false;
        QTest::newRow("update") << u"  update t set a = 1"_s << true;
        QTest::newRow("comment first") << u"/* hi */ DELETE FROM t"_s << true;
        QTest::newRow("cte insert")
            << u"WITH x AS (INSERT INTO t VALUES (1) RETURNING *) SELECT * FROM x"_s << true;
        QTest::newRow("cte read") << u"WITH x AS (SELECT 1) SELECT * FROM x"_s << false;
        QTest::newRow("string mentions delete") << u"SELECT 'delete' FROM t"_s << false;
        QTest::newRow("select into") << u"SELECT * INTO copy FROM t"_s << true;
        QTest::newRow("ddl") << u"CREATE INDEX ON t (a)"_s << true;
    }
    void detectsWrites()
    {
        QFETCH(QString, sql);
        QFETCH(bool, writes);
        QCOMPARE(sonde::mayWrite(sql), writes);
    }
};

QTEST_GUILESS_MAIN(TestSqlText)
#include "tst_sqltext.moc"
