#include "SamplerStatus.h"

#include <QCoreApplication>

namespace sonde {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SamplerStatus", text);
}

} // namespace

QString samplerStateName(SamplerStatus::State state)
{
    switch (state) {
    case SamplerStatus::State::Connecting:
        return tr("connecting");
    case SamplerStatus::State::Sampling:
        return tr("sampling");
    case SamplerStatus::State::Reconnecting:
        return tr("reconnecting");
    case SamplerStatus::State::Paused:
        return tr("paused");
    case SamplerStatus::State::Stopped:
        return tr("stopped");
    }
    return {};
}

QString describeStatus(const SamplerStatus &status, const QDateTime &now)
{
    using S = SamplerStatus::State;
    switch (status.state) {
    case S::Connecting:
        return tr("connecting…");
    case S::Sampling: {
        const double s = status.intervalMs / 1000.0;
        return tr("sampling every %1 s").arg(s, 0, 'g', 3);
    }
    case S::Reconnecting: {
        const qint64 left = qMax<qint64>(0, (now.msecsTo(status.nextAttempt) + 999) / 1000);
        const QString when =
            left > 0 ? tr("reconnecting in %1 s").arg(left) : tr("reconnecting now");
        return status.lastError ? tr("%1 — last error: %2").arg(when, status.lastError.message)
                                : when;
    }
    case S::Paused:
        return tr("paused");
    case S::Stopped:
        return tr("stopped");
    }
    return {};
}

} // namespace sonde
