#include "OverviewService.h"

#include "common/DisplayFormat.h"
#include "connection/OwnReadTransaction.h"

#include "common/CancelWatch.h"
#include "connection/PgBouncerConsole.h"
#include "connection/PgSession.h"
#include "connection/RedisClient.h"

#include <algorithm>
#include <functional>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

constexpr int TopTables = 10;

QString text(const pqxx::field &f)
{
    return f.is_null() ? QString() : QString::fromUtf8(f.c_str());
}

QString bytes(qint64 n)
{
    return DisplayFormat::bytes(n);
}

QString number(qint64 n)
{
    return DisplayFormat::count(n);
}

// Why a section could not be read, in the DBA's words.
QString unavailable(const DbError &err)
{
    switch (err.kind) {
    case DbError::Kind::MissingPrivilege:
        return OverviewService::tr("Not shown: the role lacks the privilege (%1).")
            .arg(err.message);
    case DbError::Kind::Timeout:
        return OverviewService::tr("Not shown: the query took too long.");
    default:
        return OverviewService::tr("Not shown: %1").arg(err.message);
    }
}

// Runs one section's reading in its own read-only transaction: a failure stays in it.
void readSection(PgSession &session, int timeoutMs, OverviewSection *section,
                 const std::function<void(pqxx::transaction_base &)> &work)
{
    const DbError err = session.run([&](pqxx::connection &c) {
        OwnReadTransaction tx(c);
        tx.exec(u"/* sonde overview */ SET LOCAL statement_timeout = %1"_s.arg(timeoutMs)
                    .toStdString());
        work(tx);
    });
    if (err) {
        section->unavailable = unavailable(err);
        section->facts.clear();
        section->rows.clear();
    }
}

const char *const GeneralSql = R"SQL(
SELECT /* sonde overview */ current_setting('server_version'),
       extract(epoch FROM pg_postmaster_start_time())::bigint,
       extract(epoch FROM now() - pg_postmaster_start_time())::bigint,
       pg_is_in_recovery(), current_database(), current_user,
       (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'),
       current_setting('max_connections')::int
)SQL";

const char *const DatabasesSql = R"SQL(
SELECT /* sonde overview */ datname,
       CASE WHEN has_database_privilege(oid, 'CONNECT') THEN pg_database_size(oid) END
FROM pg_database WHERE datallowconn ORDER BY 2 DESC NULLS LAST, 1 LIMIT 10
)SQL";

const char *const TopTablesSql = R"SQL(
SELECT /* sonde overview */ n.nspname || '.' || c.relname, pg_table_size(c.oid),
       pg_indexes_size(c.oid), greatest(c.reltuples, 0)::bigint, s.n_dead_tup,
       s.last_autovacuum::text
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
WHERE c.relkind IN ('r', 'm')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_toast'
ORDER BY pg_total_relation_size(c.oid) DESC LIMIT 10
)SQL";

const char *const SettingsSql = R"SQL(
SELECT /* sonde overview */ name, current_setting(name), source
FROM pg_settings
WHERE name IN ('shared_buffers', 'effective_cache_size', 'work_mem', 'maintenance_work_mem',
               'max_connections', 'max_wal_size', 'checkpoint_timeout', 'autovacuum',
               'track_io_timing', 'random_page_cost', 'effective_io_concurrency',
               'default_statistics_target', 'max_parallel_workers_per_gather',
               'shared_preload_libraries', 'wal_level', 'idle_in_transaction_session_timeout',
               'statement_timeout')
ORDER BY array_position(ARRAY['shared_buffers', 'effective_cache_size', 'work_mem',
               'maintenance_work_mem', 'max_connections', 'max_wal_size', 'checkpoint_timeout',
               'autovacuum', 'track_io_timing', 'random_page_cost', 'effective_io_concurrency',
               'default_statistics_target', 'max_parallel_workers_per_gather',
               'shared_preload_libraries', 'wal_level', 'idle_in_transaction_session_timeout',
               'statement_timeout']::text[], name::text)
)SQL";

const char *const StandbysSql = R"SQL(
SELECT /* sonde overview */ coalesce(nullif(application_name, ''), client_addr::text, 'local'),
       state, sync_state, pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::bigint,
       extract(epoch FROM replay_lag)
FROM pg_stat_replication ORDER BY 1
)SQL";

const char *const SlotsSql = R"SQL(
SELECT /* sonde overview */ slot_name, slot_type, active,
       CASE WHEN pg_is_in_recovery() THEN NULL
            ELSE pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)::bigint END
FROM pg_replication_slots ORDER BY 1
)SQL";

const char *const ExtensionsSql = R"SQL(
SELECT /* sonde overview */ a.name, e.extversion, a.default_version
FROM pg_available_extensions a LEFT JOIN pg_extension e ON e.extname = a.name
WHERE a.name IN ('pg_stat_statements', 'hypopg', 'pg_qualstats', 'pgstattuple',
                 'pg_buffercache', 'auto_explain')
   OR e.extname IS NOT NULL
ORDER BY e.extversion IS NULL, a.name
)SQL";

} // namespace

ServerOverview OverviewService::read(const Target &target, int queryTimeoutMs,
                                     const std::atomic<bool> *cancel)
{
    ServerOverview out;
    out.targetId = target.id;
    out.targetName = target.name.isEmpty() ? target.displayUri() : target.name;
    out.kind = target.kind;
    out.at = QDateTime::currentDateTimeUtc();
    switch (target.kind) {
    case TargetKind::PostgreSQL:
        readPostgres(target, queryTimeoutMs, cancel, &out);
        break;
    case TargetKind::PgBouncer:
        readPgBouncer(target, queryTimeoutMs, cancel, &out);
        break;
    case TargetKind::Redis:
        readRedis(target, queryTimeoutMs, cancel, &out);
        break;
    case TargetKind::Prometheus:
        // The fleet page shows what a Prometheus knows; there is no server to read here.
        out.error = DbError::make(DbError::Kind::Configuration,
                                  OverviewService::tr("A Prometheus has no server overview: "
                                                      "see the Fleet page."));
        break;
    }
    return out;
}

void OverviewService::readPostgres(const Target &target, int timeoutMs,
                                   const std::atomic<bool> *cancel, ServerOverview *out)
{
    PgSession session;
    PgSessionOptions options;
    options.applicationName = u"sonde overview"_s;
    options.statementTimeoutMs = timeoutMs;
    options.readOnly = true;
    if (const DbError err = session.open(target.uri, options)) {
        out->error = err;
        return;
    }
    CancelWatch watch(cancel, [&session]() { session.cancel(); });

    OverviewSection general{generalTitle(), {}, {}, {}, {}, {}};
    bool inRecovery = false;
    readSection(session, timeoutMs, &general, [&](pqxx::transaction_base &tx) {
        const pqxx::row r = tx.exec1(GeneralSql);
        out->version = text(r[0]);
        out->uptimeSeconds = r[2].as<long long>();
        inRecovery = r[3].as<bool>();
        out->role = inRecovery ? u"standby"_s : u"primary"_s;
        const qint64 used = r[6].as<long long>();
        const qint64 max = r[7].as<long long>();
        general.facts << OverviewFact{tr("Version"), u"PostgreSQL "_s + out->version, {}};
        general.facts << OverviewFact{
            tr("Up since"),
            DisplayFormat::dateTime(QDateTime::fromSecsSinceEpoch(r[1].as<long long>())),
            tr("up %1").arg(overviewDuration(out->uptimeSeconds))};
        general.facts << OverviewFact{
            tr("Role"), inRecovery ? tr("standby (in recovery)") : tr("primary"), {}};
        general.facts << OverviewFact{
            tr("Connected as"), tr("%1 on %2").arg(text(r[5]), text(r[4])), {}};
        general.facts << OverviewFact{
            tr("Connections"), tr("%1 of max_connections %2").arg(number(used), number(max)),
            used * 10 >= max * 8 ? tr("more than 80 % of max_connections in use") : QString()};
    });
    if (general.unavailable.isEmpty() || session.isOpen())
        out->sections << general;
    if (!session.isOpen()) {
        out->error = DbError::make(DbError::Kind::ConnectionLost, general.unavailable);
        return;
    }

    OverviewSection databases{databasesTitle(), {}, {tr("Database"), tr("Size")}, {}, {}, {}};
    readSection(session, timeoutMs, &databases, [&](pqxx::transaction_base &tx) {
        for (const pqxx::row &r : tx.exec(DatabasesSql)) {
            databases.rows << QStringList{text(r[0]), r[1].is_null() ? tr("no CONNECT privilege")
                                                                     : bytes(r[1].as<long long>())};
        }
    });
    out->sections << databases;

    OverviewSection tables{topTablesTitle(),
                           {},
                           {tr("Table"), tr("Table size"), tr("Index size"), tr("Rows (est.)"),
                            tr("Dead rows"), tr("Last autovacuum")},
                           {},
                           {},
                           {}};
    readSection(session, timeoutMs, &tables, [&](pqxx::transaction_base &tx) {
        for (const pqxx::row &r : tx.exec(TopTablesSql)) {
            out->topTables << text(r[0]);
            tables.rows << QStringList{text(r[0]),
                                       bytes(r[1].as<long long>()),
                                       bytes(r[2].as<long long>()),
                                       number(r[3].as<long long>()),
                                       r[4].is_null() ? QString() : number(r[4].as<long long>()),
                                       r[5].is_null() ? tr("never") : text(r[5]).left(19)};
        }
        if (tables.rows.isEmpty())
            tables.note = tr("No tables in this database.");
    });
    out->sections << tables;

    OverviewSection settings{settingsTitle(), {}, {}, {}, {}, {}};
    readSection(session, timeoutMs, &settings, [&](pqxx::transaction_base &tx) {
        for (const pqxx::row &r : tx.exec(SettingsSql)) {
            const QString name = text(r[0]);
            const QString value = text(r[1]);
            QString note;
            if (name == u"autovacuum"_s && value == u"off"_s)
                note = tr("autovacuum is off: dead rows pile up");
            else if (name == u"track_io_timing"_s && value == u"off"_s)
                note = tr("off: plans and statements show no I/O time");
            else if (name == u"random_page_cost"_s && value.toDouble() >= 4.0)
                note = tr("the spinning-disk default; on SSD 1.1–2 is usual");
            else if (text(r[2]) == u"default"_s)
                note = tr("default");
            settings.facts << OverviewFact{name, value.isEmpty() ? u"''"_s : value, note};
        }
    });
    settings.beside = true;
    out->sections << settings;

    OverviewSection replication{
        replicationTitle(),
        {},
        {tr("Standby"), tr("State"), tr("Sync"), tr("Replay lag"), tr("Lag time")},
        {},
        {},
        {}};
    if (inRecovery) {
        replication.columns.clear();
        readSection(session, timeoutMs, &replication, [&](pqxx::transaction_base &tx) {
            const pqxx::row r = tx.exec1("SELECT /* sonde overview */ extract(epoch FROM now() - "
                                         "pg_last_xact_replay_timestamp())::bigint");
            replication.facts << OverviewFact{tr("Replay delay"),
                                              r[0].is_null()
                                                  ? tr("nothing replayed yet")
                                                  : overviewDuration(r[0].as<long long>()),
                                              {}};
        });
    } else {
        readSection(session, timeoutMs, &replication, [&](pqxx::transaction_base &tx) {
            for (const pqxx::row &r : tx.exec(StandbysSql)) {
                replication.rows << QStringList{
                    text(r[0]), text(r[1]), text(r[2]),
                    r[3].is_null() ? QString() : bytes(r[3].as<long long>()),
                    r[4].is_null() ? QString()
                                   : DisplayFormat::duration(1000.0 * r[4].as<double>())};
            }
            if (replication.rows.isEmpty())
                replication.note = tr("No standby is connected.");
        });
    }
    out->sections << replication;

    OverviewSection slotSection{
        slotsTitle(), {}, {tr("Slot"), tr("Type"), tr("Active"), tr("WAL retained")}, {}, {}, {}};
    readSection(session, timeoutMs, &slotSection, [&](pqxx::transaction_base &tx) {
        for (const pqxx::row &r : tx.exec(SlotsSql)) {
            slotSection.rows << QStringList{
                text(r[0]), text(r[1]), r[2].as<bool>() ? tr("yes") : tr("no"),
                r[3].is_null() ? QString() : bytes(r[3].as<long long>())};
        }
        if (slotSection.rows.isEmpty())
            slotSection.note = tr("No replication slot.");
    });
    out->sections << slotSection;

    OverviewSection extensions{extensionsTitle(), {}, {}, {}, {}, {}};
    readSection(session, timeoutMs, &extensions, [&](pqxx::transaction_base &tx) {
        for (const pqxx::row &r : tx.exec(ExtensionsSql)) {
            const QString name = text(r[0]);
            if (!r[1].is_null()) {
                out->installedExtensions << name;
                extensions.facts << OverviewFact{name, tr("installed (%1)").arg(text(r[1])), {}};
            } else {
                extensions.facts << OverviewFact{
                    name, tr("available, not installed"),
                    tr("CREATE EXTENSION %1 in this database to use it").arg(name)};
            }
        }
        for (const char *wanted : {"pg_stat_statements", "hypopg", "pg_qualstats"}) {
            const QString name = QLatin1String(wanted);
            const bool listed = std::any_of(extensions.facts.cbegin(), extensions.facts.cend(),
                                            [&](const OverviewFact &f) { return f.label == name; });
            if (!listed)
                extensions.facts << OverviewFact{name, tr("not available on this server"), {}};
        }
    });
    extensions.beside = true;
    out->sections << extensions;
    if (cancel && cancel->load())
        out->error = DbError::make(DbError::Kind::Canceled, tr("Canceled."));
}

void OverviewService::readPgBouncer(const Target &target, int timeoutMs,
                                    const std::atomic<bool> *cancel, ServerOverview *out)
{
    PgBouncerConsole console;
    if (const DbError err = console.open(target.uri)) {
        out->error = err;
        return;
    }
    CancelWatch watch(cancel, [&console]() { console.cancel(); });
    OverviewSection general{generalTitle(), {}, {}, {}, {}, {}};
    TextTable table;
    if (const DbError err = console.query(u"SHOW VERSION"_s, &table, timeoutMs)) {
        general.unavailable = unavailable(err);
    } else if (table.rowCount() > 0) {
        out->version = table.rows.first().value(0).section(u' ', 1, 1);
        general.facts << OverviewFact{tr("Version"), table.rows.first().value(0), {}};
    }
    TextTable config;
    if (!console.query(u"SHOW CONFIG"_s, &config, timeoutMs)) {
        for (int i = 0; i < config.rowCount(); ++i) {
            const QString key = config.value(i, u"key"_s);
            if (key == u"pool_mode"_s || key == u"max_client_conn"_s ||
                key == u"default_pool_size"_s || key == u"max_db_connections"_s ||
                key == u"server_idle_timeout"_s || key == u"query_wait_timeout"_s)
                general.facts << OverviewFact{key, config.value(i, u"value"_s), {}};
        }
    }
    out->sections << general;

    OverviewSection pools{poolsTitle(),
                          {},
                          {tr("Database"), tr("User"), tr("Mode"), tr("Clients active"),
                           tr("Clients waiting"), tr("Servers active"), tr("Servers idle"),
                           tr("Longest wait")},
                          {},
                          {},
                          {}};
    TextTable t;
    if (const DbError err = console.query(u"SHOW POOLS"_s, &t, timeoutMs)) {
        pools.unavailable = unavailable(err);
    } else {
        for (int i = 0; i < t.rowCount(); ++i) {
            if (t.value(i, u"database"_s) == u"pgbouncer"_s)
                continue;
            pools.rows << QStringList{t.value(i, u"database"_s),
                                      t.value(i, u"user"_s),
                                      t.value(i, u"pool_mode"_s),
                                      number(t.integer(i, u"cl_active"_s)),
                                      number(t.integer(i, u"cl_waiting"_s)),
                                      number(t.integer(i, u"sv_active"_s)),
                                      number(t.integer(i, u"sv_idle"_s)),
                                      tr("%1 s").arg(t.integer(i, u"maxwait"_s))};
        }
        if (pools.rows.isEmpty())
            pools.note = tr("No pool yet: no client has connected through PgBouncer.");
    }
    pools.beside = true;
    out->sections << pools;
}

void OverviewService::readRedis(const Target &target, int timeoutMs,
                                const std::atomic<bool> *cancel, ServerOverview *out)
{
    RedisEndpoint endpoint;
    QString why;
    if (!RedisEndpoint::parse(target.uri, &endpoint, &why)) {
        out->error = DbError::make(DbError::Kind::Configuration, why);
        return;
    }
    RedisClient client;
    if (const DbError err = client.open(endpoint, 5000, timeoutMs, "sonde-overview")) {
        out->error = err;
        return;
    }
    CancelWatch watch(cancel, [&client]() { client.abort(); });
    RedisReply reply;
    if (const DbError err = client.command({"INFO"}, &reply)) {
        out->error = err;
        return;
    }
    const QHash<QString, QString> info = parseRedisInfo(reply.text);
    auto integer = [&](const char *key) {
        return info.value(QLatin1String(key)).toLongLong();
    };
    out->version = info.value(u"redis_version"_s);
    out->uptimeSeconds = integer("uptime_in_seconds");
    out->role = info.value(u"role"_s);

    OverviewSection general{generalTitle(), {}, {}, {}, {}, {}};
    general.facts << OverviewFact{tr("Version"), u"Redis "_s + out->version, {}};
    general.facts << OverviewFact{tr("Uptime"), overviewDuration(out->uptimeSeconds), {}};
    QString role = out->role;
    if (out->role == u"master"_s)
        role = tr("primary, %n replica(s)", nullptr, int(integer("connected_slaves")));
    else if (out->role == u"slave"_s)
        role = tr("replica of %1:%2 (link %3)")
                   .arg(info.value(u"master_host"_s), info.value(u"master_port"_s),
                        info.value(u"master_link_status"_s));
    general.facts << OverviewFact{tr("Role"), role, {}};
    general.facts << OverviewFact{tr("Clients"), number(integer("connected_clients")),
                                  integer("blocked_clients") > 0
                                      ? tr("%1 blocked").arg(integer("blocked_clients"))
                                      : QString()};
    const qint64 hits = integer("keyspace_hits");
    const qint64 misses = integer("keyspace_misses");
    general.facts << OverviewFact{
        tr("Hit rate"),
        hits + misses > 0 ? DisplayFormat::percent(100.0 * double(hits) / double(hits + misses))
                          : tr("no lookups yet"),
        tr("%1 hits, %2 misses since start").arg(number(hits), number(misses))};
    out->sections << general;

    OverviewSection memory{memoryTitle(), {}, {}, {}, {}, {}};
    const qint64 used = integer("used_memory");
    const qint64 max = integer("maxmemory");
    const QString policy = info.value(u"maxmemory_policy"_s);
    memory.facts << OverviewFact{
        tr("Used memory"),
        max > 0 ? tr("%1 of maxmemory %2 (%3)")
                      .arg(bytes(used), bytes(max),
                           DisplayFormat::percent(100.0 * double(used) / double(max)))
                : tr("%1 (no maxmemory)").arg(bytes(used)),
        max == 0 ? tr("no maxmemory: Redis grows until the machine runs out") : QString()};
    memory.facts << OverviewFact{tr("Eviction policy"), policy,
                                 max > 0 && policy == u"noeviction"_s
                                     ? tr("writes fail once maxmemory is reached")
                                     : QString()};
    memory.facts << OverviewFact{tr("Evicted keys"), number(integer("evicted_keys")), {}};
    memory.facts << OverviewFact{
        tr("Fragmentation ratio"), info.value(u"mem_fragmentation_ratio"_s), {}};
    memory.beside = true;
    out->sections << memory;

    OverviewSection keyspace{
        keyspaceTitle(), {}, {tr("Database"), tr("Keys"), tr("With a TTL")}, {}, {}, {}};
    for (auto it = info.cbegin(); it != info.cend(); ++it) {
        if (!it.key().startsWith(u"db"_s))
            continue;
        bool isDb = false;
        it.key().mid(2).toInt(&isDb);
        if (!isDb)
            continue;
        const QHash<QString, QString> fields = parseRedisInfoFields(it.value());
        keyspace.rows << QStringList{it.key(), number(fields.value(u"keys"_s).toLongLong()),
                                     number(fields.value(u"expires"_s).toLongLong())};
    }
    std::sort(keyspace.rows.begin(), keyspace.rows.end());
    if (keyspace.rows.isEmpty())
        keyspace.note = tr("No keys.");
    keyspace.beside = true;
    out->sections << keyspace;
    if (cancel && cancel->load())
        out->error = DbError::make(DbError::Kind::Canceled, tr("Canceled."));
}

} // namespace sonde
