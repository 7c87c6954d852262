#pragma once

#include "sandbox/SandboxTypes.h"

#include <QWidget>

class QLabel;
class QTimer;

namespace sonde {

class DemoWorkload;

// What Sonde is connected to, and the demo application's own counters while the demo runs.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);

    void showDemo(const SandboxEndpoints &endpoints, DemoWorkload *workload);
    void clear();

private:
    void refreshWorkload();

    QLabel *m_targets = nullptr;
    QLabel *m_workload = nullptr;
    QTimer *m_timer = nullptr;
    DemoWorkload *m_demo = nullptr;
};

// A URI with its password removed, for display.
QString withoutPassword(const QString &uri);

} // namespace sonde
