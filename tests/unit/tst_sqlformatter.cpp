// SqlFormatter: clauses on their own lines, only whitespace changed.
#include "statements/SqlFormatter.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using sonde::SqlFormatter;

namespace {

QString withoutSpace(QString s)
{
    s.remove(QRegularExpression(u"\\s+"_s));
    return s;
}

} // namespace

class TestSqlFormatter : public QObject
{
    Q_OBJECT
private slots:
    void clausesOnTheirOwnLines()
    {
        const QString sql = u"SELECT id, environment FROM deployments d LEFT JOIN projects p ON "
                            "p.id = d.project_id WHERE d.project_id = $1 AND d.status = 'x' ORDER "
                            "BY created_at DESC LIMIT 20"_s;
        QCOMPARE(SqlFormatter::format(sql),
                 u"SELECT id, environment\nFROM deployments d\nLEFT JOIN projects p\n  ON p.id = "
                 "d.project_id\nWHERE d.project_id = $1\n  AND d.status = 'x'\nORDER BY created_at "
                 "DESC\nLIMIT 20"_s);
    }

    void subqueriesAreIndented()
    {
        const QString out = SqlFormatter::format(
            u"select count(*) from customers where id not in (select customer_id from orders where "
            "status = 'new')"_s);
        QVERIFY2(out.contains(u"(\n  select customer_id\n  from orders\n  where status"_s),
                 qPrintable(out));
        QCOMPARE(withoutSpace(out), withoutSpace(u"select count(*) from customers where id not "
                                                 "in (select customer_id from orders where "
                                                 "status = 'new')"_s));
    }

    void literalsAreUntouched_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("string") << u"SELECT 'a  FROM   b' FROM t WHERE x = 'and  or'"_s;
        QTest::newRow("identifier") << u"SELECT \"Select  From\" FROM \"Where\""_s;
        QTest::newRow("comment") << u"SELECT 1 -- from   here\nFROM t /* where  and */"_s;
        QTest::newRow("dollar") << u"SELECT $q$ from   where $q$ FROM t"_s;
        QTest::newRow("between") << u"SELECT * FROM t WHERE a BETWEEN 1 AND 2"_s;
        QTest::newRow("upsert")
            << u"INSERT INTO t (a) VALUES (1) ON CONFLICT (a) DO UPDATE SET a = excluded.a"_s;
        QTest::newRow("unterminated") << u"SELECT 'oops FROM t"_s;
        QTest::newRow("empty") << QString();
    }

    void literalsAreUntouched()
    {
        QFETCH(QString, sql);
        const QString out = SqlFormatter::format(sql);
        QCOMPARE(withoutSpace(out), withoutSpace(sql));
        // Every quoted run survives byte for byte.
        const QRegularExpression quoted(u"'[^']*'|\"[^\"]*\"|\\$q\\$.*\\$q\\$|/\\*.*\\*/"_s);
        auto it = quoted.globalMatch(sql);
        while (it.hasNext()) {
            const QString part = it.next().captured();
            QVERIFY2(out.contains(part), qPrintable(out));
        }
    }
};

QTEST_GUILESS_MAIN(TestSqlFormatter)
#include "tst_sqlformatter.moc"
