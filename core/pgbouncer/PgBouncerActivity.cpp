#include "PgBouncerActivity.h"

#include "common/DisplayFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// The dashboard's summary lines share one translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotSummary)
};

} // namespace

QString PgBouncerActivity::summary(const Snapshot &) const
{
    QStringList parts;
    int active = 0;
    int waiting = 0;
    double wait = 0;
    for (const PoolActivity &p : pools) {
        active += p.clientsActive;
        waiting += p.clientsWaiting;
        wait = qMax(wait, p.maxWaitSeconds);
    }
    parts << Text::tr("%n pool(s)", nullptr, int(pools.size()))
          << Text::tr("%n client(s) active", nullptr, active)
          << Text::tr("%n waiting", nullptr, waiting);
    if (waiting > 0)
        parts << Text::tr("longest wait %1").arg(DisplayFormat::duration(wait * 1000.0));
    return parts.join(u" · "_s);
}

QJsonObject PgBouncerActivity::toJson() const
{
    QJsonArray list;
    for (const PoolActivity &p : pools) {
        list.append(QJsonObject{{u"database"_s, p.database},
                                {u"user"_s, p.user},
                                {u"cl_active"_s, p.clientsActive},
                                {u"cl_waiting"_s, p.clientsWaiting},
                                {u"sv_active"_s, p.serversActive},
                                {u"sv_idle"_s, p.serversIdle},
                                {u"pool_size"_s, p.poolSize},
                                {u"maxwait_s"_s, p.maxWaitSeconds}});
    }
    return QJsonObject{{u"pools"_s, list}};
}

} // namespace sonde
