#include "SnapshotSummary.h"

#include "MetricCatalog.h"
#include "pgbouncer/PgBouncerActivity.h"
#include "postgres/PostgresActivity.h"
#include "redis/RedisActivity.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// Translation context for the messages of this file (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotSummary)
};

} // namespace

QString snapshotSummary(const Snapshot &s)
{
    const QLocale locale;
    QStringList parts;
    if (const auto *pg = s.postgres.get()) {
        parts << Text::tr("%n active", nullptr, pg->active)
              << Text::tr("%n idle", nullptr, pg->idle);
        if (pg->idleInTransaction > 0)
            parts << Text::tr("%n idle in transaction", nullptr, pg->idleInTransaction);
        if (pg->waitingOnLocks > 0)
            parts << Text::tr("%n waiting on locks", nullptr, pg->waitingOnLocks);
        parts << Text::tr("%1 of %2 connections").arg(pg->connections).arg(pg->usableConnections);
        if (pg->longestPid > 0)
            parts << Text::tr("longest statement %1 s (pid %2)")
                         .arg(locale.toString(pg->longestSeconds, 'f', 1))
                         .arg(pg->longestPid);
        if (s.value(metric::PgDeadlocks) > 0)
            parts << Text::tr("%n deadlock(s)", nullptr, int(s.value(metric::PgDeadlocks)));
        if (s.value(metric::PgTempFiles) > 0)
            parts << Text::tr("%n temp file(s)", nullptr, int(s.value(metric::PgTempFiles)));
    } else if (const auto *b = s.pgbouncer.get()) {
        int active = 0;
        int waiting = 0;
        double wait = 0;
        for (const PoolActivity &p : b->pools) {
            active += p.clientsActive;
            waiting += p.clientsWaiting;
            wait = qMax(wait, p.maxWaitSeconds);
        }
        parts << Text::tr("%n pool(s)", nullptr, int(b->pools.size()))
              << Text::tr("%n client(s) active", nullptr, active)
              << Text::tr("%n waiting", nullptr, waiting);
        if (waiting > 0)
            parts << Text::tr("longest wait %1 s").arg(locale.toString(wait, 'f', 2));
    } else if (const auto *r = s.redis.get()) {
        const QString used = locale.formattedDataSize(r->usedMemory, 1, QLocale::DataSizeSIFormat);
        parts << (r->maxMemory > 0 ? Text::tr("memory %1 of %2")
                                         .arg(used, locale.formattedDataSize(
                                                        r->maxMemory, 1, QLocale::DataSizeSIFormat))
                                   : Text::tr("memory %1 (no maxmemory)").arg(used));
        parts << Text::tr("%n client(s)", nullptr, r->clients);
        if (r->blockedClients > 0)
            parts << Text::tr("%n blocked", nullptr, r->blockedClients);
        parts << Text::tr("%1 keys").arg(locale.toString(r->keys));
        if (s.value(metric::RedisEvictedPerSec) > 0)
            parts << Text::tr("evicting %1 keys/s")
                         .arg(locale.toString(s.value(metric::RedisEvictedPerSec), 'f', 0));
    }
    return parts.join(u" · "_s);
}

} // namespace sonde
