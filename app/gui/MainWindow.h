#pragma once

#include "demo/DemoController.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace sonde {

class DemoStartPage;
class OverviewPage;
class WelcomePage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void startDemo(const DemoOptions &options);
    DemoController *demo() const { return m_demo; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void onDemoReady(const SandboxEndpoints &endpoints);

    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    DemoStartPage *m_demoStart = nullptr;
    OverviewPage *m_overview = nullptr;
    QListWidget *m_targets = nullptr;
    DemoController *m_demo = nullptr;
    DemoOptions m_demoOptions;
    bool m_demoStopped = false;
};

} // namespace sonde
