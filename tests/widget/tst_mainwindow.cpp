// The main window offscreen: the welcome page, and --demo bringing up the sandbox without
// blocking the GUI thread, the dashboard as the first view sampling the three demo
// targets with the demo controls, then stopping it all when the window closes.
#include "MainWindow.h"
#include "TestMain.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/TargetStatusStrip.h"
#include "demo/DemoControlPanel.h"
#include "demo/DemoStartPage.h"
#include "overview/WelcomePage.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace sonde;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void startsOnWelcomePage()
    {
        MainWindow w;
        w.show();
        auto *pages = w.findChild<QStackedWidget *>();
        QVERIFY(pages);
        QVERIFY(qobject_cast<WelcomePage *>(pages->currentWidget()));
        QVERIFY(w.findChild<QPushButton *>(u"startDemoButton"_s));
    }

    void demoStartsWithoutFreezingAndStopsOnClose()
    {
        QTemporaryDir config;
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
        MainWindow w;
        w.show();
        DemoOptions options;
        options.scale = 0.01;
        options.workload.requestsPerSecond = 20;
        // As `sonde --demo` runs it: with its Prometheus and exporters.
        options.sandbox.withPrometheus = true;

        // The GUI thread keeps turning while the servers start and the data is seeded.
        qint64 longestGapMs = 0;
        QElapsedTimer sinceTick;
        sinceTick.start();
        QTimer ticker;
        connect(&ticker, &QTimer::timeout,
                [&]() { longestGapMs = qMax(longestGapMs, sinceTick.restart()); });
        ticker.start(10);

        auto *button = w.findChild<QPushButton *>(u"startDemoButton"_s);
        w.startDemo(options);
        Q_UNUSED(button);
        auto *pages = w.findChild<QStackedWidget *>();
        QVERIFY(qobject_cast<DemoStartPage *>(pages->currentWidget()));
        // The dashboard opens as soon as the servers are up, before the data is seeded,
        // with the seeding's progress in the status bar.
        bool dashboardBeforeSeeded = false;
        QString seedStatus;
        connect(w.demo(), &DemoController::serversUp, &w, [&]() {
            dashboardBeforeSeeded =
                !w.demo()->isReady() && qobject_cast<DashboardPage *>(pages->currentWidget());
            auto *label = w.findChild<QLabel *>(u"demoSeedStatus"_s);
            seedStatus = label && label->isVisible() ? label->text() : QString();
        });
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<DashboardPage *>(pages->currentWidget()), 120000);
        QTRY_VERIFY_WITH_TIMEOUT(w.demo()->isReady(), 120000);
        QVERIFY(dashboardBeforeSeeded);
        QVERIFY2(seedStatus.startsWith(u"Seeding demo data"_s), qPrintable(seedStatus));
        DashboardPage *dashboard = w.dashboard();
        QTRY_VERIFY(dashboard->demoControls()->isVisible());
        for (const QString &id :
             {u"demo-postgres"_s, u"demo-pgbouncer"_s, u"demo-redis"_s, u"demo-prometheus"_s})
            QTRY_VERIFY_WITH_TIMEOUT(
                dashboard->statusStrip()->text(id).contains(u"sampling every"_s), 30000);
        ticker.stop();
        // Sanitizers make every step 2-3 times slower; a blocking call would still show.
#if defined(__SANITIZE_ADDRESS__)
        const qint64 allowedGapMs = 1500;
#else
        const qint64 allowedGapMs = 500;
#endif
        QVERIFY2(longestGapMs < allowedGapMs,
                 qPrintable(u"GUI thread blocked for %1 ms"_s.arg(longestGapMs)));

        const QString dir = w.demo()->endpoints().directory;
        QVERIFY(QDir(dir).exists());
        // The Prometheus' pid file is there while the demo runs; the directory goes with it.
        QVERIFY(QFile::exists(dir + u"/prometheus/prometheus.pid"_s));
        w.close();
        QTRY_VERIFY_WITH_TIMEOUT(!w.isVisible(), 60000);
        QVERIFY(!QDir(dir).exists());
    }
};

SONDE_TEST_GUI_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
