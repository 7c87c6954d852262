// Files a user opens in the window are read up to a cap: /dev/zero as a saved plan or as a
// pgbench script ends in a message naming the cap, the page keeps what it showed, and a
// real file still opens.
#include "TestMain.h"
#include "bench/BenchmarkConfigForm.h"
#include "common/BoundedRead.h"
#include "connection/TargetList.h"
#include "plan/PlanPage.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;
using namespace sonde;

class TestInputCaps : public QObject
{
    Q_OBJECT
private slots:
    void planFileIsCapped()
    {
        TargetList targets;
        PlanPage page(&targets);
        QVERIFY(!page.openPlanFile(u"/dev/zero"_s));
        QVERIFY2(page.statusText().contains(BoundedRead::capText(BoundedRead::PlanCap)),
                 qPrintable(page.statusText()));
        const QString saved = QStringLiteral(SONDE_SOURCE_DIR) + u"/tests/data/plans/"_s;
        QVERIFY(page.openPlanFile(saved + u"seq_scan_filter.json"_s));
    }

    void scriptFileIsCapped()
    {
        BenchmarkConfigForm form;
        BenchmarkConfig scriptRun;
        scriptRun.workload = WorkloadKind::Script;
        form.setConfig(scriptRun);
        const auto scriptText = [&form]() {
            const QList<BenchScript> scripts = form.config().scripts;
            return scripts.isEmpty() ? QString() : scripts.first().text.trimmed();
        };
        QTemporaryFile script;
        QVERIFY(script.open());
        script.write("SELECT 1;\n");
        script.close();
        QString error;
        QVERIFY2(form.loadScriptFile(script.fileName(), &error), qPrintable(error));
        QCOMPARE(scriptText(), u"SELECT 1;"_s);
        QVERIFY(!form.loadScriptFile(u"/dev/zero"_s, &error));
        QVERIFY2(error.contains(BoundedRead::capText(BoundedRead::TextCap)), qPrintable(error));
        QCOMPARE(scriptText(), u"SELECT 1;"_s);
    }
};

SONDE_TEST_GUI_MAIN(TestInputCaps)
#include "tst_input_caps.moc"
