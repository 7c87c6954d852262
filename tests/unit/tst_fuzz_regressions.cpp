// Replays, in the normal build, every input the plan-parser fuzzer kept (fuzz/regressions/,
// see scripts/fuzz-plans) and the real server plans it started from: no crash, no broken
// invariant (under the asan preset: no memory error either).
#include "PlanFuzzCheck.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private slots:
    void replay_data()
    {
        QTest::addColumn<QString>("path");
        int count = 0;
        for (const QString &dir : {u"/fuzz/regressions"_s, u"/tests/data/plans"_s}) {
            const QDir d(QStringLiteral(SONDE_SOURCE_DIR) + dir);
            for (const QFileInfo &f : d.entryInfoList(QDir::Files, QDir::Name)) {
                QTest::newRow(qPrintable(dir.mid(1) + u'/' + f.fileName())) << f.filePath();
                ++count;
            }
        }
        QVERIFY2(count > 40, "the regression inputs are missing");
    }

    void replay()
    {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString error = sonde::fuzz::checkPlanInput(f.readAll());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
