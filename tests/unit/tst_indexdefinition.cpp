// Index definitions as Sonde writes them: DDL with exact quoting, safe generated names,
// narrower/wider and "already served" relations, build plans for partitioned tables,
// CREATE INDEX statements read back, parameter substitution and expression text.
#include "advisor/ExpressionText.h"
#include "advisor/IndexDefinition.h"
#include "advisor/ParameterText.h"
#include "advisor/ParseTree.h"
#include "advisor/SchemaCatalog.h"
#include "indexes/IndexBuildPlan.h"
#include "indexes/IndexStatement.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

IndexDefinition def(const QString &table, const QStringList &cols)
{
    IndexDefinition d;
    d.table = TableRef{u"public"_s, table};
    for (const QString &c : cols)
        d.keys << IndexKey::column(c);
    return d;
}

CatalogTable table(const QString &name, char kind = 'r')
{
    CatalogTable t;
    t.ref = TableRef{u"public"_s, name};
    t.kind = kind;
    for (const QString &c : {u"id"_s, u"tenant_id"_s, u"email"_s, u"UserId"_s}) {
        CatalogColumn col;
        col.name = c;
        t.columns << col;
    }
    return t;
}

} // namespace

class TestIndexDefinition : public QObject
{
    Q_OBJECT
private slots:
    void ddlQuotesExactly()
    {
        IndexDefinition d = def(u"Blog Posts"_s, {u"UserId"_s, u"order"_s});
        d.keys[1].descending = true;
        d.include = {u"Title"_s};
        d.predicate = u"status = 'pending'"_s;
        QCOMPARE(d.ddl(u"blog_posts_userid_order_idx"_s, true),
                 u"CREATE INDEX CONCURRENTLY blog_posts_userid_order_idx ON public.\"Blog Posts\" "
                 u"USING btree (\"UserId\", \"order\" DESC) INCLUDE (\"Title\") WHERE status = "
                 u"'pending'"_s);
        QCOMPARE(d.hypotheticalDdl(),
                 u"CREATE INDEX ON public.\"Blog Posts\" USING btree (\"UserId\", \"order\" DESC) "
                 u"INCLUDE (\"Title\") WHERE status = 'pending'"_s);
        IndexDefinition e = def(u"users"_s, {});
        IndexKey k;
        k.text = u"lower(email)"_s;
        k.expression = true;
        k.columns = {u"email"_s};
        e.keys << k;
        QCOMPARE(e.ddl(u"x"_s, false, true),
                 u"CREATE INDEX x ON ONLY public.users USING btree ((lower(email)))"_s);
        QCOMPARE(e.columnsUsed(), QStringList{u"email"_s});
    }

    void generatedNamesAreSafe()
    {
        QCOMPARE(def(u"posts"_s, {u"user_id"_s, u"blog_id"_s}).suggestedName(),
                 u"posts_user_id_blog_id_idx"_s);
        QCOMPARE(def(u"Blog Posts"_s, {u"UserId"_s}).suggestedName(), u"blog_posts_userid_idx"_s);
        QCOMPARE(def(u"1st"_s, {u"a\"b"_s}).suggestedName(), u"i_1st_a_b_idx"_s);
        const QString longName = def(u"a_very_long_table_name_that_goes_on"_s,
                                     {u"and_a_long_column_name"_s, u"another_long_column_name"_s})
                                     .suggestedName();
        QVERIFY(longName.size() <= 63);
        QVERIFY(longName.endsWith(u"_idx"_s));
        QCOMPARE(IndexBuildPlan::freeName(u"posts_id_idx"_s, {u"posts_id_idx"_s}),
                 u"posts_id_1_idx"_s);
        QCOMPARE(
            IndexBuildPlan::freeName(u"posts_id_idx"_s, {u"posts_id_idx"_s, u"posts_id_1_idx"_s}),
            u"posts_id_2_idx"_s);
    }

    void narrowerAndServed()
    {
        const IndexDefinition one = def(u"posts"_s, {u"blog_id"_s});
        const IndexDefinition two = def(u"posts"_s, {u"user_id"_s, u"blog_id"_s});
        QVERIFY(one.isNarrowerThan(two));
        QVERIFY(!two.isNarrowerThan(one));
        QVERIFY(!one.isNarrowerThan(one));
        IndexDefinition partial = one;
        partial.predicate = u"status = 'x'"_s;
        QVERIFY(!partial.isNarrowerThan(two));

        CatalogIndex existing;
        existing.table = two.table;
        existing.method = u"btree"_s;
        existing.keys = {u"user_id"_s, u"blog_id"_s};
        QVERIFY(def(u"posts"_s, {u"user_id"_s}).isServedBy(existing));
        QVERIFY(two.isServedBy(existing));
        QVERIFY(!one.isServedBy(existing)); // blog_id is not the leading key
        existing.valid = false;
        QVERIFY(!two.isServedBy(existing));
        existing.valid = true;
        existing.keys = {u"\"UserId\""_s};
        QVERIFY(def(u"posts"_s, {u"UserId"_s}).isServedBy(existing));
        QVERIFY(!def(u"posts"_s, {u"userid"_s}).isServedBy(existing));
        QCOMPARE(canonicalExpression(u"LOWER( email )"_s), canonicalExpression(u"lower(email)"_s));
    }

    void partitionedBuildPlan()
    {
        SchemaCatalog c;
        CatalogTable parent = table(u"events"_s, 'p');
        parent.partitions = {TableRef{u"public"_s, u"events_2023"_s},
                             TableRef{u"public"_s, u"events_2024"_s}};
        c.tables << parent << table(u"events_2023"_s) << table(u"events_2024"_s);
        const IndexBuildPlan plan =
            IndexBuildPlan::make(def(u"events"_s, {u"tenant_id"_s}), u"events_tenant_id_idx"_s, c,
                                 {u"events_2023_tenant_id_idx"_s});
        QVERIFY(plan.partitioned);
        QCOMPARE(plan.steps.size(), 5);
        QCOMPARE(plan.steps.at(0).sql, u"CREATE INDEX events_tenant_id_idx ON ONLY public.events "
                                       u"USING btree (tenant_id)"_s);
        // A taken name gets a suffix.
        QCOMPARE(plan.steps.at(1).indexName, u"events_2023_tenant_id_1_idx"_s);
        QVERIFY(plan.steps.at(1).sql.startsWith(u"CREATE INDEX CONCURRENTLY "_s));
        QCOMPARE(plan.steps.at(2).sql, u"ALTER INDEX public.events_tenant_id_idx ATTACH PARTITION "
                                       u"public.events_2023_tenant_id_1_idx"_s);
        QCOMPARE(plan.revertSql, u"DROP INDEX IF EXISTS public.events_tenant_id_idx"_s);
        // The change log keeps the script; the cleanup reads it back.
        const IndexBuildPlan back = IndexBuildPlan::fromScript(plan.script());
        QVERIFY(back.partitioned);
        QCOMPARE(back.name, u"events_tenant_id_idx"_s);
        QCOMPARE(back.steps.size(), 3);
        const IndexBuildPlan plain =
            IndexBuildPlan::make(def(u"events_2023"_s, {u"id"_s}), u"e_id_idx"_s, c);
        QCOMPARE(plain.steps.size(), 1);
        QCOMPARE(plain.revertSql, u"DROP INDEX CONCURRENTLY IF EXISTS public.e_id_idx"_s);
    }

    void createIndexStatementsAreReadBack()
    {
        SchemaCatalog c;
        c.tables << table(u"users"_s) << table(u"Mixed"_s);
        IndexDefinition d;
        QString name;
        QString error;
        QVERIFY2(IndexStatement::parse(u"create unique index on users (lower(email), id desc) "
                                       u"include (tenant_id) where id > 10"_s,
                                       c, &d, &name, &error),
                 qPrintable(error));
        QVERIFY(name.isEmpty());
        QVERIFY(d.unique);
        QCOMPARE(d.keyList(), u"(lower(email)), id DESC"_s);
        QCOMPARE(d.include, QStringList{u"tenant_id"_s});
        QCOMPARE(d.predicate, u"(id > 10)"_s);
        QVERIFY(IndexStatement::parse(u"CREATE INDEX my_idx ON \"Mixed\" (\"UserId\")"_s, c, &d,
                                      &name, &error));
        QCOMPARE(name, u"my_idx"_s);
        QCOMPARE(d.table.name, u"Mixed"_s);
        QCOMPARE(d.keyList(), u"\"UserId\""_s);
        QVERIFY(!IndexStatement::parse(u"DROP TABLE users"_s, c, &d, &name, &error));
        QVERIFY(!IndexStatement::parse(u"CREATE INDEX ON nosuch (a)"_s, c, &d, &name, &error));
        QVERIFY(error.contains(u"nosuch"_s));
        QVERIFY(!IndexStatement::parse(u"CREATE INDEX ON users (a); CREATE INDEX ON users (b)"_s, c,
                                       &d, &name, &error));
        QVERIFY(!IndexStatement::parse(u"CREATE INDEX ON users (email text_pattern_ops)"_s, c, &d,
                                       &name, &error));
    }

    void parametersAreSubstitutedAndRenumbered()
    {
        QCOMPARE(ParameterText::substitute(
                     u"SELECT * FROM d WHERE status = $1 AND x = '$2' ORDER BY c LIMIT $2"_s,
                     {{1, u"'pending'::text"_s}}),
                 u"SELECT * FROM d WHERE status = 'pending'::text AND x = '$2' ORDER BY c "
                 u"LIMIT $1"_s);
        QCOMPARE(ParameterText::substitute(u"SELECT $3, $1 -- $2\n"_s, {{2, u"0"_s}}),
                 u"SELECT $2, $1 -- $2\n"_s);
        QCOMPARE(ParameterText::substitute(u"SELECT 'é', $1"_s, {{1, u"42"_s}}),
                 u"SELECT 'é', 42"_s);
    }

    void expressionsRoundTrip()
    {
        const QStringList exprs{u"lower(email)"_s,
                                u"(data ->> 'kind')"_s,
                                u"COALESCE(a, 0)"_s,
                                u"(a IS NULL)"_s,
                                u"(status IN ('a', 'b'))"_s,
                                u"(a BETWEEN 1 AND 2)"_s,
                                u"date_trunc('day', created_at)"_s,
                                u"'x'::text"_s,
                                u"(NOT flag)"_s,
                                u"(\"Mixed\" = 1)"_s};
        for (const QString &e : exprs) {
            const ParseTree t = ParseTree::parse(u"SELECT "_s + e);
            const QJsonValue node =
                ParseTree::body(
                    ParseTree::body(t.firstStatement()).value(u"targetList"_s).toArray().first())
                    .value(u"val"_s);
            QCOMPARE(ExpressionText::deparseOrEmpty(node), e);
        }
        // Aggregates and subqueries are no index expressions.
        const ParseTree agg = ParseTree::parse(u"SELECT count(*)"_s);
        QVERIFY(
            ExpressionText::deparseOrEmpty(
                ParseTree::body(
                    ParseTree::body(agg.firstStatement()).value(u"targetList"_s).toArray().first())
                    .value(u"val"_s))
                .isEmpty());
    }

    void scriptsSplitIntoStatements()
    {
        QString error;
        // The comments before a statement (a heading of the script) are dropped.
        QCOMPARE(ParseTree::split(u"SELECT 1; -- c\n/* d */ SELECT ';' -- e\n; "_s, &error),
                 (QStringList{u"SELECT 1"_s, u"SELECT ';' -- e"_s}));
        QVERIFY(ParseTree::split(u"SELEC 1"_s, &error).isEmpty());
        QVERIFY(error.contains(u"syntax error"_s));
    }
};

QTEST_GUILESS_MAIN(TestIndexDefinition)
#include "tst_indexdefinition.moc"
