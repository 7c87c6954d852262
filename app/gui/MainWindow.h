#pragma once

#include "connection/TargetList.h"
#include "demo/DemoController.h"

#include <QIcon>
#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace sonde {

class DashboardPage;
class DemoStartPage;
class OverviewPage;
class ProfileConnector;
class TimelineEventStore;
class WelcomePage;

// Wires the pages together: a navigation list of views on the left (with the targets
// below it), the current view in the middle. Each page owns its widgets and wiring and
// gets the TargetList; the window only switches between them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void startDemo(const DemoOptions &options);
    DemoController *demo() const { return m_demo; }
    TargetList *targets() const { return m_targets; }
    // Markers on the dashboard's time axis: any page may add a TimelineEvent here.
    TimelineEventStore *timeline() const { return m_timeline; }
    DashboardPage *dashboard() const { return m_dashboard; }
    ProfileConnector *connector() const { return m_connector; }
    void openConnectionDialog();

    // Shows a registered view (by its object name).
    bool showView(const QString &objectName);
    QWidget *currentView() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createMenus();
    // Registers a view in the navigation; Ctrl+<n> switches to the n-th view.
    void addView(QWidget *page, const QString &title, const QIcon &icon = {});
    void onDemoReady(const SandboxEndpoints &endpoints);
    void refreshTargetList();

    TargetList *m_targets = nullptr;
    TimelineEventStore *m_timeline = nullptr;
    ProfileConnector *m_connector = nullptr;
    DashboardPage *m_dashboard = nullptr;
    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    DemoStartPage *m_demoStart = nullptr;
    OverviewPage *m_overview = nullptr;
    QListWidget *m_nav = nullptr;
    QListWidget *m_targetView = nullptr;
    QList<QWidget *> m_views;
    DemoController *m_demo = nullptr;
    DemoOptions m_demoOptions;
    bool m_demoStopped = false;
};

} // namespace sonde
