// StatementAnalyzer over a hand-made catalog: predicates, joins, sort keys and parameter
// uses found through aliases, subqueries, CTEs and views, with names kept exact.
#include "advisor/StatementAnalyzer.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

CatalogTable table(const QString &name, const QStringList &columns, char kind = 'r')
{
    CatalogTable t;
    t.ref = TableRef{u"public"_s, name};
    t.kind = kind;
    for (const QString &c : columns) {
        CatalogColumn col;
        col.name = c;
        t.columns << col;
    }
    return t;
}

SchemaCatalog catalog()
{
    SchemaCatalog c;
    c.tables << table(u"posts"_s, {u"id"_s, u"blog_id"_s, u"user_id"_s, u"title"_s, u"status"_s,
                                   u"created_at"_s});
    c.tables << table(u"blogs"_s, {u"id"_s, u"name"_s, u"slug"_s});
    c.tables << table(u"users"_s, {u"id"_s, u"email"_s, u"status"_s, u"team_id"_s});
    c.tables << table(u"BlogPosts"_s, {u"Id"_s, u"UserId"_s, u"Title"_s});
    CatalogTable view = table(u"active_users"_s, {u"id"_s, u"email"_s}, 'v');
    view.viewDefinition = u" SELECT users.id, users.email FROM users WHERE users.status = "
                          u"'active'::text;"_s;
    c.tables << view;
    CatalogTable nested = table(u"active_user_emails"_s, {u"uid"_s, u"email_key"_s}, 'v');
    nested.viewDefinition =
        u"SELECT a.id AS uid, lower(a.email) AS email_key FROM active_users a"_s;
    c.tables << nested;
    return c;
}

const ColumnPredicate *findPredicate(const StatementAnalysis &a, const QString &table,
                                     const QString &key)
{
    for (const ColumnPredicate &p : a.predicates) {
        if (p.table.name == table && p.keyText() == key)
            return &p;
    }
    return nullptr;
}

} // namespace

class TestStatementAnalyzer : public QObject
{
    Q_OBJECT
private slots:
    void equalityWithParameter()
    {
        const SchemaCatalog c = catalog();
        const StatementAnalysis a =
            StatementAnalyzer(&c).analyze(u"SELECT * FROM posts WHERE user_id = $1"_s);
        QVERIFY(a.parsed);
        QCOMPARE(a.kind, StatementAnalysis::Kind::Select);
        QCOMPARE(a.tables.size(), 1);
        QCOMPARE(a.tables.first().name, u"posts"_s);
        QCOMPARE(a.tables.first().schema, u"public"_s);
        const ColumnPredicate *p = findPredicate(a, u"posts"_s, u"user_id"_s);
        QVERIFY(p);
        QCOMPARE(p->kind, PredicateKind::Equality);
        QCOMPARE(p->parameters, QList<int>{1});
        QCOMPARE(a.parameters.size(), 1);
        QCOMPARE(a.parameters.first().column, u"user_id"_s);
        QCOMPARE(a.parameters.first().role, ParameterUse::Role::Compare);
        bool all = false;
        a.columnsRead(a.tables.first(), &all);
        QVERIFY(all);
    }

    void setOperationArms()
    {
        // Both arms of a UNION, also inside a recursive CTE, are read like any query.
        const SchemaCatalog c = catalog();
        const StatementAnalysis a = StatementAnalyzer(&c).analyze(
            u"SELECT $1 AS kind, id FROM posts WHERE user_id = $2 UNION ALL "
            u"SELECT $3, id FROM blogs WHERE slug = $4 ORDER BY 2 LIMIT $5"_s);
        QCOMPARE(a.tables.size(), 2);
        QVERIFY(findPredicate(a, u"posts"_s, u"user_id"_s));
        QVERIFY(findPredicate(a, u"blogs"_s, u"slug"_s));
        const StatementAnalysis r = StatementAnalyzer(&c).analyze(
            u"WITH RECURSIVE tree AS (SELECT id, 1 AS depth FROM blogs WHERE id = $1 "
            u"UNION ALL SELECT p.id, t.depth + 1 FROM posts p JOIN tree t ON p.blog_id = t.id) "
            u"SELECT * FROM tree"_s);
        QCOMPARE(r.tables.size(), 2);
        QVERIFY(findPredicate(r, u"blogs"_s, u"id"_s));
    }

    void constantsAndRanges()
    {
        const SchemaCatalog c = catalog();
        const StatementAnalysis a = StatementAnalyzer(&c).analyze(
            u"SELECT id FROM posts WHERE 10 > blog_id AND status = 'pending' AND id IN (1, 2) "
            u"AND created_at BETWEEN $1 AND $2 AND title LIKE 'How%' AND user_id IS NULL "
            u"AND blog_id <> 3"_s);
        const ColumnPredicate *range = findPredicate(a, u"posts"_s, u"blog_id"_s);
        QVERIFY(range);
        QCOMPARE(range->op, u"<"_s); // mirrored: 10 > blog_id
        QCOMPARE(range->kind, PredicateKind::Range);
        QCOMPARE(range->constant, u"10"_s);
        const ColumnPredicate *status = findPredicate(a, u"posts"_s, u"status"_s);
        QVERIFY(status);
        QCOMPARE(status->constant, u"'pending'"_s);
        QCOMPARE(status->kind, PredicateKind::Equality);
        QCOMPARE(findPredicate(a, u"posts"_s, u"id"_s)->op, u"IN"_s);
        const ColumnPredicate *between = findPredicate(a, u"posts"_s, u"created_at"_s);
        QCOMPARE(between->kind, PredicateKind::Range);
        QCOMPARE(between->parameters, (QList<int>{1, 2}));
        QCOMPARE(findPredicate(a, u"posts"_s, u"title"_s)->kind, PredicateKind::Range);
        QCOMPARE(findPredicate(a, u"posts"_s, u"user_id"_s)->op, u"IS NULL"_s);
        int others = 0;
        for (const ColumnPredicate &p : a.predicates)
            others += p.kind == PredicateKind::Other ? 1 : 0;
        QCOMPARE(others, 1); // blog_id <> 3
    }

    void joinThroughAliases()
    {
        const SchemaCatalog c = catalog();
        const StatementAnalysis a = StatementAnalyzer(&c).analyze(
            u"SELECT p.title FROM blogs b JOIN posts p ON p.blog_id = b.id WHERE b.slug = $1"_s);
        QCOMPARE(a.tables.size(), 2);
        QCOMPARE(a.joins.size(), 1);
        const JoinKey &k = a.joins.first();
        QCOMPARE(k.leftTable.name, u"posts"_s);
        QCOMPARE(k.leftColumn, u"blog_id"_s);
        QCOMPARE(k.rightTable.name, u"blogs"_s);
        QCOMPARE(k.rightColumn, u"id"_s);
        QVERIFY(findPredicate(a, u"blogs"_s, u"slug"_s));
        QVERIFY(!findPredicate(a, u"posts"_s, u"slug"_s));
    }

    void joinUsingAndCommaJoin()
    {
        const SchemaCatalog c = catalog();
        StatementAnalysis a = StatementAnalyzer(&c).analyze(
            u"SELECT * FROM posts JOIN users USING (id) WHERE email = $1"_s);
        QCOMPARE(a.joins.size(), 1);
        QVERIFY(findPredicate(a, u"users"_s, u"email"_s));
        a = StatementAnalyzer(&c).analyze(
            u"SELECT * FROM posts p, users u WHERE p.user_id = u.id AND u.team_id = 4"_s);
        QCOMPARE(a.joins.size(), 1);
        QCOMPARE(a.joins.first().leftColumn, u"user_id"_s);
        QVERIFY(findPredicate(a, u"users"_s, u"team_id"_s));
    }

    void expressionPredicate()
    {
        const SchemaCatalog c = catalog();
        const StatementAnalysis a = StatementAnalyzer(&c).analyze(
            u"SELECT id FROM users u WHERE lower(u.email) = lower($1)"_s);
        QCOMPARE(a.predicates.size(), 1);
        const ColumnPredicate &p = a.predicates.first();
        QVERIFY(p.isOnExpression());
        QCOMPARE(p.expression, u"lower(email)"_s);
        QCOMPARE(p.expressionColumns, QStringList{u"email"_s});
        QCOMPARE(p.parameters, QList<int>{1});
        QCOMPARE(a.parameters.first().expression, u"lower(email)"_s);
    }

    void orderByLimit()
    {
        const SchemaCatalog c = catalog();
        const StatementAnalysis a = StatementAnalyzer(&c).analyze(
            u"SELECT id, created_at AS at FROM posts WHERE user_id = $1 "
            u"ORDER BY at DESC, 1 LIMIT $2 OFFSET $3"_s);
        QVERIFY(a.hasLimit);
        QCOMPARE(a.sortKeys.size(), 2);
        QCOMPARE(a.sortKeys.at(0).column, u"created_at"_s);
        QVERIFY(a.sortKeys.at(0).descending);
        QVERIFY(a.sortKeys.at(0).nullsFirst);
        QCOMPARE(a.sortKeys.at(1).column, u"id"_s);
        QVERIFY(!a.sortKeys.at(1).descending);
        QCOMPARE(a.parameterUses(2).first().role, ParameterUse::Role::Limit);
        QCOMPARE(a.parameterUses(3).first().role, ParameterUse::Role::Offset);
    }

    void groupBy()
    {
        const SchemaCatalog c = catalog();
        const StatementAnalysis a = StatementAnalyzer(&c).analyze(
            u"SELECT blog_id, count(*) FROM posts GROUP BY 1 ORDER BY 2 DESC"_s);
        QCOMPARE(a.groupKeys.size(), 1);
        QCOMPARE(a.groupKeys.first().column, u"blog_id"_s);
        QVERIFY(a.sortKeys.isEmpty()); // count(*) is no column
    }

    void viewsResolveToBaseTables()
    {
        const SchemaCatalog c = catalog();
        const StatementAnalysis a =
            StatementAnalyzer(&c).analyze(u"SELECT id FROM active_users WHERE email = $1"_s);
        QCOMPARE(a.tables.size(), 1);
        QCOMPARE(a.tables.first().name, u"users"_s);
        QCOMPARE(a.views.size(), 1);
        const ColumnPredicate *email = findPredicate(a, u"users"_s, u"email"_s);
        QVERIFY(email);
        QVERIFY(!email->fromView);
        const ColumnPredicate *status = findPredicate(a, u"users"_s, u"status"_s);
        QVERIFY(status);
        QVERIFY(status->fromView);
        QCOMPARE(status->constant, u"'active'::text"_s);
    }

    void nestedViewWithExpressionColumn()
    {
        const SchemaCatalog c = catalog();
        const StatementAnalysis a = StatementAnalyzer(&c).analyze(
            u"SELECT uid FROM active_user_emails e WHERE e.email_key = $1"_s);
        QCOMPARE(a.views.size(), 2);
        const ColumnPredicate *key = findPredicate(a, u"users"_s, u"lower(email)"_s);
        QVERIFY2(key, qPrintable(QString::fromUtf8(QJsonDocument(a.toJson()).toJson())));
        QCOMPARE(key->parameters, QList<int>{1});
    }

    void cteAndSubquery()
    {
        const SchemaCatalog c = catalog();
        StatementAnalysis a = StatementAnalyzer(&c).analyze(
            u"WITH recent AS (SELECT * FROM posts WHERE created_at > now() - interval '1 day') "
            u"SELECT r.title FROM recent r WHERE r.user_id = 7"_s);
        QVERIFY(findPredicate(a, u"posts"_s, u"created_at"_s));
        QVERIFY(findPredicate(a, u"posts"_s, u"user_id"_s));
        a = StatementAnalyzer(&c).analyze(
            u"SELECT * FROM (SELECT blog_id AS b, title FROM posts) s WHERE s.b = $1"_s);
        QVERIFY(findPredicate(a, u"posts"_s, u"blog_id"_s));
    }

    void correlatedAndInSubqueries()
    {
        const SchemaCatalog c = catalog();
        StatementAnalysis a = StatementAnalyzer(&c).analyze(
            u"SELECT * FROM blogs b WHERE EXISTS (SELECT 1 FROM posts p WHERE p.blog_id = b.id "
            u"AND p.status = 'draft')"_s);
        QCOMPARE(a.joins.size(), 1);
        QCOMPARE(a.joins.first().leftTable.name, u"posts"_s);
        QVERIFY(findPredicate(a, u"posts"_s, u"status"_s));
        a = StatementAnalyzer(&c).analyze(
            u"SELECT * FROM users WHERE id IN (SELECT user_id FROM posts WHERE blog_id = 3)"_s);
        QCOMPARE(a.joins.size(), 1);
        QVERIFY(findPredicate(a, u"posts"_s, u"blog_id"_s));
    }

    void writes()
    {
        const SchemaCatalog c = catalog();
        StatementAnalysis a = StatementAnalyzer(&c).analyze(
            u"UPDATE posts SET title = $2, status = 'x' WHERE user_id = $1"_s);
        QCOMPARE(a.kind, StatementAnalysis::Kind::Update);
        QCOMPARE(a.target.name, u"posts"_s);
        QCOMPARE(a.writtenColumns.size(), 2);
        QCOMPARE(a.parameterUses(2).first().role, ParameterUse::Role::Assign);
        QCOMPARE(a.parameterUses(2).first().column, u"title"_s);
        QVERIFY(findPredicate(a, u"posts"_s, u"user_id"_s));

        a = StatementAnalyzer(&c).analyze(u"DELETE FROM posts p USING blogs b WHERE "
                                          u"p.blog_id = b.id AND b.slug = $1"_s);
        QCOMPARE(a.kind, StatementAnalysis::Kind::Delete);
        QCOMPARE(a.joins.size(), 1);

        a = StatementAnalyzer(&c).analyze(
            u"INSERT INTO posts (user_id, title, created_at) VALUES ($1, $2, now())"_s);
        QCOMPARE(a.kind, StatementAnalysis::Kind::Insert);
        QCOMPARE(a.parameterUses(1).first().role, ParameterUse::Role::Insert);
        QCOMPARE(a.parameterUses(1).first().column, u"user_id"_s);
        QCOMPARE(a.parameterUses(2).first().column, u"title"_s);
        QVERIFY(a.predicates.isEmpty());
    }

    void mixedCaseNamesKept()
    {
        const SchemaCatalog c = catalog();
        const StatementAnalysis a = StatementAnalyzer(&c).analyze(
            u"SELECT \"Title\" FROM \"BlogPosts\" WHERE \"UserId\" = 3"_s);
        QCOMPARE(a.tables.size(), 1);
        QCOMPARE(a.tables.first().name, u"BlogPosts"_s);
        QCOMPARE(a.tables.first().quoted(), u"public.\"BlogPosts\""_s);
        QCOMPARE(a.predicates.size(), 1);
        QCOMPARE(a.predicates.first().column, u"UserId"_s);
        QCOMPARE(a.predicates.first().keyText(), u"\"UserId\""_s);
        // Unquoted, the name folds to lower case and is another (unknown) table.
        const StatementAnalysis b =
            StatementAnalyzer(&c).analyze(u"SELECT * FROM BlogPosts WHERE UserId = 3"_s);
        QCOMPARE(b.tables.first().name, u"blogposts"_s);
    }

    void withoutCatalog()
    {
        StatementAnalysis a =
            StatementAnalyzer().analyze(u"SELECT * FROM app.posts WHERE user_id = $1"_s);
        QCOMPARE(a.tables.first().schema, u"app"_s);
        QVERIFY(findPredicate(a, u"posts"_s, u"user_id"_s));
        // Two tables and a bare column: the owner is unknown, so nothing is claimed.
        a = StatementAnalyzer().analyze(
            u"SELECT * FROM posts p JOIN blogs b ON p.blog_id = b.id WHERE slug = $1"_s);
        QCOMPARE(a.joins.size(), 1);
        QVERIFY(a.predicates.isEmpty());
    }

    void notParseable()
    {
        const StatementAnalysis a = StatementAnalyzer().analyze(u"SELEC * FROM posts"_s);
        QVERIFY(!a.parsed);
        QVERIFY(a.error.contains(u"syntax error"_s));
        QVERIFY(a.error.contains(u"SELEC"_s));
    }

    void utilityStatements()
    {
        QCOMPARE(StatementAnalyzer().analyze(u"SET statement_timeout = 0"_s).kind,
                 StatementAnalysis::Kind::Utility);
        QCOMPARE(StatementAnalyzer().analyze(u"BEGIN"_s).kind, StatementAnalysis::Kind::Utility);
        const StatementAnalysis p = StatementAnalyzer().analyze(
            u"PREPARE q(int) AS SELECT * FROM posts WHERE user_id = $1"_s);
        QCOMPARE(p.kind, StatementAnalysis::Kind::Select);
        QCOMPARE(p.predicates.size(), 1);
    }

    void orPredicatesAreMarked()
    {
        const SchemaCatalog c = catalog();
        const StatementAnalysis a = StatementAnalyzer(&c).analyze(
            u"SELECT * FROM posts WHERE user_id = 1 OR blog_id = 2"_s);
        QCOMPARE(a.predicates.size(), 2);
        QVERIFY(a.predicates.at(0).underOr);
        QVERIFY(a.predicates.at(1).underOr);
    }
};

QTEST_GUILESS_MAIN(TestStatementAnalyzer)
#include "tst_statementanalyzer.moc"
