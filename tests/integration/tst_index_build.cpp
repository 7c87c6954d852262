// Applying indexes on the real server: CREATE INDEX CONCURRENTLY with progress, a working
// server-side cancel that leaves no INVALID index, lock_timeout with cleanup, partitioned
// tables built per partition, quoted names, the change log, revert, and the cleanup a
// later start does after a build whose Sonde process died.
#include "TestSandbox.h"
#include "advisor/SchemaCatalogLoader.h"
#include "connection/PgSession.h"
#include "indexes/BuildRecovery.h"
#include "indexes/ChangeLog.h"
#include "indexes/IndexBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <pqxx/pqxx>

#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

const char *const Schema = R"SQL(
CREATE TABLE items (id int, owner int, label text);
INSERT INTO items SELECT n, n % 100, 'item ' || n FROM generate_series(1, 50000) n;
-- Each key costs a millisecond: a build that runs long enough to watch and cancel.
CREATE FUNCTION slow_key(i int) RETURNS int LANGUAGE plpgsql IMMUTABLE AS
$$ BEGIN PERFORM pg_sleep(0.001); RETURN i; END $$;
CREATE TABLE slow_items (id int);
INSERT INTO slow_items SELECT generate_series(1, 20000);
CREATE TABLE "Mixed Case" ("UserId" int, "Title" text);
INSERT INTO "Mixed Case" SELECT n % 300, 't' || n FROM generate_series(1, 20000) n;
CREATE TABLE events (id bigint, tenant_id int, created_at timestamptz)
    PARTITION BY RANGE (created_at);
CREATE TABLE events_a PARTITION OF events FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE events_b PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
INSERT INTO events SELECT n, n % 50, '2023-01-01'::timestamptz + n * interval '5 minutes'
FROM generate_series(1, 100000) n;
ALTER TABLE items OWNER TO app;
ALTER TABLE slow_items OWNER TO app;
ALTER TABLE "Mixed Case" OWNER TO app;
ALTER TABLE events OWNER TO app;
ALTER TABLE events_a OWNER TO app;
ALTER TABLE events_b OWNER TO app;
ANALYZE;
)SQL";

IndexDefinition columns(const QString &table, const QStringList &cols)
{
    IndexDefinition d;
    d.table = TableRef{u"public"_s, table};
    for (const QString &c : cols)
        d.keys << IndexKey::column(c);
    return d;
}

// An index on one expression of one column: "lower(label)" reading label.
IndexDefinition expression(const QString &table, const QString &text, const QString &column)
{
    IndexDefinition d;
    d.table = TableRef{u"public"_s, table};
    IndexKey k;
    k.text = text;
    k.expression = true;
    k.columns = {column};
    d.keys << k;
    return d;
}

} // namespace

class TestIndexBuild : public QObject
{
    Q_OBJECT
private:
    QString uri() const { return test::TestSandbox::endpoints().postgres; }

    SchemaCatalog catalog()
    {
        PgSession s;
        SchemaCatalog c;
        if (!s.open(uri()))
            SchemaCatalogLoader::load(s.connection(), &c);
        return c;
    }

    int scalar(const QString &sql)
    {
        PgSession s;
        int value = -1;
        if (s.open(uri()))
            return -1;
        s.run([&](pqxx::connection &c) {
            pqxx::nontransaction tx(c);
            value = tx.exec1(sql.toStdString())[0].as<int>();
        });
        return value;
    }

    int invalidIndexes() { return scalar(u"SELECT count(*) FROM pg_index WHERE NOT indisvalid"_s); }

    QTemporaryDir m_dir;
    std::unique_ptr<ChangeLog> m_log;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::TestSandbox::ensureStarted(&error), qPrintable(error));
        QVERIFY2(test::execAsSuperuser(QString::fromLatin1(Schema), &error), qPrintable(error));
        m_log = std::make_unique<ChangeLog>(m_dir.filePath(u"changes.sqlite"_s));
        QVERIFY2(m_log->open(&error), qPrintable(error));
    }

    void buildsConcurrentlyWithProgressAndLogs()
    {
        const IndexBuildPlan plan = IndexBuildPlan::make(columns(u"items"_s, {u"owner"_s}),
                                                         u"items_owner_idx"_s, catalog());
        IndexBuilder builder(uri(), m_log.get());
        QList<IndexBuildProgress> seen;
        const IndexBuildOutcome out =
            builder.build(plan, u"[]"_s, nullptr, [&](const IndexBuildProgress &p) { seen << p; });
        QVERIFY2(out.applied(), qPrintable(out.error.toString()));
        QVERIFY(!seen.isEmpty());
        QCOMPARE(scalar(u"SELECT count(*) FROM pg_indexes WHERE indexname = 'items_owner_idx'"_s),
                 1);
        const std::optional<IndexChange> c = m_log->find(out.changeId);
        QVERIFY(c);
        QCOMPARE(c->outcome, IndexChange::Outcome::Applied);
        QVERIFY(c->ddl.startsWith(u"CREATE INDEX CONCURRENTLY items_owner_idx ON public.items"_s));
        QCOMPARE(c->revertDdl, u"DROP INDEX CONCURRENTLY IF EXISTS public.items_owner_idx"_s);
        QVERIFY(c->user.contains(u"as sonde"_s));
        QVERIFY(c->target.endsWith(u"/sonde_demo"_s));
        QVERIFY(c->finishedAt.isValid());
    }

    void expressionIndexIsAnalyzedSoThePlannerKnowsIt()
    {
        // Without statistics of the expression the planner estimates lower(label) = '…' at
        // a default 0.5 % of the rows; the ANALYZE after the build gives it the real figure
        // (one row: the labels are unique).
        const IndexBuildPlan plan =
            IndexBuildPlan::make(expression(u"items"_s, u"lower(label)"_s, u"label"_s),
                                 u"items_lower_label_idx"_s, catalog());
        QCOMPARE(plan.analyzeSql, u"ANALYZE public.items"_s);
        QVERIFY(plan.script().endsWith(u"\nANALYZE public.items;"_s));
        IndexBuilder builder(uri(), m_log.get());
        const IndexBuildOutcome out = builder.build(plan, u"[]"_s);
        QVERIFY2(out.applied(), qPrintable(out.error.toString()));
        QVERIFY2(out.note.contains(u"gathered"_s), qPrintable(out.note));
        QVERIFY(
            scalar(u"SELECT count(*) FROM pg_stats WHERE tablename = 'items_lower_label_idx'"_s) >
            0);
        PgSession s;
        QVERIFY(!s.open(uri()));
        int estimate = -1;
        QVERIFY(!s.run([&](pqxx::connection &c) {
            pqxx::nontransaction tx(c);
            const std::string json =
                tx.exec1(
                      "EXPLAIN (FORMAT JSON) SELECT * FROM items WHERE lower(label) = 'item 77'")[0]
                    .c_str();
            const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(json));
            estimate = doc.array()
                           .at(0)
                           .toObject()
                           .value(u"Plan"_s)
                           .toObject()
                           .value(u"Plan Rows"_s)
                           .toInt();
        }));
        QCOMPARE(estimate, 1);
        const std::optional<IndexChange> c = m_log->find(out.changeId);
        QVERIFY(c && c->ddl.contains(u"ANALYZE public.items;"_s));
        QVERIFY(c->message.contains(u"ANALYZE"_s));
        // A plain column index needs no ANALYZE of its own.
        QVERIFY(IndexBuildPlan::make(columns(u"items"_s, {u"id"_s}), u"x"_s, catalog())
                    .analyzeSql.isEmpty());
    }

    void revertDropsAndRecords()
    {
        const IndexBuildPlan plan = IndexBuildPlan::make(columns(u"items"_s, {u"label"_s}),
                                                         u"items_label_idx"_s, catalog());
        IndexBuilder builder(uri(), m_log.get());
        const IndexBuildOutcome built = builder.build(plan);
        QVERIFY2(built.applied(), qPrintable(built.error.toString()));
        const IndexBuildOutcome reverted = builder.revert(built.changeId);
        QVERIFY2(reverted.applied(), qPrintable(reverted.error.toString()));
        QCOMPARE(scalar(u"SELECT count(*) FROM pg_indexes WHERE indexname = 'items_label_idx'"_s),
                 0);
        QCOMPARE(m_log->find(built.changeId)->outcome, IndexChange::Outcome::Reverted);
        QCOMPARE(m_log->find(built.changeId)->revertedBy, reverted.changeId);
        QCOMPARE(m_log->find(reverted.changeId)->revertOf, built.changeId);
        // Twice is refused: it is no longer an applied index.
        QVERIFY(!builder.revert(built.changeId).applied());
    }

    void cancelStopsTheServerAndLeavesNoInvalidIndex()
    {
        const IndexBuildPlan plan =
            IndexBuildPlan::make(expression(u"slow_items"_s, u"slow_key(id)"_s, u"id"_s),
                                 u"slow_items_key_idx"_s, catalog());
        IndexBuilder builder(uri(), m_log.get());
        std::atomic<bool> cancel{false};
        std::mutex mutex;
        QString phase;
        IndexBuildOutcome out;
        QElapsedTimer clock;
        clock.start();
        std::thread t([&]() {
            out = builder.build(plan, {}, &cancel, [&](const IndexBuildProgress &p) {
                std::lock_guard<std::mutex> lock(mutex);
                if (p.phase.startsWith(u"building index"_s))
                    phase = p.phase;
            });
        });
        // Wait until the server reports the build scanning the table, then cancel.
        QElapsedTimer wait;
        wait.start();
        bool building = false;
        while (!building && wait.elapsed() < 15000) {
            QTest::qWait(50);
            std::lock_guard<std::mutex> lock(mutex);
            building = !phase.isEmpty();
        }
        cancel = true;
        t.join();
        QVERIFY2(building, qPrintable(out.error.toString()));
        QVERIFY2(clock.elapsed() < 15000, "the build ran to its end instead of stopping");
        QCOMPARE(out.error.kind, DbError::Kind::Canceled);
        QVERIFY2(out.cleanup.contains(u"slow_items_key_idx"_s), qPrintable(out.cleanup));
        QCOMPARE(invalidIndexes(), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM pg_class WHERE relname = 'slow_items_key_idx'"_s),
                 0);
        QCOMPARE(m_log->find(out.changeId)->outcome, IndexChange::Outcome::Canceled);
    }

    void lockTimeoutFailsAndCleansUp()
    {
        // A writer's open transaction: the build waits for it, then gives up.
        pqxx::connection blocker(test::TestSandbox::endpoints()
                                     .superuserFor(test::TestSandbox::endpoints().database)
                                     .toStdString());
        pqxx::work tx(blocker);
        tx.exec("UPDATE items SET label = label WHERE id = 1");
        IndexBuildOptions options;
        options.lockTimeoutMs = 500;
        const IndexBuildPlan plan =
            IndexBuildPlan::make(columns(u"items"_s, {u"id"_s}), u"items_id_idx"_s, catalog());
        IndexBuilder builder(uri(), m_log.get(), options);
        // The writer ends two seconds later: the build has failed by then, its cleanup
        // retries until the lock is free.
        std::thread release([&tx]() {
            std::this_thread::sleep_for(std::chrono::seconds(2));
            tx.abort();
        });
        const IndexBuildOutcome out = builder.build(plan);
        release.join();
        QVERIFY(!out.applied());
        QCOMPARE(out.error.sqlState, u"55P03"_s);
        QVERIFY2(out.cleanup.contains(u"items_id_idx"_s), qPrintable(out.cleanup));
        QCOMPARE(invalidIndexes(), 0);
        QCOMPARE(m_log->find(out.changeId)->outcome, IndexChange::Outcome::Failed);
    }

    void existingNameIsRefusedBeforeAnythingRuns()
    {
        const IndexBuildPlan plan =
            IndexBuildPlan::make(columns(u"items"_s, {u"id"_s}), u"items"_s, catalog());
        IndexBuilder builder(uri(), m_log.get());
        const qsizetype before = m_log->all().size();
        const IndexBuildOutcome out = builder.build(plan);
        QVERIFY(!out.applied());
        QVERIFY(out.error.message.contains(u"already exists"_s));
        QCOMPARE(m_log->all().size(), before);
    }

    void quotedMixedCaseNames()
    {
        const IndexBuildPlan plan = IndexBuildPlan::make(columns(u"Mixed Case"_s, {u"UserId"_s}),
                                                         u"mixed_case_userid_idx"_s, catalog());
        QCOMPARE(plan.steps.first().sql,
                 u"CREATE INDEX CONCURRENTLY mixed_case_userid_idx ON public.\"Mixed Case\" "
                 u"USING btree (\"UserId\")"_s);
        IndexBuilder builder(uri(), m_log.get());
        const IndexBuildOutcome out = builder.build(plan);
        QVERIFY2(out.applied(), qPrintable(out.error.toString()));
        QCOMPARE(scalar(u"SELECT count(*) FROM pg_indexes WHERE tablename = 'Mixed Case' AND "
                        u"indexdef LIKE '%(\"UserId\")'"_s),
                 1);
    }

    void partitionedTableIsBuiltPerPartitionAndAttached()
    {
        const IndexBuildPlan plan = IndexBuildPlan::make(columns(u"events"_s, {u"tenant_id"_s}),
                                                         u"events_tenant_id_idx"_s, catalog());
        QVERIFY(plan.partitioned);
        QCOMPARE(plan.steps.size(), 5);
        QCOMPARE(plan.steps.first().kind, IndexBuildStep::Kind::CreateOnParent);
        IndexBuilder builder(uri(), m_log.get());
        QList<int> steps;
        const IndexBuildOutcome out =
            builder.build(plan, {}, nullptr, [&](const IndexBuildProgress &p) {
                if (!steps.contains(p.step))
                    steps << p.step;
            });
        QVERIFY2(out.applied(), qPrintable(out.error.toString()));
        QCOMPARE(steps.size(), 5);
        QCOMPARE(scalar(u"SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                        u"WHERE c.relname = 'events_tenant_id_idx' AND i.indisvalid"_s),
                 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM pg_inherits WHERE inhparent = "
                        u"'events_tenant_id_idx'::regclass"_s),
                 2);
        QVERIFY(builder.revert(out.changeId).applied());
        QCOMPARE(scalar(u"SELECT count(*) FROM pg_class WHERE relname LIKE 'events%tenant%'"_s), 0);
    }

    void recoveryCleansWhatADeadSondeLeft()
    {
        // What a killed Sonde leaves: a "running" entry of a dead process and an INVALID
        // index (made here by a build that hit lock_timeout outside Sonde).
        QString error;
        QVERIFY(test::execAsSuperuser(u"CREATE TABLE leftover (id int); ALTER TABLE leftover "
                                      u"OWNER TO app"_s,
                                      &error));
        pqxx::connection blocker(test::TestSandbox::endpoints()
                                     .superuserFor(test::TestSandbox::endpoints().database)
                                     .toStdString());
        pqxx::work tx(blocker);
        tx.exec("INSERT INTO leftover VALUES (1)");
        {
            pqxx::connection builder(test::TestSandbox::endpoints()
                                         .superuserFor(test::TestSandbox::endpoints().database)
                                         .toStdString());
            pqxx::nontransaction b(builder);
            b.exec("SET lock_timeout = 300");
            QVERIFY_THROWS_EXCEPTION(std::exception,
                                     b.exec("CREATE INDEX CONCURRENTLY leftover_id_idx ON "
                                            "leftover (id)"));
        }
        tx.abort();
        QCOMPARE(invalidIndexes(), 1);
        // Record it as a build by a process that is gone (pid 1 is never Sonde's: kill(1, 0)
        // answers EPERM, so use a pid that cannot exist).
        PgSession s;
        QVERIFY(!s.open(uri()));
        IndexChange c;
        c.target = s.target();
        c.schema = u"public"_s;
        c.table = u"leftover"_s;
        c.indexName = u"leftover_id_idx"_s;
        c.ddl = u"CREATE INDEX CONCURRENTLY leftover_id_idx ON public.leftover USING btree (id)"_s;
        c.revertDdl = u"DROP INDEX CONCURRENTLY IF EXISTS public.leftover_id_idx"_s;
        const qint64 id = m_log->begin(c, &error);
        QVERIFY(id > 0);
        // Pretend the entry's Sonde died: point it at a pid no process has.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"poke"_s);
        db.setDatabaseName(m_log->path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE index_changes SET sonde_pid = 999999999 WHERE id = %1"_s.arg(id)));
        db.close();
        QCOMPARE(m_log->interrupted(s.target()).size(), 1);

        QStringList messages;
        const DbError err = BuildRecovery::recover(uri(), *m_log, &messages);
        QVERIFY2(!err, qPrintable(err.toString()));
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().contains(u"INVALID"_s), qPrintable(messages.first()));
        QCOMPARE(invalidIndexes(), 0);
        QCOMPARE(m_log->find(id)->outcome, IndexChange::Outcome::Interrupted);
        QVERIFY(m_log->interrupted(s.target()).isEmpty());
    }

    void cleanupTestCase()
    {
        m_log.reset();
        QSqlDatabase::removeDatabase(u"poke"_s);
        test::TestSandbox::stop();
    }
};

QTEST_GUILESS_MAIN(TestIndexBuild)
#include "tst_index_build.moc"
