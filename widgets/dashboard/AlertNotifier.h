#pragma once

#include "monitoring/TimelineEvent.h"

#include <QHash>
#include <QObject>

class QSystemTrayIcon;

namespace sonde {

// Sends an alert to the desktop (QSystemTrayIcon::showMessage) when the desktop has a
// notification area, at most once a minute per metric unless it got worse; otherwise the
// alert only shows in the window (shownInWindow, for the status bar).
class AlertNotifier : public QObject
{
    Q_OBJECT
public:
    explicit AlertNotifier(QObject *parent = nullptr);
    ~AlertNotifier() override;

    bool hasDesktopNotifications() const { return m_tray != nullptr; }
    // Returns true when a desktop notification was sent.
    bool notify(const TimelineEvent &alert);
    int sentCount() const { return m_sent; }

    static constexpr qint64 QuietPeriodMs = 60000;

signals:
    void shownInWindow(const QString &text);

private:
    QSystemTrayIcon *m_tray = nullptr;
    struct Last
    {
        qint64 ms = 0;
        TimelineEvent::Severity severity = TimelineEvent::Severity::Info;
    };
    QHash<QString, Last> m_last;
    int m_sent = 0;
};

} // namespace sonde
