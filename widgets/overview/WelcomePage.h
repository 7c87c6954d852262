#pragma once

#include <QWidget>

namespace sonde {

// The first screen: start the demo, or connect to a server.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

signals:
    void startDemoRequested();
    void connectRequested();
};

} // namespace sonde
