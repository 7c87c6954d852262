#include "HealthService.h"

#include "BloatChecks.h"
#include "ConfigurationChecks.h"
#include "IndexChecks.h"
#include "MemoryChecks.h"
#include "PgBouncerChecks.h"
#include "PostgresCheckContext.h"
#include "RedisCheckContext.h"
#include "RedisKeyChecks.h"
#include "RedisServerChecks.h"
#include "ReplicationChecks.h"
#include "SequenceChecks.h"
#include "SessionChecks.h"
#include "VacuumChecks.h"
#include "WraparoundChecks.h"
#include "common/CancelWatch.h"
#include "connection/OwnReadTransaction.h"
#include "connection/PgBouncerConsole.h"
#include "connection/PgSession.h"
#include "connection/RedisClient.h"

#include <QElapsedTimer>

#include <algorithm>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

const char *const FactsSql = R"SQL(
SELECT /* sonde health */ current_database(), current_user, pg_is_in_recovery(),
       (SELECT quote_ident(n.nspname) FROM pg_extension e
        JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_stat_statements'),
       (SELECT quote_ident(n.nspname) FROM pg_extension e
        JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pgstattuple')
)SQL";

// A family reads in one transaction; a staged one reads as it needs (ctx.read), computing
// in between outside the session's call.
using PostgresFamily = void (*)(pqxx::transaction_base &, PostgresCheckContext &);
using StagedFamily = DbError (*)(PostgresCheckContext &);

struct NamedFamily
{
    const char *name;
    PostgresFamily run;
    StagedFamily staged = nullptr;
};

// Sessions before configuration (the idle-in-transaction timeout advice counts them),
// vacuum before configuration (the autovacuum capacity check counts tables behind).
const NamedFamily PostgresFamilies[] = {
    {"vacuum", &VacuumChecks::run},
    {"bloat", &BloatChecks::run},
    {"wraparound", &WraparoundChecks::run},
    {"sequences", &SequenceChecks::run},
    {"sessions", &SessionChecks::run},
    {"replication", &ReplicationChecks::run},
    {"indexes", nullptr, &IndexChecks::run},
    {"memory", &MemoryChecks::run},
    {"configuration", &ConfigurationChecks::run},
};

void timed(HealthReport *report, const QString &family, const std::function<void()> &work)
{
    QElapsedTimer clock;
    clock.start();
    work();
    report->timings << HealthFamilyTiming{family, double(clock.nsecsElapsed()) / 1e6};
}

void collect(HealthCheckContext &ctx, HealthReport *report)
{
    report->findings += ctx.findings;
    report->notes += ctx.notes;
}

DbError canceledError()
{
    return DbError::make(DbError::Kind::Canceled, HealthService::tr("Canceled."));
}

} // namespace

HealthReport HealthService::begin(const HealthRequest &request)
{
    HealthReport report;
    report.targetId = request.target.id;
    report.target =
        request.target.name.isEmpty() ? request.target.displayUri() : request.target.name;
    report.kind = request.target.kind;
    report.at = QDateTime::currentDateTimeUtc();
    report.machine = request.machine;
    return report;
}

void HealthService::finish(const std::atomic<bool> *cancel, HealthReport *report)
{
    if (cancel && cancel->load() && !report->error)
        report->error = canceledError();
    sortWorstFirst(&report->findings);
}

HealthReport HealthService::run(const HealthRequest &request, const std::atomic<bool> *cancel,
                                const Progress &progress)
{
    const QString applicationName = u"sonde health"_s;
    switch (request.target.kind) {
    case TargetKind::PostgreSQL: {
        PgSession session;
        PgSessionOptions options;
        options.applicationName = applicationName;
        options.statementTimeoutMs = request.queryTimeoutMs;
        if (progress)
            progress(tr("Connecting…"), 0);
        if (const DbError err = session.open(request.target.uri, options)) {
            HealthReport report = begin(request);
            report.error = err;
            return report;
        }
        CancelWatch watch(cancel, [&session]() { session.cancel(); });
        return check(session, request, cancel, progress);
    }
    case TargetKind::Redis: {
        RedisEndpoint endpoint;
        QString why;
        DbError err;
        RedisClient client;
        if (!RedisEndpoint::parse(request.target.uri, &endpoint, &why))
            err = DbError::make(DbError::Kind::Configuration, why);
        else
            err = client.open(endpoint, 5000, request.queryTimeoutMs, "sonde-health");
        if (err) {
            HealthReport report = begin(request);
            report.error = err;
            return report;
        }
        CancelWatch watch(cancel, [&client]() { client.abort(); });
        return check(client, request, cancel);
    }
    case TargetKind::PgBouncer: {
        PgBouncerConsole console;
        if (const DbError err = console.open(request.target.uri)) {
            HealthReport report = begin(request);
            report.error = err;
            return report;
        }
        CancelWatch watch(cancel, [&console]() { console.cancel(); });
        return check(console, request, cancel);
    }
    case TargetKind::Prometheus: {
        HealthReport report = begin(request);
        report.error = DbError::make(
            DbError::Kind::Configuration,
            tr("Health checks read the servers themselves: add the PostgreSQL, PgBouncer or "
               "Redis server, not its Prometheus."));
        return report;
    }
    }
    return begin(request);
}

HealthReport HealthService::check(PgSession &session, const HealthRequest &request,
                                  const std::atomic<bool> *cancel, const Progress &progress)
{
    HealthReport out = begin(request);
    HealthReport *report = &out;
    // The client-side deadline allows that timeout, also on a session opened with a shorter
    // one (the target's monitoring connection, when the checks are a feed of the pipeline).
    const int callDeadline = session.callDeadlineMs();
    const PgSession::DeadlineScope scope(
        session, callDeadline == 0 ? 0
                                   : std::max(callDeadline, request.queryTimeoutMs +
                                                                PgSessionOptions::DeadlineGraceMs));
    PostgresCheckContext ctx;
    ctx.request = &request;
    ctx.target = report->target;
    ctx.cancel = cancel;
    ctx.serverVersion = session.serverVersion();
    ctx.session = &session;
    ctx.statementTimeoutMs = request.queryTimeoutMs;
    report->error = ctx.read([&](pqxx::transaction_base &tx) {
        ctx.settings.read(tx);
        const pqxx::row r = tx.exec1(FactsSql);
        ctx.database = QString::fromUtf8(r[0].c_str());
        ctx.role = QString::fromUtf8(r[1].c_str());
        ctx.inRecovery = r[2].as<bool>();
        ctx.statStatementsSchema = r[3].is_null() ? QString() : QString::fromUtf8(r[3].c_str());
        ctx.pgstattupleSchema = r[4].is_null() ? QString() : QString::fromUtf8(r[4].c_str());
    });
    if (report->error)
        return out;
    const int total = int(std::size(PostgresFamilies));
    for (int i = 0; i < total; ++i) {
        const NamedFamily &family = PostgresFamilies[i];
        if (cancel && cancel->load())
            break;
        if (progress)
            progress(tr("Checking %1…").arg(QLatin1String(family.name)), 100 * i / total);
        DbError err;
        timed(report, QLatin1String(family.name), [&]() {
            err = family.staged
                      ? family.staged(ctx)
                      : ctx.read([&](pqxx::transaction_base &tx) { family.run(tx, ctx); });
        });
        if (!err)
            continue;
        report->errors << HealthCheckError{QLatin1String(family.name), err};
        if (err.isConnectionProblem() || err.kind == DbError::Kind::Canceled) {
            report->error = err;
            break;
        }
    }
    collect(ctx, report);
    finish(cancel, report);
    return out;
}

HealthReport HealthService::check(RedisClient &client, const HealthRequest &request,
                                  const std::atomic<bool> *cancel)
{
    HealthReport out = begin(request);
    HealthReport *report = &out;
    RedisCheckContext ctx;
    ctx.request = &request;
    ctx.target = report->target;
    ctx.cancel = cancel;
    ctx.client = &client;
    RedisReply reply;
    if ((report->error = client.command({"INFO"}, &reply)))
        return out;
    ctx.info = parseRedisInfo(reply.text);
    for (const char *key :
         {"save", "maxclients", "activedefrag", "slowlog-log-slower-than", "appendonly"}) {
        RedisReply value;
        if (const DbError err = client.command({"CONFIG", "GET", key}, &value)) {
            if (err.isConnectionProblem()) {
                report->error = err;
                return out;
            }
            ctx.notes << tr("CONFIG GET %1 was refused (%2): the checks that need it are "
                            "partial.")
                             .arg(QLatin1String(key), err.message);
            break;
        }
        if (value.elements.size() == 2)
            ctx.config.insert(value.elements.at(0).toString(), value.elements.at(1).toString());
    }
    const double ram = ctx.infoNumber(u"total_system_memory"_s);
    if (ram > 0 && !request.machine.knowsRam()) {
        report->machine.ramBytes = qint64(ram);
        report->machine.ramSource = tr("Redis INFO total_system_memory");
    }
    timed(report, u"server"_s, [&]() { RedisServerChecks::run(ctx); });
    if (!(cancel && cancel->load()))
        timed(report, u"keys"_s, [&]() { RedisKeyChecks::run(ctx); });
    collect(ctx, report);
    finish(cancel, report);
    return out;
}

HealthReport HealthService::check(PgBouncerConsole &console, const HealthRequest &request,
                                  const std::atomic<bool> *cancel)
{
    HealthReport out = begin(request);
    HealthReport *report = &out;
    HealthCheckContext ctx;
    ctx.request = &request;
    ctx.target = report->target;
    ctx.cancel = cancel;
    const int timeout = request.queryTimeoutMs;
    // PostgreSQL first: a database of a wildcard entry ("* = host=…") appears in SHOW
    // DATABASES once a client used it.
    PgBouncerChecks::Server server;
    if (!request.target.pooledUri.isEmpty()) {
        PgSession pooled;
        PgSessionOptions options;
        options.applicationName = u"sonde health"_s;
        options.throughPooler = true;
        DbError err = pooled.open(request.target.pooledUri, options);
        if (!err) {
            CancelWatch pooledWatch(cancel, [&pooled]() { pooled.cancel(); });
            err = pooled.run([&](pqxx::connection &conn) {
                OwnReadTransaction tx(conn);
                tx.exec("/* sonde health */ SET LOCAL statement_timeout = " +
                        std::to_string(timeout));
                const pqxx::row r =
                    tx.exec1("SELECT /* sonde health */ current_setting('max_connections')::int, "
                             "current_setting('superuser_reserved_connections')::int");
                server.maxConnections = r[0].as<int>();
                server.reserved = r[1].as<int>();
            });
        }
        if (err)
            report->errors << HealthCheckError{u"server behind the pooler"_s, err};
    }
    PgBouncerChecks::Console c;
    TextTable version;
    if ((report->error = console.query(u"SHOW VERSION"_s, &version, timeout)))
        return out;
    c.version = version.rowCount() > 0 ? version.rows.at(0).value(0) : QString();
    for (auto [command, table] :
         {std::pair{u"SHOW CONFIG"_s, &c.config}, std::pair{u"SHOW DATABASES"_s, &c.databases},
          std::pair{u"SHOW POOLS"_s, &c.pools}}) {
        if ((report->error = console.query(command, table, timeout)))
            return out;
    }
    timed(report, u"pgbouncer"_s, [&]() { PgBouncerChecks::run(c, server, ctx); });
    collect(ctx, report);
    finish(cancel, report);
    return out;
}

} // namespace sonde
