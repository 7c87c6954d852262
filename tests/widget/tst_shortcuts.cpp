// The main window driven from the keyboard as a DBA in an incident would: Ctrl+<n> between
// views, Ctrl+K to jump anywhere, Ctrl+P to freeze the charts, Ctrl+F to search, Ctrl+E /
// Ctrl+Shift+C on the plan page; the dark palette reaching the charts; the layout coming
// back after a restart; and a name for every control a screen reader meets.
#include "Appearance.h"
#include "CommandPalette.h"
#include "MainWindow.h"
#include "TestMain.h"
#include "dashboard/DashboardPage.h"
#include "overview/WelcomePage.h"
#include "plan/PlanPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSlider>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace sonde;

class TestShortcuts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

    static void activate(MainWindow &w)
    {
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QCoreApplication::setOrganizationName(u"SondeTest"_s);
        QCoreApplication::setApplicationName(u"tst_shortcuts"_s);
    }

    void controlNumberSwitchesViews()
    {
        MainWindow w;
        activate(w);
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(w.currentView()->objectName(), u"overviewPage"_s);
        QTest::keyClick(&w, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(w.currentView()->objectName(), u"sessionsPage"_s);
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(w.currentView(), static_cast<QWidget *>(w.dashboard()));
    }

    void controlPPausesAndResumesTheCharts()
    {
        MainWindow w;
        activate(w);
        QVERIFY(w.dashboard()->isChartsLive());
        QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier);
        QVERIFY(!w.dashboard()->isChartsLive());
        QVERIFY(w.statusBar()->currentMessage().contains(u"paused"_s));
        QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier);
        QVERIFY(w.dashboard()->isChartsLive());
    }

    void commandPaletteFindsAViewAndOpensIt()
    {
        MainWindow w;
        activate(w);
        QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
        CommandPalette *palette = w.commandPalette();
        QVERIFY(palette);
        QTRY_VERIFY(palette->isVisible());
        auto *filter = palette->findChild<QLineEdit *>(u"paletteFilter"_s);
        QVERIFY(filter);
        QTest::keyClicks(filter, u"sess"_s);
        QVERIFY(!palette->shownTitles().isEmpty());
        QCOMPARE(palette->shownTitles().first(), u"Sessions"_s);
        // Two words in any order narrow it to the plan view.
        filter->clear();
        QTest::keyClicks(filter, u"view plan"_s);
        QCOMPARE(palette->shownTitles(), QStringList{u"Plan"_s});
        QTest::keyClick(filter, Qt::Key_Return);
        QVERIFY(!palette->isVisible());
        QCOMPARE(w.currentView()->objectName(), u"planPage"_s);
        // Commands are there too: "pause" finds the chart pause.
        QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(palette->isVisible());
        filter->clear();
        QTest::keyClicks(filter, u"pause"_s);
        QVERIFY(palette->shownTitles().join(u'|').contains(u"Pause"_s));
        QTest::keyClick(filter, Qt::Key_Escape);
        QTRY_VERIFY(!palette->isVisible());
    }

    void controlFFocusesTheSearchOfTheView()
    {
        MainWindow w;
        activate(w);
        QVERIFY(w.showView(u"slowQueriesPage"_s));
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"slowQuerySearch"_s);
        QVERIFY(w.showView(u"sessionsPage"_s));
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"sessionSearch"_s);
        // A view without a search says so instead of doing nothing silently.
        QVERIFY(w.showView(u"overviewPage"_s));
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(!w.statusBar()->currentMessage().isEmpty());
    }

    void explainAndCopyWithoutASelectionExplainWhy()
    {
        MainWindow w;
        activate(w);
        QVERIFY(w.showView(u"slowQueriesPage"_s));
        QTest::keyClick(&w, Qt::Key_E, Qt::ControlModifier);
        QVERIFY(w.statusBar()->currentMessage().contains(u"Select a statement"_s));
        QTest::keyClick(&w, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(w.statusBar()->currentMessage().contains(u"Select a statement"_s));
    }

    void copyQueryFromThePlanEditor()
    {
        MainWindow w;
        activate(w);
        QVERIFY(w.showView(u"planPage"_s));
        const QString sql = u"SELECT * FROM deployments WHERE project_id = $1"_s;
        w.plans()->editor()->setPlainText(sql);
        QApplication::clipboard()->clear();
        QTest::keyClick(&w, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::clipboard()->text(), sql);
        QVERIFY(w.statusBar()->currentMessage().contains(u"copied"_s));
    }

    void darkThemeReachesTheCharts()
    {
        MainWindow w;
        activate(w);
        w.appearance()->setTheme(Appearance::Theme::Dark, false);
        QVERIFY(w.appearance()->isDark());
        const QList<QChartView *> charts = w.dashboard()->findChildren<QChartView *>();
        QVERIFY(!charts.isEmpty());
        for (QChartView *c : charts) {
            if (!c->isVisible())
                continue;
            const QColor background = c->chart()->backgroundBrush().color();
            QVERIFY2(background.lightnessF() < 0.3,
                     qPrintable(background.name() + u" on "_s + c->objectName()));
        }
        QVERIFY(w.action(u"actionTheme-dark"_s)->isChecked());
        w.appearance()->setTheme(Appearance::Theme::Light, false);
        QVERIFY(!w.appearance()->isDark());
        for (QChartView *c : charts) {
            if (c->isVisible())
                QVERIFY(c->chart()->backgroundBrush().color().lightnessF() > 0.7);
        }
    }

    void layoutAndViewComeBackAfterARestart()
    {
        QList<int> sizes;
        QString splitterPath;
        {
            MainWindow w;
            activate(w);
            w.resize(1500, 900);
            auto *splitter = w.findChild<QSplitter *>();
            QVERIFY(splitter);
            const QList<int> before = splitter->sizes();
            QVERIFY(before.size() >= 2);
            const int total = before.at(0) + before.at(1);
            splitter->setSizes({total / 4, total - total / 4});
            sizes = splitter->sizes();
            QVERIFY(w.showView(u"sessionsPage"_s));
            w.saveSession();
        }
        MainWindow again;
        again.restoreSession();
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1500, 900));
        QCOMPARE(again.findChild<QSplitter *>()->sizes(), sizes);
    }

    void everyControlHasAnAccessibleName()
    {
        MainWindow w;
        activate(w);
        QStringList missing;
        const QList<QWidget *> widgets = w.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            const bool control =
                qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) ||
                qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget) ||
                qobject_cast<QAbstractItemView *>(widget) ||
                qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QSlider *>(widget) ||
                qobject_cast<QChartView *>(widget);
            // Parts of composite widgets (a combo box's popup, a spin box's editor, a
            // scroll bar) are named by their owner.
            if (!control || widget->focusPolicy() == Qt::NoFocus ||
                qobject_cast<QComboBox *>(widget->parentWidget()) ||
                qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) ||
                widget->inherits("QComboBoxListView") || widget->inherits("QCalendarWidget"))
                continue;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(widget);
            const QString name = a ? a->text(QAccessible::Name) : QString();
            if (name.trimmed().isEmpty())
                missing << u"%1 (%2) in %3"_s.arg(
                    widget->objectName(), QString::fromLatin1(widget->metaObject()->className()),
                    widget->parentWidget()
                        ? QString::fromLatin1(widget->parentWidget()->metaObject()->className())
                        : QString());
        }
        for (const QString &m : std::as_const(missing))
            qWarning("no accessible name: %s", qPrintable(m));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"%1 controls without an accessible name"_s.arg(missing.size())));
    }
};

SONDE_TEST_GUI_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
