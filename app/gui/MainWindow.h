#pragma once

#include "connection/TargetList.h"
#include "demo/DemoController.h"

#include <QElapsedTimer>
#include <QIcon>
#include <QKeySequence>
#include <QMainWindow>
#include <QSet>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;

namespace sonde {

class Appearance;
class CommandPalette;
class DashboardPage;
class MonitoringPipeline;
class PageActions;
class FleetPage;
class PlanPage;
struct PromInstance;
class SessionsPage;
class SlowQueriesPage;
class DemoStartPage;
class LocalHistory;
class OverviewPage;
class ProfileConnector;
class Recorder;
class TimelineEventStore;
class WelcomePage;

// Wires the pages together: a navigation list of views on the left (with the targets
// below it), the current view in the middle. The window owns the TargetList and the
// monitoring pipeline and hands them to the pages; each page owns its widgets and wiring;
// the window only switches between them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void startDemo(const DemoOptions &options);
    DemoController *demo() const { return m_demo; }
    TargetList *targets() const { return m_targets; }
    // The application's monitoring pipeline, shared by every page.
    MonitoringPipeline *pipeline() const { return m_pipeline; }
    // Markers on the dashboard's time axis: any page may add a TimelineEvent here.
    TimelineEventStore *timeline() const;
    DashboardPage *dashboard() const { return m_dashboard; }
    ProfileConnector *connector() const { return m_connector; }
    void openConnectionDialog();

    // Shows a registered view (by its object name).
    bool showView(const QString &objectName);
    // By object name or by the title in the navigation (any case).
    bool showViewNamed(const QString &name);
    QWidget *currentView() const;
    Appearance *appearance() const { return m_appearance; }
    SlowQueriesPage *slowQueries() const { return m_slow; }
    SessionsPage *sessions() const { return m_sessions; }
    PlanPage *plans() const { return m_plans; }
    FleetPage *fleet() const { return m_fleet; }
    // Watches one instance of a Prometheus' fleet on the dashboard: the server Sonde
    // already watches directly when it is the same (its history is in front of its line),
    // else a target reading that instance through Prometheus. Returns the target's id.
    QString openFleetInstance(const QString &prometheusTargetId, const PromInstance &instance);

    // Quick-open (Ctrl+K) over views, targets, statements and commands.
    void openCommandPalette();
    CommandPalette *commandPalette() const { return m_palette; }
    // The shortcuts' actions, by object name (tests drive them with key clicks).
    QAction *action(const QString &objectName) const;

    // Recording what the pipeline samples into a .sonde file (File → Start recording…).
    bool startRecording(const QString &path, bool statementTexts, QString *error);
    bool stopRecording(QString *error = nullptr);
    bool isRecording() const;
    // What every server watched went through, kept on disk (File → History…).
    LocalHistory *history() const { return m_history; }
    // Writes [fromMs, toMs] of the history into a .sonde file, off the GUI thread;
    // recordingSaved() says when it is done.
    void saveRecording(qint64 fromMs, qint64 toMs, const QString &path, bool statementTexts);

    // Window layout, open connection profiles and the current view across restarts.
    void saveSession() const;
    void restoreSession(bool reconnectProfiles = true);

signals:
    // A saveRecording() ended: `error` is empty when the file is written.
    void recordingSaved(const QString &path, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    // A .sonde file dropped on the window opens as a recording.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createPages();
    void createMenus();
    // Registers a view in the navigation; Ctrl+<n> switches to the n-th view.
    void addView(QWidget *page, const QString &title, const QIcon &icon = {});
    void onDemoServersUp(const SandboxEndpoints &endpoints);
    void onDemoReady(const SandboxEndpoints &endpoints);
    void onFirstSnapshot(const QString &targetId);
    void refreshTargetList();
    QAction *addShortcut(QMenu *menu, const QString &name, const QString &text,
                         const QList<QKeySequence> &keys);
    // Runs a page action on the view shown; says in the status bar when it does not apply.
    void onPage(bool (PageActions::*action)(), const QString &whenNot);
    void createViewMenu(QMenu *view);
    void createRecordingActions(QMenu *file);
    void askToRecord();
    void updateRecordingStatus();
    void showRecordingStopped();
    void createHistoryActions(QMenu *file);
    void createFleet();
    void askToSaveRecording();
    void editHistorySettings();

    TargetList *m_targets = nullptr;
    MonitoringPipeline *m_pipeline = nullptr;
    ProfileConnector *m_connector = nullptr;
    DashboardPage *m_dashboard = nullptr;
    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    DemoStartPage *m_demoStart = nullptr;
    OverviewPage *m_overview = nullptr;
    QListWidget *m_nav = nullptr;
    QListWidget *m_targetView = nullptr;
    QList<QWidget *> m_views;
    QList<QAction *> m_viewActions;
    Appearance *m_appearance = nullptr;
    CommandPalette *m_palette = nullptr;
    SlowQueriesPage *m_slow = nullptr;
    SessionsPage *m_sessions = nullptr;
    PlanPage *m_plans = nullptr;
    FleetPage *m_fleet = nullptr;
    DemoController *m_demo = nullptr;
    DemoOptions m_demoOptions;
    bool m_demoStopped = false;
    QString m_startView;
    QLabel *m_seedStatus = nullptr;
    // Since the window was made: the time to the first snapshot of each target is logged.
    QElapsedTimer m_launchClock;
    QSet<QString> m_sampledTargets;
    Recorder *m_recorder = nullptr;
    LocalHistory *m_history = nullptr;
    QString m_recordingPath;
    QElapsedTimer m_recordingSince;
    QLabel *m_recordingLabel = nullptr;
    QTimer *m_recordingClock = nullptr;
    QAction *m_startRecording = nullptr;
    QAction *m_stopRecording = nullptr;
};

} // namespace sonde
