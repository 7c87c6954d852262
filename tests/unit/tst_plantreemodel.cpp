// PlanTreeModel over every captured plan: a valid tree model (QAbstractItemModelTester),
// node ids and indexes agree, marks for expensive and misestimated nodes.
#include "PlanCases.h"
#include "plan/PlanParser.h"
#include "plan/PlanTreeModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

Plan fixture(const QString &name)
{
    QFile f(QStringLiteral(SONDE_SOURCE_DIR) + u"/tests/data/plans/"_s + name + u".json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return PlanParser::parse(f.readAll()).plan;
}

} // namespace

class TestPlanTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void everyFixture_data()
    {
        QTest::addColumn<QString>("name");
        for (const test::PlanCase &c : test::planCases())
            QTest::newRow(qPrintable(c.name)) << c.name;
    }

    void everyFixture()
    {
        QFETCH(QString, name);
        const Plan plan = fixture(name);
        QVERIFY(!plan.isEmpty());
        PlanTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(plan);
        QCOMPARE(model.rowCount(), 1);
        for (const PlanNode &n : plan.nodes) {
            const QModelIndex i = model.indexOfNode(n.id);
            QCOMPARE(model.nodeIdAt(i), n.id);
            QCOMPARE(model.rowCount(i), int(n.children.size()));
            QCOMPARE(model.nodeIdAt(model.parent(i)), n.parent);
            QVERIFY(i.data().toString().contains(n.title()));
            QCOMPARE(i.data(PlanTreeModel::ExpenseRole).toInt(), int(expenseOf(n)));
        }
        QHash<int, PlanDiffRow::Change> changes;
        changes.insert(0, PlanDiffRow::Change::Changed);
        model.setDiffChanges(changes);
        QCOMPARE(model.indexOfNode(0).data(PlanTreeModel::DiffChangeRole).toInt(),
                 int(PlanDiffRow::Change::Changed));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void marksAndNumbers()
    {
        PlanTreeModel model;
        model.setPlan(fixture(u"seq_scan_filter"_s));
        const QModelIndex scan = model.indexOfNode(0);
        // One node: all of the time, and a misestimate of about 90× (33 planned, 3 000 read).
        QCOMPARE(scan.data(PlanTreeModel::ExpenseRole).toInt(), int(PlanExpense::Critical));
        QVERIFY(scan.data(PlanTreeModel::MisestimateRole).toDouble() >= 10);
        const QString mis =
            model.indexOfNode(0, PlanTreeModel::MisestimateColumn).data().toString();
        QVERIFY2(mis.endsWith(u"↑"_s), qPrintable(mis));
        QCOMPARE(model.indexOfNode(0, PlanTreeModel::ActualRowsColumn).data().toString(),
                 u"3,000"_s);
        // Nearly all of the run (the rest is executor start-up and shutdown).
        QVERIFY(scan.data(PlanTreeModel::ShareRole).toDouble() > 0.9);
        QVERIFY(model.indexOfNode(0, PlanTreeModel::DetailColumn)
                    .data()
                    .toString()
                    .contains(u"a = 5"_s));
        QVERIFY(PlanTreeModel::nodeDetails(model.plan().root())
                    .contains(u"Rows Removed by Filter: 297000"_s));

        model.setPlan(fixture(u"estimate_only"_s));
        QCOMPARE(model.indexOfNode(0, PlanTreeModel::ActualRowsColumn).data().toString(),
                 QString());
        QCOMPARE(model.indexOfNode(0, PlanTreeModel::ExclusiveTimeColumn).data().toString(),
                 QString());
    }
};

QTEST_GUILESS_MAIN(TestPlanTreeModel)
#include "tst_plantreemodel.moc"
