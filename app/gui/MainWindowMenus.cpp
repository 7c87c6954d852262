// The main window's menus, shortcuts and command palette: every action has an object name
// (tests and the palette find it by that) and a shortcut shown in its menu.
#include "MainWindow.h"

#include "Appearance.h"
#include "CommandPalette.h"
#include "RecordingWindow.h"
#include "common/DisplayFormat.h"
#include "common/Translations.h"
#include "dashboard/DashboardPage.h"
#include "sessions/SessionsPage.h"
#include "statements/SlowQueriesPage.h"
#include "statements/SlowQueryModel.h"

#include <QAction>
#include <QActionGroup>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace sonde {

QAction *MainWindow::addShortcut(QMenu *menu, const QString &name, const QString &text,
                                 const QList<QKeySequence> &keys)
{
    auto *a = menu->addAction(text);
    a->setObjectName(name);
    a->setShortcuts(keys);
    // Shortcuts work wherever the focus is in the window, menus open or not.
    a->setShortcutContext(Qt::WindowShortcut);
    addAction(a);
    return a;
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::onPage(bool (PageActions::*run)(), const QString &whenNot)
{
    auto *page = dynamic_cast<PageActions *>(currentView());
    if (page && (page->*run)())
        return;
    statusBar()->showMessage(whenNot, 6000);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectAction =
        addShortcut(file, u"actionConnect"_s, tr("&Connect to a server…"), {QKeySequence::Open});
    connect(connectAction, &QAction::triggered, this, &MainWindow::openConnectionDialog);
    QAction *demo = file->addAction(tr("Start the &demo"));
    demo->setObjectName(u"actionStartDemo"_s);
    connect(demo, &QAction::triggered, this, [this]() { startDemo(m_demoOptions); });
    QAction *openRecording =
        addShortcut(file, u"actionOpenRecording"_s, tr("&Open a recording…"), {tr("Ctrl+Shift+O")});
    connect(openRecording, &QAction::triggered, this, [this]() {
        const QString path = RecordingWindow::askForRecording(this);
        if (!path.isEmpty())
            RecordingWindow::openInNewWindow(path, this);
    });
    file->addSeparator();
    createRecordingActions(file);
    createHistoryActions(file);
    file->addSeparator();
    QAction *quit = addShortcut(file, u"actionQuit"_s, tr("&Quit"), {QKeySequence::Quit});
    connect(quit, &QAction::triggered, this, &QWidget::close);

    createViewMenu(menuBar()->addMenu(tr("&View")));

    QMenu *query = menuBar()->addMenu(tr("&Query"));
    connect(addShortcut(query, u"actionFind"_s, tr("&Find…"), {QKeySequence::Find}),
            &QAction::triggered, this, [this]() {
                onPage(&PageActions::focusSearch, tr("This view has nothing to search."));
            });
    connect(addShortcut(query, u"actionExplain"_s, tr("&Explain the selected statement"),
                        {QKeySequence(Qt::CTRL | Qt::Key_E)}),
            &QAction::triggered, this, [this]() {
                onPage(&PageActions::explainSelected,
                       tr("Select a statement first (in Slow queries or Sessions), or type one "
                          "in Plan."));
            });
    connect(addShortcut(query, u"actionCopyQuery"_s, tr("&Copy the statement's text"),
                        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}),
            &QAction::triggered, this, [this]() {
                auto *page = dynamic_cast<PageActions *>(currentView());
                if (page && page->copySelectedQuery())
                    statusBar()->showMessage(tr("Statement copied to the clipboard."), 4000);
                else
                    statusBar()->showMessage(tr("Select a statement first."), 6000);
            });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"));
    keys->setObjectName(u"actionShortcuts"_s);
    connect(keys, &QAction::triggered, this, [this]() {
        QStringList rows;
        const QList<QAction *> all = actions();
        for (const QAction *a : all) {
            if (a->shortcut().isEmpty())
                continue;
            rows << u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(
                a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
                a->text().remove(u'&').toHtmlEscaped());
        }
        QMessageBox::information(this, tr("Keyboard shortcuts"),
                                 u"<table cellspacing=6>"_s + rows.join(QString()) + u"</table>"_s);
    });
    QAction *about = help->addAction(tr("&About Sonde"));
    connect(about, &QAction::triggered, this, [this]() {
        QMessageBox::about(this, tr("About Sonde"),
                           tr("<b>Sonde %1</b><p>A database performance console for PostgreSQL, "
                              "PgBouncer and Redis.</p>")
                               .arg(QStringLiteral(SONDE_VERSION)));
    });
}

void MainWindow::createViewMenu(QMenu *view)
{
    for (QAction *a : std::as_const(m_viewActions))
        view->addAction(a);
    view->addSeparator();
    connect(addShortcut(view, u"actionCommandPalette"_s, tr("&Go to…"),
                        {QKeySequence(Qt::CTRL | Qt::Key_K),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)}),
            &QAction::triggered, this, &MainWindow::openCommandPalette);
    connect(addShortcut(view, u"actionPauseCharts"_s, tr("&Pause or resume the charts"),
                        {QKeySequence(Qt::CTRL | Qt::Key_P), QKeySequence(Qt::Key_Pause)}),
            &QAction::triggered, this, [this]() {
                m_dashboard->togglePause();
                statusBar()->showMessage(m_dashboard->isChartsLive()
                                             ? tr("Charts live again.")
                                             : tr("Charts paused (sampling goes on)."),
                                         4000);
            });
    connect(addShortcut(view, u"actionRefresh"_s, tr("&Refresh now"), {QKeySequence::Refresh}),
            &QAction::triggered, this,
            [this]() { onPage(&PageActions::refreshNow, tr("This view refreshes by itself.")); });
    QAction *full =
        addShortcut(view, u"actionFullScreen"_s, tr("&Full screen"), {QKeySequence::FullScreen});
    full->setCheckable(true);
    connect(full, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });
    view->addSeparator();

    QMenu *theme = view->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(this);
    const QList<QPair<Appearance::Theme, QString>> choices = {
        {Appearance::Theme::System, tr("Follow the &system")},
        {Appearance::Theme::Light, tr("&Light")},
        {Appearance::Theme::Dark, tr("&Dark")}};
    for (const auto &[value, text] : choices) {
        QAction *a = theme->addAction(text);
        a->setObjectName(u"actionTheme-"_s + Appearance::themeName(value));
        a->setCheckable(true);
        a->setChecked(value == m_appearance->theme());
        themes->addAction(a);
        connect(a, &QAction::triggered, this, [this, value]() { m_appearance->setTheme(value); });
    }
    connect(m_appearance, &Appearance::themeChanged, this, [this](Appearance::Theme t) {
        if (QAction *a = action(u"actionTheme-"_s + Appearance::themeName(t)))
            a->setChecked(true);
    });

    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString saved = QSettings().value(QLatin1String(LanguageSettingsKey)).toString();
    QList<QPair<QString, QString>> langs = {{QString(), tr("Follow the &system")}};
    for (const QString &code : availableLanguages()) {
        QString name = QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        langs.append({code, name});
    }
    for (const auto &[code, text] : langs) {
        QAction *a = language->addAction(text);
        a->setObjectName(u"actionLanguage-"_s + (code.isEmpty() ? u"system"_s : code));
        a->setCheckable(true);
        a->setChecked(code == saved);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code]() {
            QSettings().setValue(QLatin1String(LanguageSettingsKey), code);
            QMessageBox::information(this, tr("Language"),
                                     tr("The new language applies the next time Sonde starts."));
        });
    }
}

void MainWindow::openCommandPalette()
{
    if (!m_palette)
        m_palette = new CommandPalette(this);
    QList<CommandPalette::Entry> entries;
    const QString viewKind = tr("View");
    for (int i = 0; i < m_views.size(); ++i) {
        QWidget *page = m_views.at(i);
        const QAction *a = m_viewActions.value(i);
        entries.append({viewKind, m_nav->item(i)->text(),
                        a ? a->shortcut().toString(QKeySequence::NativeText) : QString(),
                        [this, page]() {
                            showView(page->objectName());
                        }});
    }
    for (const Target &t : m_targets->targets()) {
        const QString id = t.id;
        entries.append({tr("Target"), tr("%1 — %2").arg(targetKindName(t.kind), t.name),
                        t.displayUri(), [this, id, kind = t.kind]() {
                            // A PostgreSQL target opens its sessions; the others the dashboard.
                            if (kind == TargetKind::PostgreSQL && showView(u"sessionsPage"_s)) {
                                m_sessions->selectTarget(id);
                                return;
                            }
                            showView(m_dashboard->objectName());
                        }});
    }
    const SlowQueryModel *statements = m_slow->model();
    for (int row = 0; row < statements->rowCount(); ++row) {
        const SlowStatement &s = statements->statementAt(row);
        const QString query = s.query;
        entries.append(
            {tr("Statement"), query.simplified().left(160),
             tr("%1 calls, mean %2")
                 .arg(DisplayFormat::count(qint64(s.calls)), DisplayFormat::duration(s.meanMs)),
             [this, query]() {
                 showView(u"slowQueriesPage"_s);
                 m_slow->selectStatement(query);
             }});
    }
    const QList<QAction *> all = actions();
    for (QAction *a : all) {
        if (a->text().isEmpty() || a->objectName() == u"actionCommandPalette"_s ||
            a->objectName().startsWith(u"actionView"_s) || !a->isEnabled())
            continue;
        entries.append({tr("Command"), a->text().remove(u'&').remove(u'…'),
                        a->shortcut().toString(QKeySequence::NativeText), [a]() {
                            a->trigger();
                        }});
    }
    m_palette->setEntries(entries);
    m_palette->setFilterText(QString());
    m_palette->open();
    m_palette->raise();
    m_palette->activateWindow();
}

} // namespace sonde
