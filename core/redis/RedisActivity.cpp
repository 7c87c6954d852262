#include "RedisActivity.h"

#include "RedisMetrics.h"
#include "common/DisplayFormat.h"
#include "monitoring/Snapshot.h"

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

QString RedisActivity::summary(const Snapshot &s) const
{
    QStringList parts;
    const QString used = DisplayFormat::bytes(usedMemory);
    parts << (maxMemory > 0 ? Text::tr("memory %1 of %2").arg(used, DisplayFormat::bytes(maxMemory))
                            : Text::tr("memory %1 (no maxmemory)").arg(used));
    parts << Text::tr("%n client(s)", nullptr, clients);
    if (blockedClients > 0)
        parts << Text::tr("%n blocked", nullptr, blockedClients);
    parts << Text::tr("%1 keys").arg(DisplayFormat::count(keys));
    if (s.value(metric::RedisEvictedPerSec) > 0)
        parts << Text::tr("evicting %1 keys/s")
                     .arg(DisplayFormat::rate(s.value(metric::RedisEvictedPerSec)));
    return parts.join(u" · "_s);
}

QJsonObject RedisActivity::toJson() const
{
    QJsonArray list;
    for (const RedisCommandActivity &c : commands.mid(0, 10)) {
        QJsonObject o{{u"command"_s, c.command},
                      {u"calls_per_s"_s, c.callsPerSecond},
                      {u"mean_ms"_s, c.meanMs}};
        if (!std::isnan(c.p50Ms)) {
            o.insert(u"p50_ms"_s, c.p50Ms);
            o.insert(u"p99_ms"_s, c.p99Ms);
        }
        list.append(o);
    }
    return QJsonObject{{u"commands"_s, list}};
}

} // namespace sonde
