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

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("SnapshotSummary", text, nullptr, n);
}

} // namespace

QString snapshotSummary(const Snapshot &s)
{
    const QLocale locale;
    QStringList parts;
    if (const auto *pg = s.postgres.get()) {
        parts << tr("%n active", pg->active) << tr("%n idle", pg->idle);
        if (pg->idleInTransaction > 0)
            parts << tr("%n idle in transaction", pg->idleInTransaction);
        if (pg->waitingOnLocks > 0)
            parts << tr("%n waiting on locks", pg->waitingOnLocks);
        parts << tr("%1 of %2 connections").arg(pg->connections).arg(pg->usableConnections);
        if (pg->longestPid > 0)
            parts << tr("longest statement %1 s (pid %2)")
                         .arg(locale.toString(pg->longestSeconds, 'f', 1))
                         .arg(pg->longestPid);
        if (s.value(metric::PgDeadlocks) > 0)
            parts << tr("%n deadlock(s)", int(s.value(metric::PgDeadlocks)));
        if (s.value(metric::PgTempFiles) > 0)
            parts << tr("%n temp file(s)", int(s.value(metric::PgTempFiles)));
    } else if (const auto *b = s.pgbouncer.get()) {
        int active = 0;
        int waiting = 0;
        double wait = 0;
        for (const PoolActivity &p : b->pools) {
            active += p.clientsActive;
            waiting += p.clientsWaiting;
            wait = qMax(wait, p.maxWaitSeconds);
        }
        parts << tr("%n pool(s)", int(b->pools.size())) << tr("%n client(s) active", active)
              << tr("%n waiting", waiting);
        if (waiting > 0)
            parts << tr("longest wait %1 s").arg(locale.toString(wait, 'f', 2));
    } else if (const auto *r = s.redis.get()) {
        const QString used = locale.formattedDataSize(r->usedMemory, 1, QLocale::DataSizeSIFormat);
        parts << (r->maxMemory > 0
                      ? tr("memory %1 of %2")
                            .arg(used, locale.formattedDataSize(r->maxMemory, 1,
                                                                QLocale::DataSizeSIFormat))
                      : tr("memory %1 (no maxmemory)").arg(used));
        parts << tr("%n client(s)", r->clients);
        if (r->blockedClients > 0)
            parts << tr("%n blocked", r->blockedClients);
        parts << tr("%1 keys").arg(locale.toString(r->keys));
        if (s.value(metric::RedisEvictedPerSec) > 0)
            parts << tr("evicting %1 keys/s")
                         .arg(locale.toString(s.value(metric::RedisEvictedPerSec), 'f', 0));
    }
    return parts.join(u" · "_s);
}

} // namespace sonde
