#include "PostgresSampler.h"

#include "PostgresMetrics.h"
#include "connection/OwnReadTransaction.h"
#include "connection/PgConnInfo.h"
#include "sessions/SessionsAccess.h"
#include "statements/StatementsAccess.h"

#include <QCoreApplication>

#include <pqxx/nontransaction>
#include <pqxx/pqxx>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// Every query of this file starts with the marker, so pg_stat_statements figures can leave
// Sonde's own statements out.
const char *const ServerQuery =
    "/* sonde */ SELECT current_setting('server_version'), "
    "current_setting('server_version_num')::int, "
    "current_setting('max_connections')::int, "
    "current_setting('superuser_reserved_connections')::int, "
    "coalesce(current_setting('reserved_connections', true), '0')::int, "
    "current_database(), current_user, "
    "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
    "  OR pg_has_role(current_user, 'pg_read_all_stats', 'USAGE'), "
    "(SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
    "  WHERE e.extname = 'pg_stat_statements'), "
    "(SELECT extversion FROM pg_extension WHERE extname = 'pg_stat_statements')";

// Clock, restart and reset markers, pg_stat_database sums, pg_stat_activity counts and the
// longest running statement in one statement: one snapshot of the statistics, one
// transaction per tick.
const char *const CountersQuery =
    "/* sonde */ SELECT extract(epoch FROM pg_postmaster_start_time())::float8, "
    "d.commits, d.rollbacks, d.blks_read, d.blks_hit, d.temp_files, d.temp_bytes, "
    "d.deadlocks, d.reset, a.active, a.idle, a.idle_xact, a.lock_waits, a.total, "
    "l.pid, coalesce(l.usename, ''), l.seconds, l.query "
    "FROM (SELECT coalesce(sum(xact_commit), 0)::float8 AS commits, "
    "  coalesce(sum(xact_rollback), 0)::float8 AS rollbacks, "
    "  coalesce(sum(blks_read), 0)::float8 AS blks_read, "
    "  coalesce(sum(blks_hit), 0)::float8 AS blks_hit, "
    "  coalesce(sum(temp_files), 0)::float8 AS temp_files, "
    "  coalesce(sum(temp_bytes), 0)::float8 AS temp_bytes, "
    "  coalesce(sum(deadlocks), 0)::float8 AS deadlocks, "
    "  coalesce(max(extract(epoch FROM stats_reset)), 0)::float8 AS reset "
    "  FROM pg_stat_database) d "
    "CROSS JOIN (SELECT count(*) FILTER (WHERE NOT own AND state = 'active') AS active, "
    "  count(*) FILTER (WHERE NOT own AND state = 'idle') AS idle, "
    "  count(*) FILTER (WHERE NOT own AND state LIKE 'idle in transaction%') AS idle_xact, "
    "  count(*) FILTER (WHERE NOT own AND wait_event_type = 'Lock') AS lock_waits, "
    "  count(*) AS total "
    "  FROM (SELECT state, wait_event_type, "
    "    pid = pg_backend_pid() OR coalesce(application_name, '') LIKE 'sonde%' AS own "
    "    FROM pg_stat_activity WHERE backend_type = 'client backend') s) a "
    "LEFT JOIN LATERAL (SELECT pid, usename, "
    "  extract(epoch FROM clock_timestamp() - query_start)::float8 AS seconds, "
    "  left(query, 500) AS query "
    "  FROM pg_stat_activity WHERE backend_type = 'client backend' AND state = 'active' "
    "  AND pid <> pg_backend_pid() AND coalesce(application_name, '') NOT LIKE 'sonde%' "
    "  AND query_start IS NOT NULL ORDER BY query_start LIMIT 1) l ON true";

std::string utf8(const QString &s)
{
    return s.toStdString();
}

QString text(const pqxx::field &f)
{
    return f.is_null() ? QString() : QString::fromUtf8(f.c_str());
}

} // namespace

PostgresSampler::PostgresSampler(const Target &target, QObject *parent)
    : Sampler(target, parent)
{}

PostgresSampler::~PostgresSampler()
{
    m_session.close();
}

void PostgresSampler::interrupt()
{
    // The cancel stops the running query on a server that still works; the socket shutdown
    // frees the sampler from one that stopped answering.
    m_session.cancel();
    m_session.abort();
}

void PostgresSampler::closeConnection()
{
    m_session.close();
}

DbError PostgresSampler::openConnection(QString *serverVersion, QStringList *notes)
{
    m_ownPending = 0;
    PgSessionOptions o;
    o.applicationName = u"sonde-monitor"_s;
    o.statementTimeoutMs = StatementTimeoutMs;
    o.connectTimeoutSeconds = 5;
    // Monitoring never writes: every transaction of this session is read-only (through
    // PgBouncer, each reading is a read-only transaction of its own: see readCounters).
    o.readOnly = true;
    if (DbError err = m_session.open(target().uri, o))
        return err;

    QString database;
    QString role;
    bool readsAllStats = false;
    QString schema;
    QString extVersion;
    DbError err = m_session.run([&](pqxx::connection &c) {
        pqxx::nontransaction tx(c);
        const pqxx::row r = tx.exec1(ServerQuery);
        ++m_ownStatements;
        *serverVersion = u"PostgreSQL "_s + text(r[0]);
        m_serverVersion = r[1].as<int>();
        m_usableConnections = r[2].as<int>() - r[3].as<int>() - r[4].as<int>();
        database = text(r[5]);
        role = text(r[6]);
        readsAllStats = r[7].as<bool>(false);
        schema = text(r[8]);
        extVersion = text(r[9]);
        m_reader.reset(schema, extVersion);
        m_reader.readNames(tx, &m_ownStatements);
    });
    if (err)
        return err;
    m_statementsTarget = database + u" as "_s + role;
    m_statementsWarning.clear();
    if (!readsAllStats)
        m_statementsWarning = StatementsAccess::insufficientPrivilege(role).message;
    if (!readsAllStats)
        *notes << tr("Role \"%1\" lacks pg_read_all_stats: the statements and sessions of other "
                     "roles are hidden or counted without their state. GRANT pg_monitor TO %1.")
                      .arg(role);
    m_statements = false;
    if (schema.isEmpty()) {
        *notes << tr("pg_stat_statements is not installed in database \"%1\": latency and "
                     "statement figures are unavailable. Run CREATE EXTENSION "
                     "pg_stat_statements (it must also be in shared_preload_libraries).")
                      .arg(database);
    } else {
        err = m_session.run([&](pqxx::connection &c) {
            pqxx::nontransaction tx(c);
            tx.exec(
                utf8(u"/* sonde */ SELECT 1 FROM \"%1\".pg_stat_statements(false) LIMIT 1"_s.arg(
                    QString(schema).replace(u'"', u"\"\""_s))));
            ++m_ownStatements;
        });
        if (err && err.isConnectionProblem())
            return err;
        if (err) {
            *notes << tr("pg_stat_statements is installed but cannot be read: %1 Add it to "
                         "shared_preload_libraries and restart the server.")
                          .arg(err.detail.section(u'\n', 0, 0));
        } else {
            m_statements = true;
        }
    }
    return {};
}

DbError PostgresSampler::readCounters()
{
    Reading r;
    const DbError err = m_session.run([&](pqxx::connection &c) {
        if (!m_session.throughPooler()) {
            pqxx::nontransaction tx(c);
            read(tx, &r);
            return;
        }
        // A pool hands session settings to other clients: the read-only mode and the
        // timeout live in this reading's own transaction, which counts as one of Sonde's.
        const qint64 before = m_ownStatements;
        OwnReadTransaction tx(c);
        tx.exec("/* sonde */ SET LOCAL statement_timeout = " + std::to_string(StatementTimeoutMs));
        read(tx, &r);
        tx.commit();
        m_ownStatements = before + 1;
    });
    if (!err)
        m_current = r;
    return err;
}

void PostgresSampler::read(pqxx::transaction_base &tx, Reading *out)
{
    Reading &r = *out;
    {
        r.ownStatements = m_ownStatements;
        const pqxx::row row = tx.exec1(CountersQuery);
        ++m_ownStatements;
        r.postmasterStart = row[0].as<double>();
        r.database.insert(u"xact_commit"_s, row[1].as<double>());
        r.database.insert(u"xact_rollback"_s, row[2].as<double>());
        r.database.insert(u"blks_read"_s, row[3].as<double>());
        r.database.insert(u"blks_hit"_s, row[4].as<double>());
        r.database.insert(u"temp_files"_s, row[5].as<double>());
        r.database.insert(u"temp_bytes"_s, row[6].as<double>());
        r.database.insert(u"deadlocks"_s, row[7].as<double>());
        r.databaseReset = row[8].as<double>();
        r.active = row[9].as<int>();
        r.idle = row[10].as<int>();
        r.idleInTransaction = row[11].as<int>();
        r.waitingOnLocks = row[12].as<int>();
        r.connections = row[13].as<int>();
        if (!row[14].is_null()) {
            r.longestPid = row[14].as<int>();
            r.longestUser = text(row[15]);
            r.longestSeconds = row[16].as<double>(0);
            r.longestQuery = text(row[17]);
        }
        if (m_statements) {
            r.statements = m_reader.read(tx, &m_ownStatements);
            r.statementsRead = true;
        }
    }
}

void PostgresSampler::derive(bool hasPrevious, double seconds, Snapshot *out)
{
    const Reading &cur = m_current;
    auto activity = std::make_shared<PostgresActivity>();
    activity->serverVersion = m_serverVersion;
    activity->statementsAvailable = m_statements;
    activity->intervalSeconds = seconds;
    activity->active = cur.active;
    activity->idle = cur.idle;
    activity->idleInTransaction = cur.idleInTransaction;
    activity->waitingOnLocks = cur.waitingOnLocks;
    activity->connections = cur.connections;
    activity->usableConnections = m_usableConnections;
    activity->longestPid = cur.longestPid;
    activity->longestSeconds = cur.longestSeconds;
    activity->longestUser = cur.longestUser;
    activity->longestQuery = cur.longestQuery;

    auto &v = out->values;
    v.insert(metric::PgActive, cur.active);
    v.insert(metric::PgIdle, cur.idle);
    v.insert(metric::PgIdleInXact, cur.idleInTransaction);
    v.insert(metric::PgWaitingOnLocks, cur.waitingOnLocks);
    v.insert(metric::PgConnections, cur.connections);
    v.insert(metric::PgLongestQuerySec, cur.longestSeconds);
    if (m_usableConnections > 0)
        v.insert(metric::PgConnUsePct, 100.0 * cur.connections / m_usableConnections);

    if (hasPrevious) {
        const Reading &prev = m_previous;
        const bool restarted = cur.postmasterStart != prev.postmasterStart;
        const CounterDeltas db(prev.database, cur.database, seconds);
        const bool databaseReset =
            restarted || cur.databaseReset != prev.databaseReset || db.anyWentBackwards();
        const bool statementsReset =
            restarted || cur.statements.statsReset != prev.statements.statsReset;
        if (databaseReset || statementsReset) {
            out->continuity = Snapshot::Continuity::Reset;
            TimelineEvent e;
            e.at = QDateTime::currentDateTimeUtc();
            e.kind = TimelineEvent::Kind::StatisticsReset;
            e.targetId = out->targetId;
            e.targetName = out->targetName;
            e.text =
                restarted ? tr("%1: the server restarted: rates restart from the next "
                               "reading")
                                .arg(out->targetName)
                : databaseReset
                    ? tr("%1: database statistics were reset (pg_stat_reset)").arg(out->targetName)
                    : tr("%1: pg_stat_statements was reset").arg(out->targetName);
            out->events << e;
        }
        if (!databaseReset && seconds > 0) {
            // Each statement of this sampler is a transaction of its own. PostgreSQL 15
            // flushes a backend's counters about once a second, so they show up late and in
            // bursts: keep a credit of them and subtract it as they appear.
            const double own = double(cur.ownStatements - prev.ownStatements);
            const double xacts = *db.delta(u"xact_commit"_s) + *db.delta(u"xact_rollback"_s);
            const double pending = m_ownPending + own;
            const double mine = qMin(pending, xacts);
            // Counters not flushed within ~15 s never will be: do not carry them forever.
            m_ownPending = qMin(pending - mine, own / seconds * 15.0);
            v.insert(metric::PgXactPerSec, (xacts - mine) / seconds);
            v.insert(metric::PgRollbackPerSec, *db.rate(u"xact_rollback"_s));
            if (const auto hit = db.share(u"blks_hit"_s, u"blks_read"_s))
                v.insert(metric::PgCacheHitPct, *hit);
            v.insert(metric::PgTempFiles, *db.delta(u"temp_files"_s));
            v.insert(metric::PgTempBytesPerSec, *db.rate(u"temp_bytes"_s));
            const double deadlocks = *db.delta(u"deadlocks"_s);
            v.insert(metric::PgDeadlocks, deadlocks);
            if (deadlocks > 0) {
                TimelineEvent e;
                e.at = QDateTime::currentDateTimeUtc();
                e.kind = TimelineEvent::Kind::Deadlock;
                e.severity = TimelineEvent::Severity::Warning;
                e.targetId = out->targetId;
                e.targetName = out->targetName;
                e.text =
                    QCoreApplication::translate("PostgresSampler", "%1: %n deadlock(s) detected",
                                                nullptr, int(deadlocks))
                        .arg(out->targetName);
                out->events << e;
            }
        }
        if (!statementsReset && seconds > 0 && cur.statementsRead && prev.statementsRead)
            deriveStatements(seconds, out, activity.get());
    }
    out->detail = activity;
}

void PostgresSampler::deriveStatements(double seconds, Snapshot *out, PostgresActivity *activity)
{
    double calls = 0;
    double totalMs = 0;
    QList<StatementActivity> list;
    const auto &current = m_current.statements.counters;
    const auto &previous = m_previous.statements.counters;
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        const StatementKey &key = it.key();
        if (m_reader.isOwn(key.queryId))
            continue; // Sonde's own statements
        const StatementCounters &c = it.value();
        const auto p = previous.constFind(key);
        StatementCounters d = c;
        if (p != previous.cend()) {
            // An entry that went backwards was reset or evicted and re-created: skip it.
            if (c.calls < p->calls || c.totalMs < p->totalMs)
                continue;
            d.calls = c.calls - p->calls;
            d.totalMs = c.totalMs - p->totalMs;
            d.rows = c.rows - p->rows;
            d.sharedHit = qMax(0.0, c.sharedHit - p->sharedHit);
            d.sharedRead = qMax(0.0, c.sharedRead - p->sharedRead);
        }
        // A new entry was created in the interval: all its calls happened in it.
        if (d.calls <= 0)
            continue;
        if (key.topLevel) {
            calls += d.calls;
            totalMs += d.totalMs;
        }
        StatementActivity s;
        s.queryId = key.queryId;
        s.query = key.queryId ? m_reader.text(key.queryId).left(2000).simplified()
                              : tr("<statements of another role: no pg_read_all_stats>");
        s.user = m_reader.roleName(key.userId);
        s.database = m_reader.databaseName(key.dbId);
        s.calls = d.calls;
        s.totalMs = d.totalMs;
        s.rows = d.rows;
        s.sharedHit = d.sharedHit;
        s.sharedRead = d.sharedRead;
        list << s;
    }
    out->values.insert(metric::PgCallsPerSec, calls / seconds);
    if (calls > 0)
        out->values.insert(metric::PgLatencyMs, totalMs / calls);
    std::sort(list.begin(), list.end(), [](const StatementActivity &a, const StatementActivity &b) {
        return a.totalMs > b.totalMs;
    });
    if (list.size() > MaxStatementsKept)
        list.resize(MaxStatementsKept);
    activity->statements = list;
}

void PostgresSampler::commitReading()
{
    m_lastStatements = m_current.statements;
    m_previous = std::move(m_current);
    m_current = Reading();
}

DbError PostgresSampler::readFeed(const QString &feed, bool afterTick, QVariant *value)
{
    if (feed == StatementsFeed)
        return readStatementsFeed(afterTick, value);
    if (feed == SessionsFeed) {
        SessionSnapshot s;
        const DbError err =
            m_session.run([&](pqxx::connection &c) { s = SessionsAccess::read(c); });
        ++m_ownStatements;
        if (err)
            return err;
        if (s.error)
            return s.error;
        *value = QVariant::fromValue(s);
        return {};
    }
    return Sampler::readFeed(feed, afterTick, value);
}

DbError PostgresSampler::readStatementsFeed(bool afterTick, QVariant *value)
{
    StatementSnapshot reading;
    if (afterTick && m_statements && m_lastStatements.takenAt.isValid()) {
        reading = m_lastStatements; // what this tick read: no second query
    } else {
        DbError err = m_session.run([&](pqxx::connection &c) {
            pqxx::nontransaction tx(c);
            if (m_statements) {
                reading = m_reader.read(tx, &m_ownStatements);
                return;
            }
            // Not readable: ask the server once more, for its own words about why.
            ++m_ownStatements;
            tx.exec("/* sonde */ SELECT 1 FROM pg_stat_statements(false) LIMIT 1");
        });
        if (err) {
            if (err.isConnectionProblem() || err.kind == DbError::Kind::Canceled)
                return err;
            return StatementsAccess::explainError(err, m_statementsTarget);
        }
        if (!m_statements)
            return DbError::make(
                DbError::Kind::MissingExtension,
                tr("pg_stat_statements cannot be read on %1.").arg(m_statementsTarget));
    }
    StatementSnapshot s = m_reader.withTexts(reading);
    s.warning = m_statementsWarning;
    *value = QVariant::fromValue(s);
    return {};
}

} // namespace sonde
