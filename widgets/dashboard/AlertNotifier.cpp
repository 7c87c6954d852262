#include "AlertNotifier.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace sonde {

AlertNotifier::AlertNotifier(QObject *parent)
    : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(this);
    QIcon icon = QApplication::windowIcon();
    if (icon.isNull()) {
        QPixmap pm(32, 32);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(QColor(0x1d, 0x4e, 0xd8));
        p.setPen(Qt::NoPen);
        p.drawEllipse(2, 2, 28, 28);
        icon = QIcon(pm);
    }
    m_tray->setIcon(icon);
    m_tray->setToolTip(tr("Sonde"));
    m_tray->show();
}

AlertNotifier::~AlertNotifier() = default;

bool AlertNotifier::notify(const TimelineEvent &alert)
{
    const QString title = alert.severity == TimelineEvent::Severity::Critical
                              ? tr("Sonde: critical alert")
                              : tr("Sonde: warning");
    emit shownInWindow(title + u": "_s + alert.text);
    if (!m_tray)
        return false;
    const QString key = alert.targetId + u'/' + alert.metric;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Last last = m_last.value(key);
    const bool worse = int(alert.severity) > int(last.severity);
    if (!worse && now - last.ms < QuietPeriodMs)
        return false;
    m_last.insert(key, Last{now, alert.severity});
    m_tray->showMessage(title, alert.text,
                        alert.severity == TimelineEvent::Severity::Critical
                            ? QSystemTrayIcon::Critical
                            : QSystemTrayIcon::Warning,
                        10000);
    ++m_sent;
    return true;
}

} // namespace sonde
