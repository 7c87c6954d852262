// The plan views offscreen, on plans captured from the real server: the tree, the icicle
// graph and the findings select the same node; the comparison marks what changed.
#include "TestMain.h"
#include "plan/PlanDiffView.h"
#include "plan/PlanGraphView.h"
#include "plan/PlanParser.h"
#include "plan/PlanTreeModel.h"
#include "plan/PlanTreeView.h"
#include "plan/PlanView.h"

#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QTreeWidget>
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

void saveShot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("SONDE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name);
}

} // namespace

class TestPlanView : public QObject
{
    Q_OBJECT
private slots:
    void treeGraphAndFindingsAgree()
    {
        PlanView view;
        view.resize(1300, 800);
        view.show();
        const Plan plan = fixture(u"cte_materialized"_s);
        view.setPlan(plan, u"EXPLAIN ANALYZE"_s);
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // The most expensive node is selected first, in the tree and in the graph.
        const int hottest = plan.byExpense().first();
        QCOMPARE(view.tree()->selectedNode(), hottest);
        QCOMPARE(view.graph()->selectedNode(), hottest);
        QCOMPARE(view.tree()->planModel()->rowCount(), 1);

        // Every block of the graph sits inside its parent's span, one row lower.
        for (const PlanNode &n : plan.nodes) {
            const QRectF r = view.graph()->nodeRect(n.id);
            if (r.isEmpty() || n.parent < 0)
                continue;
            const QRectF p = view.graph()->nodeRect(n.parent);
            QVERIFY(r.left() >= p.left() - 0.5 && r.right() <= p.right() + 0.5);
            QVERIFY(r.top() > p.top());
        }
        // Clicking a block selects its node everywhere.
        const int scan = int(std::find_if(plan.nodes.cbegin(), plan.nodes.cend(),
                                          [](const PlanNode &n) {
                                              return n.nodeType == u"Seq Scan"_s &&
                                                     n.relationName == u"orders"_s;
                                          }) -
                             plan.nodes.cbegin());
        const QRectF r = view.graph()->nodeRect(scan);
        QVERIFY(!r.isEmpty());
        QTest::mouseClick(view.graph(), Qt::LeftButton, {}, r.center().toPoint());
        QCOMPARE(view.tree()->selectedNode(), scan);
        // Double-click zooms into the subtree; Escape zooms out.
        QTest::mouseDClick(view.graph(), Qt::LeftButton, {}, r.center().toPoint());
        QCOMPARE(view.graph()->zoomRoot(), scan);
        QTest::keyClick(view.graph(), Qt::Key_Escape);
        QCOMPARE(view.graph()->zoomRoot(), 0);
        // A finding selects the node it is about.
        QVERIFY(view.findingsList()->count() > 0);
        QListWidget *list = view.findingsList();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(0)).center());
        QCOMPARE(view.tree()->selectedNode(), view.findings().first().nodeId);
        saveShot(&view, u"plan-view-fixture.png"_s);
    }

    void estimatesOnlyHideTimeColumns()
    {
        PlanView view;
        view.setPlan(fixture(u"generic_plan"_s));
        QVERIFY(view.tree()->isColumnHidden(PlanTreeModel::ExclusiveTimeColumn));
        QVERIFY(view.tree()->isColumnHidden(PlanTreeModel::ActualRowsColumn));
        QVERIFY(!view.tree()->isColumnHidden(PlanTreeModel::TotalCostColumn));
        view.clear();
        QCOMPARE(view.tree()->planModel()->rowCount(), 0);
    }

    void comparisonMarksChanges()
    {
        PlanDiffView view;
        view.resize(1300, 700);
        view.show();
        const Plan before = fixture(u"diff_before"_s);
        const Plan after = fixture(u"diff_after"_s);
        view.setPlans(before, after, u"no index"_s, u"with an index"_s);
        QVERIFY(view.changes()->topLevelItemCount() > 0);
        QVERIFY(view.diff().changedCount() > 0);
        // Selecting the top node on the left selects its pair on the right.
        view.beforeTree()->selectNode(0);
        QCOMPARE(view.afterTree()->selectedNode(), 0);
        const QModelIndex scan =
            view.beforeTree()->planModel()->indexOfNode(before.nodes.size() - 1);
        QVERIFY(scan.data(PlanTreeModel::DiffChangeRole).toInt() != int(PlanDiffRow::Change::Same));
        saveShot(&view, u"plan-diff-fixture.png"_s);
    }
};

SONDE_TEST_GUI_MAIN(TestPlanView)
#include "tst_planview.moc"
