// The advisor's floor, on the real server with HypoPG: a 100 000-row posts table with
// user_id of 10 distinct values and blog_id of 1 000, and the cases a DBA expects right.
#include "TestSandbox.h"
#include "advisor/IndexAdvisor.h"
#include "connection/PgSession.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

const char *const Schema = R"SQL(
CREATE TABLE posts (id int, blog_id int, user_id int, status text, title text,
                    created_at timestamptz);
INSERT INTO posts
SELECT n, n % 1000, n % 10, CASE WHEN n % 100 = 0 THEN 'draft' ELSE 'published' END,
       'Post ' || n, now() - n * interval '1 minute'
FROM generate_series(1, 100000) n;
CREATE TABLE blogs (id int PRIMARY KEY, slug text UNIQUE, name text);
INSERT INTO blogs SELECT n, 'blog-' || n, 'Blog ' || n FROM generate_series(0, 999) n;
CREATE VIEW published_posts AS
    SELECT id, blog_id, user_id, title FROM posts WHERE status = 'published';
CREATE TABLE indexed_posts AS SELECT * FROM posts;
CREATE INDEX indexed_posts_id_idx ON indexed_posts (id);
CREATE TABLE "BlogPosts" ("Id" int, "UserId" int, "Title" text);
INSERT INTO "BlogPosts" SELECT n, n % 1000, 'T' || n FROM generate_series(1, 100000) n;
CREATE TABLE events (id bigint, tenant_id int, kind text, created_at timestamptz)
    PARTITION BY RANGE (created_at);
CREATE TABLE events_2023 PARTITION OF events
    FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE events_2024 PARTITION OF events
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
INSERT INTO events
SELECT n, n % 500, 'k' || (n % 7), '2023-01-01'::timestamptz + n * interval '2 minutes'
FROM generate_series(1, 200000) n;
ALTER TABLE posts OWNER TO app;
ALTER TABLE blogs OWNER TO app;
ALTER VIEW published_posts OWNER TO app;
ALTER TABLE indexed_posts OWNER TO app;
ALTER TABLE "BlogPosts" OWNER TO app;
ALTER TABLE events OWNER TO app;
ALTER TABLE events_2023 OWNER TO app;
ALTER TABLE events_2024 OWNER TO app;
ANALYZE;
)SQL";

} // namespace

class TestAdvisorCases : public QObject
{
    Q_OBJECT
private:
    // The recommended indexes ("posts (user_id, blog_id)") for statements the user selects.
    QStringList advise(const QStringList &sql, AdvisorResult *result = nullptr)
    {
        PgSession session;
        const DbError open = session.open(test::TestSandbox::endpoints().postgres);
        if (open)
            return {u"open failed: "_s + open.toString()};
        AdvisorRequest request;
        request.statements = sql;
        request.audit = false;
        AdvisorResult r;
        const DbError err = IndexAdvisor::run(session, request, &r);
        if (err)
            return {u"advisor failed: "_s + err.toString()};
        QStringList out;
        for (const IndexRecommendation &rec : r.recommendations)
            out << rec.definition.display();
        if (result)
            *result = r;
        m_last = QString::fromUtf8(QJsonDocument(r.toJson()).toJson());
        return out;
    }

    QString m_last;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::TestSandbox::ensureStarted(&error), qPrintable(error));
        QVERIFY2(test::execAsSuperuser(QString::fromLatin1(Schema), &error), qPrintable(error));
    }

    void floorCases_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("equality on id")
            << u"SELECT * FROM posts WHERE id = 1"_s << QStringList{u"posts (id)"_s};
        QTest::newRow("no predicate") << u"SELECT * FROM posts"_s << QStringList{};
        QTest::newRow("two equalities")
            << u"SELECT * FROM posts WHERE user_id = 1 AND blog_id = 2"_s
            << QStringList{u"posts (user_id, blog_id)"_s};
        QTest::newRow("equality and range")
            << u"SELECT * FROM posts WHERE user_id = 1 AND blog_id < 10"_s
            << QStringList{u"posts (blog_id)"_s};
        QTest::newRow("order by limit")
            << u"SELECT * FROM posts WHERE user_id = 1 ORDER BY blog_id LIMIT 1000"_s
            << QStringList{u"posts (user_id, blog_id)"_s};
        QTest::newRow("join filtered on the other table's key")
            << u"SELECT p.* FROM blogs b JOIN posts p ON p.blog_id = b.id WHERE b.slug = 'blog-5'"_s
            << QStringList{u"posts (blog_id)"_s};
        QTest::newRow("update") << u"UPDATE posts SET title = 'x' WHERE user_id = 1"_s
                                << QStringList{u"posts (user_id)"_s};
        QTest::newRow("delete") << u"DELETE FROM posts WHERE user_id = 1"_s
                                << QStringList{u"posts (user_id)"_s};
        QTest::newRow("through a view") << u"SELECT title FROM published_posts WHERE blog_id = 5"_s
                                        << QStringList{u"posts (blog_id)"_s};
        QTest::newRow("parameters") << u"SELECT * FROM posts WHERE user_id = $1 AND blog_id = $2"_s
                                    << QStringList{u"posts (user_id, blog_id)"_s};
        QTest::newRow("parameter order by limit")
            << u"SELECT * FROM posts WHERE user_id = $1 ORDER BY blog_id LIMIT $2"_s
            << QStringList{u"posts (user_id, blog_id)"_s};
        QTest::newRow("already indexed")
            << u"SELECT * FROM indexed_posts WHERE id = 5"_s << QStringList{};
        QTest::newRow("order by desc limit")
            << u"SELECT * FROM posts WHERE blog_id = 7 ORDER BY created_at DESC LIMIT 5"_s
            << QStringList{u"posts (blog_id, created_at)"_s};
        QTest::newRow("expression") << u"SELECT id FROM posts WHERE lower(title) = lower($1)"_s
                                    << QStringList{u"posts ((lower(title)))"_s};
        QTest::newRow("partial for a rare constant")
            << u"SELECT id FROM posts WHERE status = 'draft' ORDER BY created_at DESC LIMIT 10"_s
            << QStringList{u"posts (created_at) WHERE status = 'draft'"_s};
    }

    void floorCases()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, expected);
        const QStringList got = advise({sql});
        QVERIFY2(got == expected, qPrintable(got.join(u" | "_s) + u"\n"_s + m_last));
    }

    void noPredicateSaysWhy()
    {
        AdvisorResult r;
        QCOMPARE(advise({u"SELECT * FROM posts"_s}, &r), QStringList{});
        QCOMPARE(r.unhelped.size(), 1);
        QCOMPARE(r.unhelped.first().reason, UnhelpedStatement::Reason::NothingToIndex);
    }

    void alreadyIndexedSaysWhich()
    {
        AdvisorResult r;
        QCOMPARE(advise({u"SELECT * FROM indexed_posts WHERE id = $1"_s}, &r), QStringList{});
        QCOMPARE(r.unhelped.size(), 1);
        QCOMPARE(r.unhelped.first().reason, UnhelpedStatement::Reason::AlreadyIndexed);
        QVERIFY2(r.unhelped.first().explanation.contains(u"indexed_posts_id_idx"_s),
                 qPrintable(r.unhelped.first().explanation));
    }

    void notParseableSaysWhy()
    {
        AdvisorResult r;
        QCOMPARE(advise({u"SELEC * FROM posts"_s}, &r), QStringList{});
        QCOMPARE(r.unhelped.first().reason, UnhelpedStatement::Reason::NotParseable);
    }

    void lowSelectivitySaysWhy()
    {
        AdvisorResult r;
        QCOMPARE(advise({u"SELECT * FROM posts WHERE status = 'published'"_s}, &r), QStringList{});
        QCOMPARE(r.unhelped.first().reason, UnhelpedStatement::Reason::LowSelectivity);
    }

    void mixedCaseNamesStayQuoted()
    {
        AdvisorResult r;
        const QStringList got = advise({u"SELECT * FROM \"BlogPosts\" WHERE \"UserId\" = 3"_s}, &r);
        QCOMPARE(got, QStringList{u"BlogPosts (\"UserId\")"_s});
        const IndexRecommendation &rec = r.recommendations.first();
        QCOMPARE(rec.name, u"blogposts_userid_idx"_s);
        QCOMPARE(rec.ddl, u"CREATE INDEX CONCURRENTLY blogposts_userid_idx ON "
                          u"public.\"BlogPosts\" USING btree (\"UserId\")"_s);
        QCOMPARE(rec.revertDdl, u"DROP INDEX CONCURRENTLY IF EXISTS public.blogposts_userid_idx"_s);
    }

    void partitionedTableIsBuiltPerPartition()
    {
        AdvisorResult r;
        const QStringList got = advise({u"SELECT * FROM events WHERE tenant_id = $1"_s}, &r);
        QCOMPARE(got, QStringList{u"events (tenant_id)"_s});
        const IndexRecommendation &rec = r.recommendations.first();
        QVERIFY(rec.partitioned);
        const QStringList lines = rec.ddl.split(u'\n');
        QCOMPARE(lines.size(), 5); // parent ON ONLY, two partitions, two attaches
        QVERIFY2(lines.first().startsWith(u"CREATE INDEX events_tenant_id_idx ON ONLY "
                                          u"public.events"_s),
                 qPrintable(rec.ddl));
        QVERIFY(!lines.first().contains(u"CONCURRENTLY"_s));
        QVERIFY(rec.ddl.contains(u"CREATE INDEX CONCURRENTLY events_2023_tenant_id_idx ON "
                                 u"public.events_2023"_s));
        QVERIFY(rec.ddl.contains(u"ALTER INDEX public.events_tenant_id_idx ATTACH PARTITION "
                                 u"public.events_2024_tenant_id_idx"_s));
        QVERIFY(rec.revertDdl.startsWith(u"DROP INDEX IF EXISTS public.events_tenant_id_idx"_s));
    }

    void oneIndexServesSeveralStatements()
    {
        AdvisorResult r;
        const QStringList got =
            advise({u"SELECT * FROM posts WHERE user_id = $1 AND blog_id = $2"_s,
                    u"SELECT * FROM posts WHERE user_id = $1 ORDER BY blog_id LIMIT $2"_s},
                   &r);
        QVERIFY2(got == QStringList{u"posts (user_id, blog_id)"_s}, qPrintable(m_last));
        QCOMPARE(r.recommendations.first().statements.size(), 2);
    }

    void recommendationCarriesItsProof()
    {
        AdvisorResult r;
        advise({u"SELECT * FROM posts WHERE blog_id = $1"_s}, &r);
        QCOMPARE(r.recommendations.size(), 1);
        const IndexRecommendation &rec = r.recommendations.first();
        QVERIFY(rec.sizeBytes > 100000); // 100 000 entries
        QCOMPARE(rec.statements.size(), 1);
        const HelpedStatement &h = rec.statements.first();
        QVERIFY2(h.costAfter * 3 < h.costBefore,
                 qPrintable(u"%1 -> %2"_s.arg(h.costBefore).arg(h.costAfter)));
        QVERIFY(h.planBefore.contains(u"Seq Scan"_s));
        QVERIFY(h.planAfter.contains(u"btree_posts_blog_id"_s));
        QVERIFY(
            rec.ddl.startsWith(u"CREATE INDEX CONCURRENTLY posts_blog_id_idx ON public.posts"_s));
        QCOMPARE(h.share, 1.0);
    }

    void progressCountsRoundsAndCandidates()
    {
        // Two tables, an index each: two rounds that choose, each reporting every candidate
        // it tries, the second fewer than the first (the chosen one is out).
        PgSession session;
        QVERIFY(!session.open(test::TestSandbox::endpoints().postgres));
        AdvisorRequest request;
        request.statements = {u"SELECT * FROM posts WHERE blog_id = $1"_s,
                              u"SELECT * FROM \"BlogPosts\" WHERE \"UserId\" = $1"_s};
        request.audit = false;
        QList<QPair<QString, int>> reported;
        AdvisorResult r;
        const DbError err =
            IndexAdvisor::run(session, request, &r, nullptr, [&](const QString &text, int percent) {
                reported.append({text, percent});
            });
        QVERIFY2(!err, qPrintable(err.toString()));
        QCOMPARE(r.recommendations.size(), 2);
        const QRegularExpression line(
            u"^Round (\\d+) of at most (\\d+): candidate (\\d+) of (\\d+), \\S"_s);
        QMap<int, QList<int>> tried; // round → candidate numbers, in order
        QMap<int, int> candidates;   // round → candidates it has
        int lastPercent = 0;
        for (const auto &[text, percent] : std::as_const(reported)) {
            const QRegularExpressionMatch m = line.match(text);
            if (!m.hasMatch())
                continue;
            const int round = m.captured(1).toInt();
            QVERIFY2(round <= m.captured(2).toInt(), qPrintable(text));
            tried[round] << m.captured(3).toInt();
            candidates[round] = m.captured(4).toInt();
            QVERIFY2(percent >= lastPercent && percent <= 100, qPrintable(text));
            lastPercent = percent;
        }
        QVERIFY2(tried.size() >= 2, qPrintable(m_last));
        for (auto it = tried.cbegin(); it != tried.cend(); ++it) {
            QList<int> expected;
            for (int i = 1; i <= candidates.value(it.key()); ++i)
                expected << i;
            QCOMPARE(it.value(), expected);
        }
        QVERIFY(candidates.value(2) < candidates.value(1));
    }

    void cleanupTestCase() { test::TestSandbox::stop(); }
};

QTEST_GUILESS_MAIN(TestAdvisorCases)
#include "tst_advisor_cases.moc"
