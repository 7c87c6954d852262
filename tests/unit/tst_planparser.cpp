// PlanParser on plans captured from the real server (tests/data/plans, made by
// tst_plan_capture) and on broken input: never a crash, always a clear error.
#include "PlanCases.h"
#include "plan/PlanParser.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

QString fixtureDir()
{
    return QStringLiteral(SONDE_SOURCE_DIR) + u"/tests/data/plans"_s;
}

QByteArray fixture(const QString &name)
{
    QFile f(fixtureDir() + u'/' + name + u".json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray nested(int depth)
{
    QByteArray json = R"({"Node Type": "Result", "Total Cost": 1})";
    for (int i = 0; i < depth; ++i)
        json = R"({"Node Type": "Limit", "Total Cost": 1, "Plans": [)" + json + "]}";
    return "[{\"Plan\": " + json + "}]";
}

} // namespace

class TestPlanParser : public QObject
{
    Q_OBJECT
private slots:
    void everyCaseHasAFixture()
    {
        for (const test::PlanCase &c : test::planCases())
            QVERIFY2(!fixture(c.name).isEmpty(), qPrintable(c.name));
    }

    void fixtures_data()
    {
        QTest::addColumn<QString>("name");
        for (const test::PlanCase &c : test::planCases())
            QTest::newRow(qPrintable(c.name)) << c.name;
    }

    void fixtures()
    {
        QFETCH(QString, name);
        const PlanParseResult r = PlanParser::parse(fixture(name));
        QVERIFY2(r.ok(), qPrintable(r.error));
        test::verifyPlanCase(*test::planCase(name), r.plan);
    }

    void readsNumbersAndBuffers()
    {
        const PlanParseResult r = PlanParser::parse(fixture(u"sort_spill"_s));
        QVERIFY(r.ok());
        const Plan &p = r.plan;
        QCOMPARE(p.nodes.size(), 2);
        const PlanNode &sort = p.root();
        QCOMPARE(sort.nodeType, u"Sort"_s);
        QCOMPARE(sort.sortKey, (QStringList{u"orders.status"_s, u"orders.amount DESC"_s}));
        QCOMPARE(sort.children, QList<int>{1});
        const PlanNode &scan = p.node(1);
        QCOMPARE(scan.parentRelationship, u"Outer"_s);
        QCOMPARE(scan.relationName, u"orders"_s);
        QCOMPARE(scan.schema, u"public"_s);
        QCOMPARE(scan.actualRows, 300000.0);
        QCOMPARE(scan.actualLoops, 1.0);
        QVERIFY(scan.buffers.present);
        QVERIFY(scan.buffers.sharedTotal() > 2000);
        QVERIFY(sort.buffers.tempWritten > 0);
        // Exclusive time of the sort is its own time minus the scan's.
        QVERIFY(qAbs(sort.exclusiveMs - (sort.inclusiveMs - scan.inclusiveMs)) < 1e-6);
        QVERIFY(p.planningMs > 0);
        QVERIFY(p.executionMs >= sort.inclusiveMs);
        // Nothing the server said is lost.
        QVERIFY(std::any_of(scan.properties.cbegin(), scan.properties.cend(),
                            [](const auto &kv) { return kv.first == u"Output"_s; }));
    }

    void loopsMultiplyTime()
    {
        const PlanParseResult r = PlanParser::parse(fixture(u"memoize"_s));
        QVERIFY(r.ok());
        for (const PlanNode &n : r.plan.nodes) {
            if (n.hasTiming && n.actualLoops > 1 && !n.inParallelWorkers)
                QVERIFY(qAbs(n.inclusiveMs - n.actualTotalMs * n.actualLoops) < 1e-6);
        }
    }

    void neverExecutedNodes()
    {
        const PlanParseResult r = PlanParser::parse(fixture(u"partition_merge_append"_s));
        QVERIFY(r.ok());
        // Both partitions of the Merge Append ran; a Limit stopped them early.
        for (const PlanNode &n : r.plan.nodes)
            QVERIFY(!n.neverExecuted() || n.inclusiveMs == 0);
    }

    void acceptsOtherWrappings()
    {
        const QByteArray json = fixture(u"nested_loop"_s);
        // One statement object, no array.
        const QByteArray object = json.trimmed().mid(1).chopped(1);
        QVERIFY(PlanParser::parse(object).ok());
        // psql's aligned output: header, dashes, "+" at line ends, row count.
        QByteArray psql = " QUERY PLAN \n------------\n";
        for (const QByteArray &line : json.split('\n'))
            psql += " " + line + " +\n";
        psql += "(1 row)\n";
        const PlanParseResult fromPsql = PlanParser::parse(psql);
        QVERIFY2(fromPsql.ok(), qPrintable(fromPsql.error));
        QCOMPARE(fromPsql.plan.nodes.size(), PlanParser::parse(json).plan.nodes.size());
        // A result exported with its column name.
        const QByteArray exported = "[{\"QUERY PLAN\": " + json + "}]";
        QVERIFY(PlanParser::parse(exported).ok());
        // A bare node.
        QVERIFY(
            PlanParser::parse(QByteArray(R"({"Node Type": "Result", "Total Cost": 0.01})")).ok());
    }

    void brokenInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << u"The plan is empty"_s;
        QTest::newRow("blank") << QByteArray(" \n\t ") << u"The plan is empty"_s;
        QTest::newRow("text format")
            << QByteArray("Seq Scan on orders  (cost=0.00..5.00 rows=100 width=4)")
            << u"text format"_s;
        QTest::newRow("prose") << QByteArray("hello") << u"not an EXPLAIN plan"_s;
        QTest::newRow("truncated") << fixture(u"hash_full_join"_s).left(700) << u"not valid JSON"_s;
        QTest::newRow("empty list") << QByteArray("[]") << u"empty list"_s;
        QTest::newRow("empty object") << QByteArray("{}") << u"no \"Plan\""_s;
        QTest::newRow("plan not object") << QByteArray(R"([{"Plan": 5}])") << u"no \"Plan\""_s;
        QTest::newRow("no node type")
            << QByteArray(R"([{"Plan": {"Total Cost": 3}}])") << u"no \"Node Type\""_s;
        QTest::newRow("plans not list")
            << QByteArray(R"([{"Plan": {"Node Type": "Limit", "Plans": {"x": 1}}}])")
            << u"is not a list"_s;
        QTest::newRow("child not object")
            << QByteArray(R"([{"Plan": {"Node Type": "Limit", "Plans": [3]}}])")
            << u"not a plan node"_s;
        QTest::newRow("child without type")
            << QByteArray(R"([{"Plan": {"Node Type": "Limit", "Plans": [{}]}}])")
            << u"depth 1 has no \"Node Type\""_s;
        QTest::newRow("too deep") << nested(PlanParser::MaxDepth + 5) << u"levels deep"_s;
        QTest::newRow("array of numbers") << QByteArray("[1, 2]") << u"no \"Plan\""_s;
    }

    void brokenInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        const PlanParseResult r = PlanParser::parse(input);
        QVERIFY(!r.ok());
        QVERIFY(r.plan.isEmpty());
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
    }

    void oddValuesAreTolerated()
    {
        // Wrong types and absurd numbers read as absent, never as a crash or a NaN.
        const PlanParseResult r = PlanParser::parse(QByteArray(
            R"([{"Plan": {"Node Type": "Seq Scan", "Total Cost": "abc", "Plan Rows": 1e308,
                "Actual Rows": -5, "Actual Loops": 1, "Actual Total Time": 1e308,
                "Workers": 7, "Sort Key": "x", "Hash Batches": null}, "Execution Time": "12.5"}])"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const PlanNode &n = r.plan.root();
        QCOMPARE(n.totalCost, 0.0);
        QVERIFY(!n.hasActuals);
        QCOMPARE(n.sortKey, QStringList{u"x"_s});
        QCOMPARE(r.plan.executionMs, 12.5);
        QVERIFY(std::isfinite(n.timeShare));
    }

    void deepButAllowedPlan()
    {
        const PlanParseResult r = PlanParser::parse(nested(PlanParser::MaxDepth - 1));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.plan.maxDepth(), PlanParser::MaxDepth - 1);
    }
};

QTEST_GUILESS_MAIN(TestPlanParser)
#include "tst_planparser.moc"
