// PlanDiff on two real plans of one statement (tests/data/plans/diff_before.json: Seq Scan +
// Sort, diff_after.json: the index on customer_id) and on edge cases.
#include "plan/PlanDiff.h"
#include "plan/PlanParser.h"

#include <QFile>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;
using Change = PlanDiffRow::Change;

namespace {

Plan fixture(const QString &name)
{
    QFile f(QStringLiteral(SONDE_SOURCE_DIR) + u"/tests/data/plans/"_s + name + u".json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return PlanParser::parse(f.readAll()).plan;
}

} // namespace

class TestPlanDiff : public QObject
{
    Q_OBJECT
private slots:
    void beforeAndAfterAnIndex()
    {
        const Plan before = fixture(u"diff_before"_s);
        const Plan after = fixture(u"diff_after"_s);
        QVERIFY(!before.isEmpty() && !after.isEmpty());
        const PlanDiff d = PlanDiff::compare(before, after);
        QVERIFY(!d.rows.isEmpty());
        // The Limit on top is the same operation in both.
        QCOMPARE(d.rows.first().change, Change::Same);
        QCOMPARE(d.rows.first().before, 0);
        QCOMPARE(d.rows.first().after, 0);
        // The sequential scan of orders became an index access to orders.
        bool scanChanged = false;
        for (const PlanDiffRow &r : d.rows) {
            if (r.before >= 0 && before.node(r.before).nodeType == u"Seq Scan"_s) {
                scanChanged = r.change != Change::Same;
                if (r.after >= 0)
                    QVERIFY(!r.differences.isEmpty());
            }
        }
        QVERIFY(scanChanged);
        // Every node of each plan has exactly one row.
        QCOMPARE(d.rowOfBefore.size(), before.nodes.size());
        QCOMPARE(d.rowOfAfter.size(), after.nodes.size());
        QVERIFY(d.changedCount() > 0);
        QVERIFY(d.totalCostAfter < d.totalCostBefore);
        QVERIFY(d.totalTimeAfter < d.totalTimeBefore);
        const QString summary = d.summary();
        QVERIFY2(summary.contains(u"lower"_s) && summary.contains(u"faster"_s),
                 qPrintable(summary));
    }

    void samePlanHasNoChanges()
    {
        const Plan p = fixture(u"cte_materialized"_s);
        const PlanDiff d = PlanDiff::compare(p, p);
        QCOMPARE(d.rows.size(), p.nodes.size());
        QCOMPARE(d.changedCount(), 0);
        for (const PlanDiffRow &r : d.rows) {
            QCOMPARE(r.before, r.after);
            QCOMPARE(r.depth, p.node(r.before).depth);
        }
        QVERIFY(d.summary().contains(u"same plan shape"_s));
    }

    void addedAndRemovedSubtrees()
    {
        const Plan a = PlanParser::parse(QByteArray(R"({"Plan": {"Node Type": "Hash Join",
            "Total Cost": 100, "Plans": [
              {"Node Type": "Seq Scan", "Relation Name": "a", "Total Cost": 40},
              {"Node Type": "Hash", "Total Cost": 50, "Plans": [
                {"Node Type": "Seq Scan", "Relation Name": "b", "Total Cost": 45}]}]}})"))
                           .plan;
        const Plan b = PlanParser::parse(QByteArray(R"({"Plan": {"Node Type": "Nested Loop",
            "Total Cost": 20, "Plans": [
              {"Node Type": "Seq Scan", "Relation Name": "a", "Total Cost": 10},
              {"Node Type": "Index Scan", "Relation Name": "b", "Index Name": "b_pkey",
               "Total Cost": 0.5}]}})"))
                           .plan;
        const PlanDiff d = PlanDiff::compare(a, b);
        QCOMPARE(d.rows.first().change, Change::Changed); // the join method changed
        QCOMPARE(d.changeOfBefore(1), Change::Same);      // Seq Scan on a, in both
        QCOMPARE(d.changeOfBefore(2), Change::Removed);   // the Hash went away
        QCOMPARE(d.changeOfAfter(2), Change::Changed);    // b is read through its index now
        QCOMPARE(d.changeOfBefore(3), Change::Changed);   // … instead of a Seq Scan
        QCOMPARE(d.rows.at(d.rowOfBefore.value(3)).after, 2);
        QCOMPARE(d.rowOfAfter.size(), 3);
        QCOMPARE(d.rowOfBefore.size(), 4);

        const PlanDiff onlyAfter = PlanDiff::compare(Plan(), b);
        QCOMPARE(onlyAfter.rows.size(), 3);
        for (const PlanDiffRow &r : onlyAfter.rows)
            QCOMPARE(r.change, Change::Added);
        QVERIFY(PlanDiff::compare(Plan(), Plan()).rows.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlanDiff)
#include "tst_plandiff.moc"
