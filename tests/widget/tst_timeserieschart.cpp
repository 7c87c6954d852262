// A dashboard chart alone, offscreen, over an empty store: what its header tells a reader.
#include "TestMain.h"
#include "dashboard/TimeSeriesChart.h"
#include "monitoring/MetricCatalog.h"
#include "monitoring/MetricStore.h"
#include "postgres/PostgresMetrics.h"

#include <QApplication>
#include <QLabel>

using namespace Qt::StringLiterals;
using namespace sonde;

class TestTimeSeriesChart : public QObject
{
    Q_OBJECT
private slots:
    void headerExplainsTransactionsAndStatements()
    {
        MetricStore store;
        TimeSeriesChart chart(ChartGroup::Throughput, &store);
        ChartLine statements;
        statements.targetId = u"pg"_s;
        statements.metric = metric::PgCallsPerSec;
        statements.label = u"PostgreSQL statements"_s;
        ChartLine transactions = statements;
        transactions.metric = metric::PgXactPerSec;
        transactions.label = u"PostgreSQL transactions"_s;
        chart.setLines({statements, transactions});
        auto *header = chart.findChild<QLabel *>(u"chartHeader"_s);
        QVERIFY(header);
        const QString tip = header->toolTip();
        QVERIFY2(tip.contains(u"<b>PostgreSQL statements</b>"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"<b>PostgreSQL transactions</b>"_s), qPrintable(tip));
        // The two rates differ, and the tooltip says why.
        QVERIFY2(tip.contains(u"a transaction of its own"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"More transactions than statements"_s), qPrintable(tip));
    }
};

SONDE_TEST_GUI_MAIN(TestTimeSeriesChart)
#include "tst_timeserieschart.moc"
