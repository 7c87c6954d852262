#include "ServerOverview.h"

#include <QCoreApplication>

namespace sonde {

const OverviewSection *ServerOverview::section(const QString &title) const
{
    for (const OverviewSection &s : sections) {
        if (s.title == title)
            return &s;
    }
    return nullptr;
}

QString overviewDuration(qint64 seconds)
{
    if (seconds < 0)
        return QString();
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    if (days > 0)
        return QCoreApplication::translate("sonde::ServerOverview", "%1 d %2 h")
            .arg(days)
            .arg(hours);
    if (hours > 0)
        return QCoreApplication::translate("sonde::ServerOverview", "%1 h %2 min")
            .arg(hours)
            .arg(minutes);
    if (minutes > 0)
        return QCoreApplication::translate("sonde::ServerOverview", "%1 min %2 s")
            .arg(minutes)
            .arg(seconds % 60);
    return QCoreApplication::translate("sonde::ServerOverview", "%1 s").arg(seconds);
}

} // namespace sonde
