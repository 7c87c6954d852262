#include "demo/DemoScript.h"
#include "demo/DemoSeeder.h"

#include <QTemporaryFile>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestDemoScript : public QObject
{
    Q_OBJECT
private slots:
    void splitsStepsAndFillsPlaceholders()
    {
        QTemporaryFile f;
        QVERIFY(f.open());
        f.write("-- header comment\n-- @step First\nSELECT {{a}};\n-- @step Second one\nSELECT "
                "{{b}} + {{a}};\n");
        f.close();
        const auto steps = sonde::loadDemoScript(f.fileName(), {{u"a"_s, 7}, {u"b"_s, 11}});
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(0).label, u"First"_s);
        QCOMPARE(steps.at(0).sql, u"SELECT 7;"_s);
        QCOMPARE(steps.at(1).label, u"Second one"_s);
        QCOMPARE(steps.at(1).sql, u"SELECT 11 + 7;"_s);
    }

    void bundledScriptsHaveNoUnfilledPlaceholders()
    {
        const auto size = sonde::DemoSize::forScale(0.5);
        const QHash<QString, qint64> values{{u"teams"_s, size.teams},
                                            {u"templates"_s, size.templates},
                                            {u"users"_s, size.users},
                                            {u"projects"_s, size.projects},
                                            {u"deployments"_s, size.deployments},
                                            {u"audit_logs"_s, size.auditLogs}};
        for (const QString &path :
             {u":/demo/schema.sql"_s, u":/demo/seed.sql"_s, u":/demo/finish.sql"_s}) {
            const auto steps = sonde::loadDemoScript(path, values);
            QVERIFY2(!steps.isEmpty(), qPrintable(path));
            for (const auto &s : steps)
                QVERIFY2(!s.sql.contains(u"{{"_s), qPrintable(s.label));
        }
    }

    void sizeScales()
    {
        const auto full = sonde::DemoSize::forScale(1.0);
        QVERIFY(full.totalRows() > 3000000);
        const auto tiny = sonde::DemoSize::forScale(0.0001);
        QVERIFY(tiny.users >= 100);
        QVERIFY(tiny.deployments >= 500);
    }
};

QTEST_GUILESS_MAIN(TestDemoScript)
#include "tst_demoscript.moc"
