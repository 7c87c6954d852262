// ConstantFolder over a hand-made catalog: constant sub-expressions of normalized
// statements become one typed parameter, exactly where and as the server needs them.
#include "advisor/ConstantFolder.h"
#include "advisor/ParameterText.h"
#include "advisor/SchemaCatalog.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

CatalogTable table(const QString &name, const QList<QPair<QString, QString>> &columns)
{
    CatalogTable t;
    t.ref = TableRef{u"public"_s, name};
    for (const auto &c : columns) {
        CatalogColumn col;
        col.name = c.first;
        col.type = c.second;
        t.columns << col;
    }
    return t;
}

SchemaCatalog catalog()
{
    SchemaCatalog c;
    c.tables << table(u"customers"_s, {{u"id"_s, u"bigint"_s},
                                       {u"email"_s, u"character varying(254)"_s},
                                       {u"first_name"_s, u"character varying(100)"_s}});
    c.tables << table(u"orders"_s, {{u"id"_s, u"bigint"_s},
                                    {u"reference"_s, u"character varying(40)"_s},
                                    {u"status"_s, u"character varying(20)"_s},
                                    {u"total"_s, u"numeric(12,2)"_s},
                                    {u"customer_id"_s, u"bigint"_s},
                                    {u"placed_at"_s, u"timestamp with time zone"_s}});
    c.tables << table(
        u"products"_s,
        {{u"id"_s, u"bigint"_s}, {u"category_id"_s, u"integer"_s}, {u"attributes"_s, u"jsonb"_s}});
    c.tables << table(u"pgbench_accounts"_s,
                      {{u"aid"_s, u"integer"_s}, {u"abalance"_s, u"integer"_s}});
    return c;
}

} // namespace

class TestConstantFolder : public QObject
{
    Q_OBJECT
private slots:
    void folds_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("folded");
        QTest::newRow("string-built key, typed from the column")
            << u"SELECT id, first_name FROM customers WHERE email = $1 || $2 || $3 || "
               u"(ARRAY[$4, $5, $6, $7])[$8 + $9 % $10]"_s
            << u"SELECT id, first_name FROM customers WHERE email = $1::character varying(254)"_s;
        QTest::newRow("function of constants against an expression: the server infers it")
            << u"SELECT id FROM customers WHERE lower(email) = lower($1 || $2 || $3)"_s
            << u"SELECT id FROM customers WHERE lower(email) = $1"_s;
        QTest::newRow("BETWEEN bound")
            << u"SELECT abalance FROM pgbench_accounts WHERE aid BETWEEN $1 AND $2 + $3"_s
            << u"SELECT abalance FROM pgbench_accounts WHERE aid BETWEEN $1 AND $2::integer"_s;
        QTest::newRow("LIMIT and OFFSET are bigint; brackets balanced")
            << u"SELECT id FROM customers ORDER BY id OFFSET ($1 - $2) * $3 LIMIT $4 + $5"_s
            << u"SELECT id FROM customers ORDER BY id OFFSET $2::bigint LIMIT $1::bigint"_s;
        QTest::newRow("ANY of an array of constants: the column's array type")
            << u"SELECT id FROM customers WHERE id = ANY(ARRAY[$1, $2, $3])"_s
            << u"SELECT id FROM customers WHERE id = ANY($1::bigint[])"_s;
        QTest::newRow("IN list items")
            << u"SELECT id FROM orders WHERE customer_id IN ($1 + $2, $3)"_s
            << u"SELECT id FROM orders WHERE customer_id IN ($2::bigint, $1)"_s;
        QTest::newRow("optional filter: a condition is boolean, IS NULL included")
            << u"select p1_0.id from products p1_0 where ($1 is null or p1_0.category_id=$2)"_s
            << u"select p1_0.id from products p1_0 where ($2::boolean or p1_0.category_id=$1)"_s;
        QTest::newRow("GROUP BY repeats an output column with other constants")
            << u"SELECT DATE_TRUNC($1, \"orders\".\"placed_at\" AT TIME ZONE $2) AS \"month\", "
               u"SUM(\"orders\".\"total\") FROM \"orders\" WHERE \"orders\".\"status\" = $3 "
               u"GROUP BY DATE_TRUNC($4, \"orders\".\"placed_at\" AT TIME ZONE $5) ORDER BY 1"_s
            << u"SELECT DATE_TRUNC($1, \"orders\".\"placed_at\" AT TIME ZONE $2) AS \"month\", "
               u"SUM(\"orders\".\"total\") FROM \"orders\" WHERE \"orders\".\"status\" = $3 "
               u"GROUP BY 1 ORDER BY 1"_s;
        QTest::newRow("GROUP BY kept a literal pg_stat_statements did not replace")
            << u"SELECT date_trunc($1, orders.placed_at) AS d, count(orders.id) FROM orders "
               u"GROUP BY date_trunc('day', orders.placed_at)"_s
            << u"SELECT date_trunc($1, orders.placed_at) AS d, count(orders.id) FROM orders "
               u"GROUP BY 1"_s;
        QTest::newRow("CASE results summed are numbers")
            << u"SELECT sum(CASE WHEN (orders.status = $1) THEN $2 ELSE $3 END) FROM orders"_s
            << u"SELECT sum(CASE WHEN (orders.status = $1) THEN $2::numeric ELSE $3::numeric "
               u"END) FROM orders"_s;
        QTest::newRow("EXTRACT with a parameter as field")
            << u"SELECT id FROM orders WHERE extract($1 from placed_at) = $2"_s
            << u"SELECT id FROM orders WHERE pg_catalog.extract($1::text, placed_at) = $2"_s;
        QTest::newRow("typed literal")
            << u"SELECT id FROM products WHERE attributes @> jsonb $1"_s
            << u"SELECT id FROM products WHERE attributes @> $1::jsonb"_s;
        QTest::newRow("date arithmetic against a timestamp column")
            << u"SELECT id FROM orders WHERE placed_at > current_date - $1"_s
            << u"SELECT id FROM orders WHERE placed_at > $1::timestamp with time zone"_s;
        QTest::newRow("date plus a number, against a timestamp column")
            << u"select o1_0.id from orders o1_0 where o1_0.placed_at<cast($1 as date)+$2"_s
            << u"select o1_0.id from orders o1_0 where o1_0.placed_at<$1::timestamp with time "
               u"zone"_s;
        QTest::newRow("VALUES columns typed by their use")
            << u"UPDATE products p SET category_id = v.category FROM (VALUES ($1, $2), ($3, $4)) "
               u"AS v(id, category) WHERE p.id = v.id"_s
            << u"UPDATE products p SET category_id = v.category FROM (VALUES ($1::bigint, "
               u"$2::integer), ($3, $4)) AS v(id, category) WHERE p.id = v.id"_s;
        QTest::newRow("UPDATE SET arithmetic typed from the numeric column")
            << u"UPDATE pgbench_accounts SET abalance = abalance + $1 * $2 WHERE aid = $3"_s
            << u"UPDATE pgbench_accounts SET abalance = abalance + $2::integer WHERE aid = $1"_s;
        QTest::newRow("INSERT VALUES typed from the target column")
            << u"INSERT INTO orders (customer_id, reference) VALUES ($1, $2 || $3)"_s
            << u"INSERT INTO orders (customer_id, reference) VALUES ($1, "
               u"$2::character varying(40))"_s;
        QTest::newRow("a cast types what it casts") << u"SELECT ($1 || $2)::interval FROM orders"_s
                                                    << u"SELECT ($1)::interval FROM orders"_s;
        QTest::newRow("CASE … END balanced")
            << u"SELECT id FROM orders WHERE total > CASE WHEN $1 THEN $2 ELSE $3 END + $4"_s
            << u"SELECT id FROM orders WHERE total > $1::numeric(12,2)"_s;
        QTest::newRow("a condition over constants ends after IS NULL")
            << u"SELECT id FROM orders WHERE ($1 || $2) IS NULL AND id = $3"_s
            << u"SELECT id FROM orders WHERE $2::boolean AND id = $1"_s;
        QTest::newRow("UNION arms are folded too")
            << u"SELECT id FROM orders WHERE id = $1 + $2 UNION ALL SELECT id FROM customers "
               u"WHERE id = $3 * $4"_s
            << u"SELECT id FROM orders WHERE id = $1::bigint UNION ALL SELECT id FROM customers "
               u"WHERE id = $2::bigint"_s;
        QTest::newRow("byte offsets after non-ASCII text")
            << u"SELECT id FROM customers WHERE first_name = 'é' || $1 || $2 AND id = $3"_s
            << u"SELECT id FROM customers WHERE first_name = $2::character varying(100) AND "
               u"id = $1"_s;
    }

    void folds()
    {
        QFETCH(QString, sql);
        QFETCH(QString, folded);
        const SchemaCatalog c = catalog();
        const FoldedStatement f = ConstantFolder(&c).fold(sql);
        QCOMPARE(f.sql, folded);
        QVERIFY(f.changed);
        QVERIFY(!f.notes.isEmpty());
    }

    void leavesAlone_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("nothing to fold") << u"SELECT id FROM customers WHERE id = $1"_s;
        QTest::newRow("a volatile function is not a constant")
            << u"SELECT id FROM customers WHERE id = $1 + random()"_s;
        QTest::newRow("an aggregate is not a constant")
            << u"SELECT count(*) FROM orders HAVING count(*) > $1"_s;
        QTest::newRow("already typed") << u"SELECT id FROM orders WHERE placed_at > $1::date"_s;
        QTest::newRow("does not parse") << u"SELECT FROM WHERE ("_s;
    }

    void leavesAlone()
    {
        QFETCH(QString, sql);
        const SchemaCatalog c = catalog();
        const FoldedStatement f = ConstantFolder(&c).fold(sql);
        QCOMPARE(f.sql, sql);
        QVERIFY(!f.changed);
    }

    void withoutCatalogTheServerInfers()
    {
        const FoldedStatement f = ConstantFolder().fold(
            u"SELECT id FROM customers WHERE email = $1 || $2 AND id = $3 + $4"_s);
        QCOMPARE(f.sql, u"SELECT id FROM customers WHERE email = $1 AND id = $2"_s);
    }

    void samplesReplaceComparedValues()
    {
        const SchemaCatalog c = catalog();
        const auto samples = [](const TableRef &t, const QString &column, const QString &op) {
            if (t.name == u"customers"_s && column == u"email"_s && op == u"="_s)
                return u"'u42@shop.test'::text"_s;
            return QString();
        };
        const FoldedStatement f = ConstantFolder(&c).fold(
            u"SELECT id FROM customers WHERE email = $1 || $2 || $3 AND id > $4"_s, samples);
        QCOMPARE(f.sql, u"SELECT id FROM customers WHERE email = 'u42@shop.test'::text AND "
                        u"id > $1"_s);
        QVERIFY(f.notes.join(u' ').contains(u"pg_qualstats"_s));
    }

    void castParameter()
    {
        QCOMPARE(ParameterText::cast(u"SELECT concat($1, $10, $1)"_s, 1, u"text"_s),
                 u"SELECT concat($1::text, $10, $1::text)"_s);
        QCOMPARE(ParameterText::cast(u"SELECT ("_s, 1, u"text"_s), u"SELECT ("_s);
    }
};

QTEST_GUILESS_MAIN(TestConstantFolder)
#include "tst_constantfolder.moc"
