#include "SnapshotJson.h"

#include "pgbouncer/PgBouncerActivity.h"
#include "postgres/PostgresActivity.h"
#include "redis/RedisActivity.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

QJsonObject detail(const Snapshot &s)
{
    QJsonObject d;
    if (s.postgres) {
        QJsonArray statements;
        for (const StatementActivity &st : s.postgres->statements.mid(0, 5)) {
            statements.append(QJsonObject{{u"queryid"_s, QString::number(st.queryId)},
                                          {u"query"_s, st.query.left(200)},
                                          {u"calls"_s, st.calls},
                                          {u"total_ms"_s, st.totalMs},
                                          {u"mean_ms"_s, st.meanMs()}});
        }
        d.insert(u"top_statements"_s, statements);
        if (s.postgres->longestPid)
            d.insert(u"longest"_s, QJsonObject{{u"pid"_s, s.postgres->longestPid},
                                               {u"seconds"_s, s.postgres->longestSeconds},
                                               {u"query"_s, s.postgres->longestQuery.left(200)}});
    } else if (s.pgbouncer) {
        QJsonArray pools;
        for (const PoolActivity &p : s.pgbouncer->pools) {
            pools.append(QJsonObject{{u"database"_s, p.database},
                                     {u"user"_s, p.user},
                                     {u"cl_active"_s, p.clientsActive},
                                     {u"cl_waiting"_s, p.clientsWaiting},
                                     {u"sv_active"_s, p.serversActive},
                                     {u"sv_idle"_s, p.serversIdle},
                                     {u"pool_size"_s, p.poolSize},
                                     {u"maxwait_s"_s, p.maxWaitSeconds}});
        }
        d.insert(u"pools"_s, pools);
    } else if (s.redis) {
        QJsonArray commands;
        for (const RedisCommandActivity &c : s.redis->commands.mid(0, 10)) {
            QJsonObject o{{u"command"_s, c.command},
                          {u"calls_per_s"_s, c.callsPerSecond},
                          {u"mean_ms"_s, c.meanMs}};
            if (!std::isnan(c.p50Ms)) {
                o.insert(u"p50_ms"_s, c.p50Ms);
                o.insert(u"p99_ms"_s, c.p99Ms);
            }
            commands.append(o);
        }
        d.insert(u"commands"_s, commands);
    }
    return d;
}

} // namespace

QJsonObject snapshotToJson(const Snapshot &s)
{
    QJsonObject metrics;
    QStringList names = s.values.keys();
    std::sort(names.begin(), names.end());
    for (const QString &name : names)
        metrics.insert(name, s.values.value(name));
    QJsonArray events;
    for (const TimelineEvent &e : s.events)
        events.append(QJsonObject{{u"time"_s, e.at.toString(Qt::ISODateWithMs)},
                                  {u"kind"_s, timelineKindName(e.kind)},
                                  {u"text"_s, e.text}});
    QJsonObject o{{u"time"_s, s.at.toString(Qt::ISODateWithMs)},
                  {u"target"_s, s.targetName},
                  {u"kind"_s, targetKindKey(s.kind)},
                  {u"interval_s"_s, s.intervalSeconds},
                  {u"continuity"_s, continuityName(s.continuity)},
                  {u"metrics"_s, metrics}};
    if (!events.isEmpty())
        o.insert(u"events"_s, events);
    if (!s.notes.isEmpty())
        o.insert(u"notes"_s, QJsonArray::fromStringList(s.notes));
    const QJsonObject d = detail(s);
    if (!d.isEmpty())
        o.insert(u"detail"_s, d);
    return o;
}

} // namespace sonde
