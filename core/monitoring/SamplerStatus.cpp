#include "SamplerStatus.h"

#include <QCoreApplication>

namespace sonde {
namespace {

// Translation context for the messages of this file (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SamplerStatus)
};

} // namespace

QString samplerStateName(SamplerStatus::State state)
{
    switch (state) {
    case SamplerStatus::State::Connecting:
        return Text::tr("connecting");
    case SamplerStatus::State::Sampling:
        return Text::tr("sampling");
    case SamplerStatus::State::Reconnecting:
        return Text::tr("reconnecting");
    case SamplerStatus::State::Paused:
        return Text::tr("paused");
    case SamplerStatus::State::Stopped:
        return Text::tr("stopped");
    }
    return {};
}

QString describeStatus(const SamplerStatus &status, const QDateTime &now)
{
    using S = SamplerStatus::State;
    switch (status.state) {
    case S::Connecting:
        return Text::tr("connecting…");
    case S::Sampling: {
        const double s = status.intervalMs / 1000.0;
        return Text::tr("sampling every %1 s").arg(s, 0, 'g', 3);
    }
    case S::Reconnecting: {
        const qint64 left = qMax<qint64>(0, (now.msecsTo(status.nextAttempt) + 999) / 1000);
        const QString when =
            left > 0 ? Text::tr("reconnecting in %1 s").arg(left) : Text::tr("reconnecting now");
        return status.lastError
                   ? Text::tr("%1 — last error: %2").arg(when, status.lastError.message)
                   : when;
    }
    case S::Paused:
        return Text::tr("paused");
    case S::Stopped:
        return Text::tr("stopped");
    }
    return {};
}

} // namespace sonde
