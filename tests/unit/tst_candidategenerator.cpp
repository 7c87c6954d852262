// Candidate indexes from statement analyses (no server): the shapes a DBA would try —
// multi-column in a useful order, ORDER BY … LIMIT, expression, partial for a rare state,
// covering — and none an existing index already serves; plus the review of existing
// indexes on a hand-made catalog.
#include "advisor/CandidateGenerator.h"
#include "advisor/IndexAudit.h"
#include "advisor/StatementAnalyzer.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

CatalogColumn column(const QString &name, double distinct, int width = 4)
{
    CatalogColumn c;
    c.name = name;
    c.nDistinct = distinct;
    c.averageWidth = width;
    return c;
}

SchemaCatalog catalog()
{
    SchemaCatalog c;
    CatalogTable posts;
    posts.ref = TableRef{u"public"_s, u"posts"_s};
    posts.rows = 100000;
    posts.columns << column(u"id"_s, -1) << column(u"user_id"_s, 10) << column(u"blog_id"_s, 1000)
                  << column(u"title"_s, -1, 40) << column(u"created_at"_s, -1, 8)
                  << column(u"body"_s, -1, 2000);
    CatalogColumn status = column(u"status"_s, 3, 9);
    status.commonValues = {u"published"_s, u"draft"_s, u"pending"_s};
    status.commonFrequencies = {0.96, 0.03, 0.01};
    posts.columns << status;
    c.tables << posts;
    CatalogTable users;
    users.ref = TableRef{u"public"_s, u"users"_s};
    users.rows = 5000;
    users.columns << column(u"id"_s, -1) << column(u"email"_s, -1, 20);
    c.tables << users;
    CatalogIndex pk;
    pk.table = users.ref;
    pk.schema = u"public"_s;
    pk.name = u"users_pkey"_s;
    pk.method = u"btree"_s;
    pk.keys = {u"id"_s};
    pk.unique = pk.primary = true;
    pk.constraintName = u"users_pkey"_s;
    c.indexes << pk;
    return c;
}

QStringList candidates(const QString &sql)
{
    const SchemaCatalog c = catalog();
    const StatementAnalysis a = StatementAnalyzer(&c).analyze(sql);
    QStringList out;
    for (const IndexCandidate &k : CandidateGenerator(c).forStatement(a, 0))
        out << k.definition.display();
    return out;
}

} // namespace

class TestCandidateGenerator : public QObject
{
    Q_OBJECT
private slots:
    void equalityThenRangeThenSort()
    {
        const QStringList c = candidates(
            u"SELECT id FROM posts WHERE user_id = $1 AND blog_id = $2 AND created_at > $3"_s);
        QVERIFY2(c.contains(u"posts (user_id)"_s), qPrintable(c.join(u" | "_s)));
        QVERIFY(c.contains(u"posts (user_id, blog_id)"_s));
        QVERIFY(c.contains(u"posts (blog_id, user_id)"_s));
        QVERIFY(c.contains(u"posts (user_id, blog_id, created_at)"_s));
        QVERIFY(!c.contains(u"posts (created_at, user_id)"_s)); // never range before equality
    }

    void orderByLimitIncludingDesc()
    {
        QStringList c = candidates(
            u"SELECT * FROM posts WHERE user_id = $1 ORDER BY created_at DESC LIMIT 5"_s);
        // One direction: a backward scan serves DESC, the plain index is enough.
        QVERIFY2(c.contains(u"posts (user_id, created_at)"_s), qPrintable(c.join(u" | "_s)));
        c = candidates(u"SELECT * FROM posts ORDER BY blog_id, created_at DESC LIMIT 5"_s);
        QVERIFY2(c.contains(u"posts (blog_id, created_at DESC)"_s), qPrintable(c.join(u" | "_s)));
        // Every ORDER BY key on one table of a join: a nested loop can walk that index.
        c = candidates(u"SELECT * FROM posts p JOIN users u ON u.id = p.user_id "
                       u"ORDER BY u.email LIMIT 5"_s);
        QVERIFY2(c.contains(u"users (email)"_s), qPrintable(c.join(u" | "_s)));
        // Keys on two tables: no single index serves the order.
        c = candidates(u"SELECT * FROM posts p JOIN users u ON u.id = p.user_id "
                       u"ORDER BY u.email, p.created_at LIMIT 5"_s);
        QVERIFY2(!c.contains(u"users (email)"_s), qPrintable(c.join(u" | "_s)));
    }

    void expressionAndJoinKeys()
    {
        QStringList c = candidates(u"SELECT id FROM users WHERE lower(email) = lower($1)"_s);
        QVERIFY2(c.contains(u"users ((lower(email)))"_s), qPrintable(c.join(u" | "_s)));
        QVERIFY(!c.contains(u"users (email)"_s)); // the column alone cannot serve lower(email)
        c = candidates(u"SELECT p.title FROM users u JOIN posts p ON p.user_id = u.id WHERE "
                       u"u.email = $1"_s);
        QVERIFY2(c.contains(u"posts (user_id)"_s), qPrintable(c.join(u" | "_s)));
        QVERIFY(c.contains(u"users (email)"_s));
        // users.id is the primary key: no candidate repeats it.
        QVERIFY(!c.contains(u"users (id)"_s));
    }

    void partialOnlyForARareState()
    {
        QStringList c = candidates(
            u"SELECT id FROM posts WHERE status = 'pending' ORDER BY created_at LIMIT 10"_s);
        QVERIFY2(c.contains(u"posts (created_at) WHERE status = 'pending'"_s),
                 qPrintable(c.join(u" | "_s)));
        // 96 % of the rows: a partial index would be nearly the whole table.
        c = candidates(u"SELECT id FROM posts WHERE status = 'published' ORDER BY created_at "
                       u"LIMIT 10"_s);
        QVERIFY(!c.join(u' ').contains(u"WHERE"_s));
        // An identifier-like column is no state, however rare the value.
        c = candidates(u"SELECT id FROM posts WHERE blog_id = 5 ORDER BY created_at LIMIT 10"_s);
        QVERIFY(!c.join(u' ').contains(u"WHERE"_s));
        // A parameter is no constant.
        c = candidates(u"SELECT id FROM posts WHERE status = $1 ORDER BY created_at LIMIT 10"_s);
        QVERIFY(!c.join(u' ').contains(u"WHERE"_s));
    }

    void coveringOnlyForNarrowColumns()
    {
        QStringList c = candidates(u"SELECT title FROM posts WHERE blog_id = $1"_s);
        QVERIFY2(c.contains(u"posts (blog_id) INCLUDE (title)"_s), qPrintable(c.join(u" | "_s)));
        c = candidates(u"SELECT body FROM posts WHERE blog_id = $1"_s);
        QVERIFY(!c.join(u' ').contains(u"INCLUDE"_s));
        c = candidates(u"SELECT * FROM posts WHERE blog_id = $1"_s);
        QVERIFY(!c.join(u' ').contains(u"INCLUDE"_s));
    }

    void nothingWithoutConditions()
    {
        QVERIFY(candidates(u"SELECT * FROM posts"_s).isEmpty());
        QVERIFY(candidates(u"INSERT INTO posts (id) VALUES ($1)"_s).isEmpty());
        QVERIFY(candidates(u"SELECT * FROM users WHERE id = $1"_s).isEmpty());
    }

    void workloadMergesSameCandidates()
    {
        const SchemaCatalog c = catalog();
        const StatementAnalyzer analyzer(&c);
        const QList<IndexCandidate> all = CandidateGenerator(c).generate(
            {analyzer.analyze(u"SELECT * FROM posts WHERE blog_id = $1"_s),
             analyzer.analyze(u"UPDATE posts SET title = $2 WHERE blog_id = $1"_s)});
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().statements, (QList<int>{0, 1}));
    }

    void auditFindsTheUsualSuspects()
    {
        SchemaCatalog c = catalog();
        auto index = [&](const QString &name, const QStringList &keys) {
            CatalogIndex i;
            i.table = TableRef{u"public"_s, u"posts"_s};
            i.schema = u"public"_s;
            i.name = name;
            i.method = u"btree"_s;
            i.keys = keys;
            i.scans = 10;
            i.sizeBytes = 8192;
            return i;
        };
        c.indexes << index(u"posts_user_idx"_s, {u"user_id"_s})
                  << index(u"posts_user_blog_idx"_s, {u"user_id"_s, u"blog_id"_s})
                  << index(u"posts_user_blog_again"_s, {u"user_id"_s, u"blog_id"_s});
        CatalogIndex unused = index(u"posts_title_idx"_s, {u"title"_s});
        unused.scans = 0;
        CatalogIndex invalid = index(u"posts_created_idx"_s, {u"created_at"_s});
        invalid.valid = false;
        c.indexes << unused << invalid;
        CatalogForeignKey fk;
        fk.name = u"posts_blog_fkey"_s;
        fk.table = TableRef{u"public"_s, u"posts"_s};
        fk.columns = {u"blog_id"_s};
        fk.referenced = TableRef{u"public"_s, u"blogs"_s};
        CatalogForeignKey covered = fk;
        covered.name = u"posts_user_fkey"_s;
        covered.columns = {u"user_id"_s};
        c.foreignKeys << fk << covered;
        QStringList found;
        for (const IndexFinding &f : IndexAudit::run(c))
            found << indexFindingKindName(f.kind) + u':' + (f.index.isEmpty() ? f.other : f.index);
        found.sort();
        QStringList expected{u"duplicate:posts_user_blog_again"_s, u"invalid:posts_created_idx"_s,
                             u"redundant:posts_user_idx"_s,
                             u"unindexed_foreign_key:posts_blog_fkey"_s,
                             u"unused:posts_title_idx"_s};
        expected.sort();
        QCOMPARE(found, expected);
    }
};

QTEST_GUILESS_MAIN(TestCandidateGenerator)
#include "tst_candidategenerator.moc"
