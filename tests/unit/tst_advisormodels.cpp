// The advisor's table models under QAbstractItemModelTester, the plan outline, build
// progress, and the SQLite change log (durable entries, interrupted builds, any thread).
#include "advisor/IndexFindingModel.h"
#include "advisor/RecommendationModel.h"
#include "advisor/UnhelpedStatementModel.h"
#include "indexes/ChangeLog.h"
#include "indexes/ChangeLogModel.h"
#include "indexes/IndexBuildProgress.h"
#include "plan/PlanOutline.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

const char *const Plan = R"JSON([{"Plan": {"Node Type": "Limit", "Startup Cost": 0.29,
  "Total Cost": 8.46, "Plan Rows": 20, "Plan Width": 70, "Plans": [{"Node Type": "Index Scan",
  "Scan Direction": "Backward", "Index Name": "d_idx", "Relation Name": "deployments",
  "Alias": "d", "Startup Cost": 0.29, "Total Cost": 84.1, "Plan Rows": 200, "Plan Width": 70,
  "Index Cond": "(project_id = $1)", "Filter": "(status = 'x'::text)"}]}}])JSON";

IndexRecommendation recommendation(const QString &column, double saved)
{
    IndexRecommendation r;
    r.definition.table = TableRef{u"public"_s, u"posts"_s};
    r.definition.keys << IndexKey::column(column);
    r.ddl = r.definition.ddl(column + u"_idx"_s, true);
    r.savedMs = saved;
    r.savedShare = saved / 1000.0;
    r.sizeBytes = 8192;
    HelpedStatement h;
    h.sql = u"SELECT 1"_s;
    h.costBefore = 100;
    h.costAfter = 10;
    r.statements << h;
    return r;
}

} // namespace

class TestAdvisorModels : public QObject
{
    Q_OBJECT
private slots:
    void recommendationModel()
    {
        RecommendationModel model;
        QAbstractItemModelTester tester(&model);
        model.setRecommendations({recommendation(u"a"_s, 5), recommendation(u"b"_s, 50)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(RecommendationModel::ColumnCount));
        QCOMPARE(model.index(0, RecommendationModel::Index).data().toString(), u"posts (a)"_s);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(RecommendationModel::SortRole);
        proxy.sort(RecommendationModel::Saves, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, RecommendationModel::Index).data().toString(), u"posts (b)"_s);
        model.setRecommendations({});
        QCOMPARE(model.rowCount(), 0);
    }

    void otherModels()
    {
        UnhelpedStatementModel unhelped;
        QAbstractItemModelTester t1(&unhelped);
        UnhelpedStatement u;
        u.sql = u"SELECT *\n FROM posts"_s;
        u.reason = UnhelpedStatement::Reason::NothingToIndex;
        u.explanation = u"reads every row"_s;
        unhelped.setStatements({u, u});
        QCOMPARE(unhelped.index(1, UnhelpedStatementModel::Statement).data().toString(),
                 u"SELECT * FROM posts"_s);
        QCOMPARE(unhelped.index(0, UnhelpedStatementModel::Reason).data().toString(),
                 u"nothing to index"_s);

        IndexFindingModel findings;
        QAbstractItemModelTester t2(&findings);
        IndexFinding f;
        f.kind = IndexFinding::Kind::Unused;
        f.table = TableRef{u"public"_s, u"posts"_s};
        f.index = u"posts_x_idx"_s;
        f.fixDdl = u"DROP INDEX CONCURRENTLY public.posts_x_idx"_s;
        findings.setFindings({f});
        QCOMPARE(findings.index(0, IndexFindingModel::Fix).data().toString(), f.fixDdl);

        ChangeLogModel changes;
        QAbstractItemModelTester t3(&changes);
        IndexChange c;
        c.id = 7;
        c.outcome = IndexChange::Outcome::Interrupted;
        c.schema = u"public"_s;
        c.indexName = u"x_idx"_s;
        changes.setChanges({c});
        QCOMPARE(changes.index(0, ChangeLogModel::Outcome).data().toString(), u"interrupted"_s);
        QCOMPARE(changes.index(0, ChangeLogModel::Index).data().toString(), u"public.x_idx"_s);
    }

    void planOutlineReadsLikePsql()
    {
        const QString text = PlanOutline::fromJson(QString::fromLatin1(Plan));
        const QStringList lines = text.split(u'\n');
        QCOMPARE(lines.at(0), u"Limit  (cost=0.29..8.46 rows=20 width=70)"_s);
        QCOMPARE(lines.at(1), u"  ->  Index Scan Backward using d_idx on deployments d  "
                              u"(cost=0.29..84.10 rows=200 width=70)"_s);
        QVERIFY(lines.at(2).trimmed() == u"Index Cond: (project_id = $1)"_s);
        QVERIFY(lines.at(3).trimmed() == u"Filter: (status = 'x'::text)"_s);
        QVERIFY(PlanOutline::fromJson(u"not json"_s).isEmpty());
    }

    void buildProgressPercent()
    {
        IndexBuildProgress p;
        p.step = 1;
        p.steps = 1;
        p.phase = u"building index: scanning table"_s;
        p.blocksTotal = 100;
        p.blocksDone = 50;
        QCOMPARE(p.percent(), 25); // halfway through the 5–45 % span
        p.phase = u"index validation: scanning table"_s;
        p.blocksDone = 100;
        QCOMPARE(p.percent(), 95);
        p.step = 2;
        p.steps = 2;
        QCOMPARE(p.percent(), 97);
        QVERIFY(p.text().contains(u"step 2 of 2"_s));
        QVERIFY(p.text().contains(u"blocks"_s));
    }

    void changeLogIsDurableAndThreadSafe()
    {
        QTemporaryDir dir;
        ChangeLog log(dir.filePath(u"sub/changes.sqlite"_s));
        QString error;
        QVERIFY2(log.open(&error), qPrintable(error));
        IndexChange c;
        c.target = u"127.0.0.1:5432/app"_s;
        c.schema = u"public"_s;
        c.indexName = u"a_idx"_s;
        c.ddl = u"CREATE INDEX CONCURRENTLY a_idx ON public.a USING btree (x)"_s;
        c.revertDdl = u"DROP INDEX CONCURRENTLY IF EXISTS public.a_idx"_s;
        qint64 id = 0;
        // Written from another thread, read from this one.
        std::thread writer([&]() { id = log.begin(c, &error); });
        writer.join();
        QVERIFY(id > 0);
        std::optional<IndexChange> back = log.find(id);
        QVERIFY(back);
        QCOMPARE(back->outcome, IndexChange::Outcome::Running);
        QCOMPARE(back->ddl, c.ddl);
        QVERIFY(back->startedAt.isValid());
        // Ours and still running: not interrupted.
        QVERIFY(log.interrupted().isEmpty());
        QVERIFY(log.finish(id, IndexChange::Outcome::Applied, u"ok"_s, &error));
        const qint64 drop = log.begin(c, &error);
        QVERIFY(log.markReverted(id, drop, &error));
        QCOMPARE(log.find(id)->outcome, IndexChange::Outcome::Reverted);
        QCOMPARE(log.find(id)->revertedBy, drop);
        QCOMPARE(log.all().first().id, drop); // newest first

        // An entry of a process that is gone counts as interrupted, for its target only.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"poke"_s);
            db.setDatabaseName(log.path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                u"UPDATE index_changes SET sonde_pid = 999999999 WHERE id = %1"_s.arg(drop)));
        }
        QSqlDatabase::removeDatabase(u"poke"_s);
        QCOMPARE(log.interrupted(u"127.0.0.1:5432/app"_s).size(), 1);
        QCOMPARE(log.interrupted(u"elsewhere:5432/app"_s).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAdvisorModels)
#include "tst_advisormodels.moc"
