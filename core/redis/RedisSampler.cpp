#include "RedisSampler.h"

#include "RedisMetrics.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

double number(const QHash<QString, QString> &info, const QString &key, double fallback = 0)
{
    bool ok = false;
    const double v = info.value(key).toDouble(&ok);
    return ok ? v : fallback;
}

} // namespace

RedisSampler::RedisSampler(const Target &target, QObject *parent)
    : Sampler(target, parent)
{}

RedisSampler::~RedisSampler()
{
    m_client.close();
}

void RedisSampler::interrupt()
{
    m_client.abort();
}

void RedisSampler::closeConnection()
{
    m_client.close();
}

DbError RedisSampler::command(const QList<QByteArray> &args, RedisReply *reply)
{
    QString name = QString::fromUtf8(args.value(0)).toLower();
    if (args.size() > 1 && (name == u"latency"_s || name == u"config"_s))
        name += u'|' + QString::fromUtf8(args.at(1)).toLower();
    m_ownCommands += 1;
    m_ownCalls[name] += 1;
    return m_client.command(args, reply);
}

DbError RedisSampler::openConnection(QString *serverVersion, QStringList *notes)
{
    RedisEndpoint ep;
    QString error;
    if (!RedisEndpoint::parse(target().uri, &ep, &error))
        return DbError::make(DbError::Kind::Configuration,
                             tr("The Redis URI is not valid: %1").arg(error));
    if (DbError err = m_client.open(ep, 5000, CommandTimeoutMs, "sonde-monitor"))
        return err;
    RedisReply reply;
    if (DbError err = m_client.command({"INFO", "server"}, &reply)) {
        m_client.close();
        if (err.kind == DbError::Kind::MissingPrivilege)
            err.message = tr("The Redis user may not run INFO: grant it +info (and +latency, "
                             "+config|get, +slowlog) in its ACL.");
        return err;
    }
    const QHash<QString, QString> server = parseRedisInfo(reply.text);
    m_version = server.value(u"redis_version"_s);
    *serverVersion = u"Redis "_s + m_version;
    m_multiSectionInfo = m_version.section(u'.', 0, 0).toInt() >= 7;
    if (!m_multiSectionInfo)
        *notes << tr("Redis %1 has no INFO latencystats (Redis 7+): p50/p99 are unavailable.")
                      .arg(m_version);
    m_ticksSinceConfig = ConfigEveryTicks;
    m_latencyBaseline = false;
    m_slowLogSeen = false;
    m_slowLogThresholdUs = -1;
    m_slowLogMaxLength = -1;
    return {};
}

DbError RedisSampler::readFeed(const QString &feed, bool afterTick, QVariant *value)
{
    if (feed != RedisSlowLogFeed)
        return Sampler::readFeed(feed, afterTick, value);
    RedisSlowLogRead read;
    if (DbError err = readSlowLog(&read))
        return err;
    *value = QVariant::fromValue(read);
    return {};
}

DbError RedisSampler::readSlowLog(RedisSlowLogRead *read)
{
    RedisReply reply;
    if (!m_slowLogSeen) {
        // The settings may be hidden by an ACL: then they stay unknown.
        if (!command({"CONFIG", "GET", "slowlog-*"}, &reply)) {
            for (qsizetype i = 0; i + 1 < reply.elements.size(); i += 2) {
                const QByteArray name = reply.elements.at(i).text;
                const qint64 value = reply.elements.at(i + 1).text.toLongLong();
                if (name == "slowlog-log-slower-than")
                    m_slowLogThresholdUs = value;
                else if (name == "slowlog-max-len")
                    m_slowLogMaxLength = value;
            }
        }
    }
    if (DbError err = command({"SLOWLOG", "GET", QByteArray::number(SlowLogCount)}, &reply)) {
        if (err.kind == DbError::Kind::Sql && reply.text.startsWith("NOPERM")) {
            err.kind = DbError::Kind::MissingPrivilege;
            err.message = tr("The Redis user may not read the slow log: ACL SETUSER <user> "
                             "+slowlog");
        }
        return err;
    }
    read->takenAt = QDateTime::currentDateTimeUtc();
    const QList<RedisSlowLogEntry> all = RedisSlowLogEntry::fromReply(reply);
    read->entries = all;
    // Sonde's own commands (its connections are named sonde…) are not the user's slow log.
    read->entries.removeIf(
        [](const RedisSlowLogEntry &e) { return e.clientName.startsWith(u"sonde"_s); });
    read->thresholdUs = m_slowLogThresholdUs;
    read->maxLength = m_slowLogMaxLength;
    read->first = !m_slowLogSeen;
    const qint64 newest = all.isEmpty() ? -1 : all.first().id;
    if (newest < m_slowLogLastId)
        m_slowLogLastId = -1; // the server restarted or SLOWLOG RESET: ids start again
    if (m_slowLogSeen) {
        for (auto it = read->entries.crbegin(); it != read->entries.crend(); ++it) {
            if (it->id > m_slowLogLastId)
                read->newEntries << *it;
        }
    }
    m_slowLogLastId = std::max(m_slowLogLastId, newest);
    m_slowLogSeen = true;
    return {};
}

void RedisSampler::parseInfo(const QByteArray &text, Reading *r)
{
    const QHash<QString, QString> info = parseRedisInfo(text);
    r->runId = info.value(u"run_id"_s);
    for (const char *name :
         {"total_commands_processed", "keyspace_hits", "keyspace_misses", "evicted_keys",
          "expired_keys", "total_connections_received", "rejected_connections"})
        r->counters.insert(QString::fromLatin1(name), number(info, QString::fromLatin1(name)));
    for (const char *name : {"used_memory", "maxmemory", "connected_clients", "blocked_clients",
                             "maxclients", "uptime_in_seconds"})
        r->gauges.insert(QString::fromLatin1(name), number(info, QString::fromLatin1(name)));
    r->gauges.insert(u"role_master"_s, info.value(u"role"_s) == u"master"_s ? 1 : 0);
    double keys = 0;
    for (auto it = info.cbegin(); it != info.cend(); ++it) {
        const QString &key = it.key();
        if (key.startsWith(u"cmdstat_"_s)) {
            const auto f = parseRedisInfoFields(it.value());
            CommandCounters &c = r->commands[key.mid(8)];
            c.calls = f.value(u"calls"_s).toDouble();
            c.usec = f.value(u"usec"_s).toDouble();
        } else if (key.startsWith(u"latency_percentiles_usec_"_s)) {
            const auto f = parseRedisInfoFields(it.value());
            CommandCounters &c = r->commands[key.mid(25)];
            c.p50 = f.value(u"p50"_s, u"-1"_s).toDouble();
            c.p99 = f.value(u"p99"_s, u"-1"_s).toDouble();
            c.p999 = f.value(u"p99.9"_s, u"-1"_s).toDouble();
        } else if (key.startsWith(u"db"_s) && key.size() > 2 && key.at(2).isDigit()) {
            keys += parseRedisInfoFields(it.value()).value(u"keys"_s).toDouble();
        }
    }
    r->gauges.insert(u"keys"_s, keys);
    r->evictionPolicy = info.value(u"maxmemory_policy"_s);
}

DbError RedisSampler::readCounters()
{
    Reading r;
    r.ownCommands = m_ownCommands;
    r.ownCalls = m_ownCalls;
    RedisReply reply;
    DbError err;
    if (m_multiSectionInfo) {
        err = command({"INFO", "server", "clients", "memory", "stats", "commandstats",
                       "latencystats", "keyspace"},
                      &reply);
        if (err.kind == DbError::Kind::Sql) {
            m_multiSectionInfo = false; // an older server or a proxy: ask for everything
        }
    }
    if (!m_multiSectionInfo)
        err = command({"INFO", "all"}, &reply);
    if (err)
        return err;
    parseInfo(reply.text, &r);

    // LATENCY LATEST: a new spike of a monitored event becomes a marker on the time axis.
    RedisReply latest;
    if (DbError lerr = command({"LATENCY", "LATEST"}, &latest)) {
        if (lerr.isConnectionProblem())
            return lerr;
    } else {
        for (const RedisReply &e : latest.elements) {
            if (e.elements.size() < 4)
                continue;
            const QString event = e.elements.at(0).toString();
            const qint64 ts = e.elements.at(1).integer;
            const qint64 latestMs = e.elements.at(2).integer;
            const qint64 maxMs = e.elements.at(3).integer;
            const qint64 seen = m_latencySeen.value(event, 0);
            m_latencySeen.insert(event, ts);
            if (!m_latencyBaseline || ts <= seen)
                continue;
            TimelineEvent t;
            t.at = QDateTime::fromSecsSinceEpoch(ts, Qt::UTC);
            t.kind = TimelineEvent::Kind::LatencyEvent;
            t.severity = TimelineEvent::Severity::Warning;
            t.targetId = target().id;
            t.targetName = target().name;
            t.text = tr("%1: latency event \"%2\" took %3 ms (max %4 ms)")
                         .arg(target().name, event)
                         .arg(latestMs)
                         .arg(maxMs);
            r.latencyEvents << t;
        }
        m_latencyBaseline = true;
    }

    if (++m_ticksSinceConfig >= ConfigEveryTicks) {
        m_ticksSinceConfig = 0;
        if (r.gauges.value(u"maxclients"_s) > 0) {
            m_maxClients = int(r.gauges.value(u"maxclients"_s));
        } else {
            RedisReply cfg;
            const DbError cerr = command({"CONFIG", "GET", "maxclients"}, &cfg);
            if (cerr.isConnectionProblem())
                return cerr;
            if (!cerr && cfg.elements.size() >= 2)
                m_maxClients = cfg.elements.at(1).toString().toInt();
        }
    }
    m_current = r;
    return {};
}

void RedisSampler::derive(bool hasPrevious, double seconds, Snapshot *out)
{
    const Reading &cur = m_current;
    auto activity = std::make_shared<RedisActivity>();
    activity->version = m_version;
    activity->usedMemory = qint64(cur.gauges.value(u"used_memory"_s));
    activity->maxMemory = qint64(cur.gauges.value(u"maxmemory"_s));
    // Sonde's own connection is not one of the application's clients.
    activity->clients = qMax(0, int(cur.gauges.value(u"connected_clients"_s)) - 1);
    activity->maxClients = m_maxClients;
    activity->blockedClients = int(cur.gauges.value(u"blocked_clients"_s));
    activity->keys = qint64(cur.gauges.value(u"keys"_s));
    activity->evictionPolicy = cur.evictionPolicy;
    activity->role = cur.gauges.value(u"role_master"_s) > 0 ? u"master"_s : u"replica"_s;

    auto &v = out->values;
    v.insert(metric::RedisMemoryBytes, double(activity->usedMemory));
    if (activity->maxMemory > 0)
        v.insert(metric::RedisMemoryPct,
                 100.0 * double(activity->usedMemory) / double(activity->maxMemory));
    v.insert(metric::RedisClients, activity->clients);
    if (m_maxClients > 0)
        v.insert(metric::RedisClientsPct, 100.0 * activity->clients / m_maxClients);
    v.insert(metric::RedisBlockedClients, activity->blockedClients);
    out->events << cur.latencyEvents;

    QList<RedisCommandActivity> commands;
    for (auto it = cur.commands.cbegin(); it != cur.commands.cend(); ++it) {
        RedisCommandActivity c;
        c.command = it.key();
        c.totalCalls = qint64(it->calls);
        if (it->p50 >= 0) {
            activity->latencyStatsAvailable = true;
            c.p50Ms = it->p50 / 1000.0;
            c.p99Ms = it->p99 / 1000.0;
            c.p999Ms = it->p999 / 1000.0;
        }
        commands << c;
    }

    if (hasPrevious && seconds > 0) {
        const Reading &prev = m_previous;
        const CounterDeltas d(prev.counters, cur.counters, seconds);
        if (cur.runId != prev.runId || d.anyWentBackwards()) {
            out->continuity = Snapshot::Continuity::Reset;
            TimelineEvent e;
            e.at = QDateTime::currentDateTimeUtc();
            e.kind = TimelineEvent::Kind::StatisticsReset;
            e.targetId = out->targetId;
            e.targetName = out->targetName;
            e.text =
                cur.runId != prev.runId
                    ? tr("%1: Redis restarted: rates restart from the next reading")
                          .arg(out->targetName)
                    : tr("%1: Redis statistics were reset (CONFIG RESETSTAT)").arg(out->targetName);
            out->events << e;
        } else {
            const double own = cur.ownCommands - prev.ownCommands;
            v.insert(metric::RedisOpsPerSec,
                     qMax(0.0, *d.delta(u"total_commands_processed"_s) - own) / seconds);
            if (const auto hit = d.share(u"keyspace_hits"_s, u"keyspace_misses"_s))
                v.insert(metric::RedisHitPct, *hit);
            const double evicted = *d.delta(u"evicted_keys"_s);
            v.insert(metric::RedisEvictedPerSec, evicted / seconds);
            v.insert(metric::RedisExpiredPerSec, *d.rate(u"expired_keys"_s));
            if (evicted > 0) {
                TimelineEvent e;
                e.at = QDateTime::currentDateTimeUtc();
                e.kind = TimelineEvent::Kind::Evictions;
                e.severity = TimelineEvent::Severity::Warning;
                e.targetId = out->targetId;
                e.targetName = out->targetName;
                e.text = tr("%1: Redis evicted %2 keys (maxmemory reached, policy %3)")
                             .arg(out->targetName)
                             .arg(qint64(evicted))
                             .arg(cur.evictionPolicy);
                out->events << e;
            }
            // Per command over the interval, Sonde's own calls subtracted.
            double calls = 0;
            double usec = 0;
            double p50Weighted = 0;
            double p50Calls = 0;
            double p99 = -1;
            for (RedisCommandActivity &c : commands) {
                const CommandCounters now = cur.commands.value(c.command);
                const auto before = prev.commands.constFind(c.command);
                const double dCalls =
                    before == prev.commands.cend() ? now.calls : now.calls - before->calls;
                const double dUsec =
                    before == prev.commands.cend() ? now.usec : now.usec - before->usec;
                const double ownCalls =
                    cur.ownCalls.value(c.command) - prev.ownCalls.value(c.command);
                const double theirs = dCalls - ownCalls;
                if (dCalls <= 0 || dUsec < 0 || theirs <= 0)
                    continue;
                // Time of a command shared with Sonde is split by calls.
                const double theirUsec = dUsec * theirs / dCalls;
                c.calls = theirs;
                c.callsPerSecond = theirs / seconds;
                c.meanMs = theirUsec / theirs / 1000.0;
                calls += theirs;
                usec += theirUsec;
                if (now.p50 >= 0) {
                    p50Weighted += now.p50 * theirs;
                    p50Calls += theirs;
                    p99 = qMax(p99, now.p99);
                }
            }
            if (calls > 0)
                v.insert(metric::RedisMeanMs, usec / calls / 1000.0);
            if (p50Calls > 0)
                v.insert(metric::RedisP50Ms, p50Weighted / p50Calls / 1000.0);
            if (p99 >= 0)
                v.insert(metric::RedisP99Ms, p99 / 1000.0);
        }
    }
    commands.removeIf([](const RedisCommandActivity &c) { return c.calls <= 0; });
    std::sort(commands.begin(), commands.end(),
              [](const RedisCommandActivity &a, const RedisCommandActivity &b) {
                  return a.calls > b.calls;
              });
    activity->commands = commands;
    out->detail = activity;
}

void RedisSampler::commitReading()
{
    m_previous = std::move(m_current);
    m_current = Reading();
}

} // namespace sonde
