#include "ConnectionTester.h"

#include "OwnReadTransaction.h"
#include "PgBouncerConsole.h"
#include "PgConnInfo.h"
#include "PgSession.h"
#include "PrometheusClient.h"
#include "ProtocolProbe.h"
#include "RedisClient.h"
#include "common/CancelWatch.h"
#include "common/Redaction.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>

#include <algorithm>

#include <pqxx/nontransaction>
#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

using Outcome = ConnectionCheck::Outcome;

void add(ConnectionTestResult *r, Outcome o, const QString &what, const QString &message)
{
    r->checks.append(ConnectionCheck{o, what, message});
}

// A PostgreSQL-protocol connect that failed oddly: find out what really listens there.
DbError explainPort(DbError err, const QString &conninfo, const QString &expected)
{
    using K = DbError::Kind;
    if (err.kind != K::Timeout && err.kind != K::ConnectionLost && err.kind != K::WrongProtocol)
        return err;
    PgConnInfo info;
    if (!PgConnInfo::parse(conninfo, &info, nullptr))
        return err;
    const QString host = info.value("host").isEmpty() ? u"localhost"_s : info.value("host");
    if (host.startsWith(u'/'))
        return err;
    const int port = info.value("port").isEmpty() ? 5432 : info.value("port").toInt();
    const ServerProtocol p = probeServerProtocol(host, port);
    if (p == ServerProtocol::Redis || p == ServerProtocol::Http) {
        err.kind = K::WrongProtocol;
        err.message = QCoreApplication::translate("ConnectionTester",
                                                  "%1:%2 speaks %3, not %4: is this the right "
                                                  "port?")
                          .arg(host)
                          .arg(port)
                          .arg(protocolName(p), expected);
    }
    return err;
}

} // namespace

int ConnectionTestResult::warnings() const
{
    int n = 0;
    for (const ConnectionCheck &c : checks)
        n += c.outcome == Outcome::Warning ? 1 : 0;
    return n;
}

const ConnectionCheck *ConnectionTestResult::check(const QString &what) const
{
    const auto it = std::find_if(checks.cbegin(), checks.cend(),
                                 [&](const ConnectionCheck &c) { return c.what == what; });
    return it == checks.cend() ? nullptr : &*it;
}

QString ConnectionTestResult::toText() const
{
    QStringList lines;
    for (const ConnectionCheck &c : checks) {
        const QString mark = c.outcome == Outcome::Passed    ? u"OK"_s
                             : c.outcome == Outcome::Warning ? u"WARNING"_s
                                                             : u"FAILED"_s;
        lines << u"[%1] %2: %3"_s.arg(mark, c.what, c.message);
    }
    return lines.join(u'\n');
}

ConnectionTestResult ConnectionTester::test(const Target &target, const std::atomic<bool> *cancel)
{
    ConnectionTestResult r;
    QElapsedTimer timer;
    timer.start();
    switch (target.kind) {
    case TargetKind::PostgreSQL:
        testPostgres(target, cancel, &r);
        break;
    case TargetKind::PgBouncer:
        testPgBouncer(target, &r);
        break;
    case TargetKind::Redis:
        testRedis(target, &r);
        break;
    case TargetKind::Prometheus:
        testPrometheus(target, cancel, &r);
        break;
    }
    r.elapsedMs = timer.elapsed();
    return r;
}

void ConnectionTester::testPostgres(const Target &target, const std::atomic<bool> *cancel,
                                    ConnectionTestResult *r)
{
    PgSession session;
    PgSessionOptions options;
    options.applicationName = u"sonde-test"_s;
    options.statementTimeoutMs = 5000;
    if (DbError err = session.open(target.uri, options)) {
        r->error = err;
        add(r, Outcome::Failed, tr("Connect"), err.message);
        return;
    }
    add(r, Outcome::Passed, tr("Connect"), tr("Connected to %1.").arg(session.target()));
    std::optional<CancelWatch> watch;
    if (cancel)
        watch.emplace(cancel, [&session]() { session.cancel(); });
    QString version;
    QString role;
    QString database;
    bool superuser = false;
    bool readAllStats = false;
    QString extVersion;
    bool preloaded = false;
    bool preloadKnown = false;
    bool loaded = false;
    QString loadError;
    int maxConnections = 0;
    const DbError err = session.run([&](pqxx::connection &c) {
        OwnReadTransaction tx(c);
        const pqxx::row row = tx.exec1(
            "/* sonde */ SELECT current_setting('server_version'), current_user, "
            "current_database(), (SELECT rolsuper FROM pg_roles WHERE rolname = current_user), "
            "pg_has_role(current_user, 'pg_read_all_stats', 'USAGE'), "
            "(SELECT extversion FROM pg_extension WHERE extname = 'pg_stat_statements'), "
            // pg_settings hides this setting from roles without pg_read_all_settings: NULL.
            "(SELECT setting ~ '(^|[ ,])pg_stat_statements($|[ ,])' FROM pg_settings "
            "  WHERE name = 'shared_preload_libraries'), "
            "current_setting('max_connections')::int, "
            "(SELECT quote_ident(n.nspname) FROM pg_extension e "
            "  JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = "
            "'pg_stat_statements')");
        version = QString::fromUtf8(row[0].c_str());
        role = QString::fromUtf8(row[1].c_str());
        database = QString::fromUtf8(row[2].c_str());
        superuser = row[3].as<bool>(false);
        readAllStats = row[4].as<bool>(false);
        extVersion = row[5].is_null() ? QString() : QString::fromUtf8(row[5].c_str());
        preloadKnown = !row[6].is_null();
        preloaded = row[6].as<bool>(false);
        maxConnections = row[7].as<int>(0);
        if (!row[8].is_null()) {
            // Installed: reading it proves it is loaded (shared_preload_libraries).
            try {
                pqxx::subtransaction probe(tx);
                probe.exec(std::string("/* sonde */ SELECT 1 FROM ") + row[8].c_str() +
                           ".pg_stat_statements LIMIT 1");
                loaded = true;
            } catch (const pqxx::sql_error &e) {
                loadError = QString::fromUtf8(e.what()).section(u'\n', 0, 0);
            }
        }
    });
    if (err) {
        r->error = err;
        add(r, Outcome::Failed, tr("Server"), err.message);
        return;
    }
    r->serverVersion = u"PostgreSQL "_s + version;
    add(r, Outcome::Passed, tr("Server"),
        tr("PostgreSQL %1, database \"%2\" as \"%3\", max_connections %4.")
            .arg(version, database, role)
            .arg(maxConnections));
    if (extVersion.isEmpty()) {
        const QString install =
            tr("run CREATE EXTENSION pg_stat_statements; in \"%1\" (latency and slow queries "
               "need it)")
                .arg(database);
        add(r, Outcome::Warning, u"pg_stat_statements"_s,
            !preloadKnown ? tr("pg_stat_statements is not installed: make sure it is in "
                               "shared_preload_libraries, then %1.")
                                .arg(install)
            : preloaded ? tr("pg_stat_statements is loaded but not installed: %1.").arg(install)
                        : tr("pg_stat_statements is not installed: add it to "
                             "shared_preload_libraries, restart, then %1.")
                              .arg(install));
    } else if (!loaded) {
        add(r, Outcome::Warning, u"pg_stat_statements"_s,
            tr("pg_stat_statements %1 is installed but cannot be read (%2): it must be in "
               "shared_preload_libraries, and the server restarted.")
                .arg(extVersion, loadError));
    } else {
        add(r, Outcome::Passed, u"pg_stat_statements"_s,
            tr("pg_stat_statements %1 is installed and loaded.").arg(extVersion));
    }
    if (superuser || readAllStats) {
        add(r, Outcome::Passed, u"pg_read_all_stats"_s,
            superuser ? tr("\"%1\" is a superuser: it sees every statement and session.").arg(role)
                      : tr("\"%1\" may read every role's statistics.").arg(role));
    } else {
        add(r, Outcome::Warning, u"pg_read_all_stats"_s,
            tr("Role \"%1\" lacks pg_read_all_stats: the statements and sessions of other roles "
               "are hidden. GRANT pg_monitor TO %1;")
                .arg(role));
    }
    if (target.readOnly)
        add(r, Outcome::Passed, tr("Read-only"),
            tr("This profile is read-only: Sonde will not change anything on this server."));
}

void ConnectionTester::testPgBouncer(const Target &target, ConnectionTestResult *r)
{
    PgBouncerConsole console;
    if (DbError err = console.open(target.uri, 5)) {
        err = explainPort(err, target.uri, u"PgBouncer"_s);
        if (err.message.contains(u"does not exist"_s) || err.detail.contains(u"does not exist"_s))
            err.message = tr("%1 has no database \"pgbouncer\": this looks like PostgreSQL "
                             "itself, not PgBouncer's admin console. Use PgBouncer's port.")
                              .arg(console.target());
        r->error = err;
        add(r, Outcome::Failed, tr("Connect"), err.message);
        return;
    }
    add(r, Outcome::Passed, tr("Connect"), tr("Connected to %1.").arg(console.target()));
    TextTable t;
    if (DbError err = console.query(u"SHOW VERSION"_s, &t, 5000)) {
        err.message = tr("Connected, but SHOW VERSION failed: this is not PgBouncer's admin "
                         "console, or the user is in neither admin_users nor stats_users (%1).")
                          .arg(err.message);
        r->error = err;
        add(r, Outcome::Failed, tr("Admin console"), err.message);
        return;
    }
    r->serverVersion = t.rowCount() ? t.rows.at(0).value(0) : QString();
    add(r, Outcome::Passed, tr("Admin console"), r->serverVersion);
    for (const QString &cmd : {u"SHOW POOLS"_s, u"SHOW STATS"_s, u"SHOW CONFIG"_s}) {
        if (DbError err = console.query(cmd, &t, 5000)) {
            add(r, Outcome::Warning, cmd, err.message);
            if (!console.isOpen() && console.open(target.uri, 5))
                return;
        }
    }
    add(r, Outcome::Passed, tr("Statistics"), tr("SHOW POOLS, STATS and CONFIG answer."));
}

void ConnectionTester::testPrometheus(const Target &target, const std::atomic<bool> *cancel,
                                      ConnectionTestResult *r)
{
    PrometheusEndpoint ep;
    QString why;
    if (!PrometheusEndpoint::parse(target.uri, &ep, &why)) {
        why = Redaction::maskPasswords(why);
        r->error = DbError::make(DbError::Kind::Configuration, why);
        add(r, Outcome::Failed, tr("Connect"), why);
        return;
    }
    PrometheusClient client(ep);
    CancelWatch watch(cancel, [&client]() { client.abort(); });
    PromError error;
    QString version;
    if (!client.buildInfo(&version, &error)) {
        r->error = DbError::make(error.kind == PromError::Kind::Unauthorized
                                     ? DbError::Kind::AuthenticationFailed
                                     : DbError::Kind::ConnectionRefused,
                                 error.message, error.detail);
        add(r, Outcome::Failed, tr("Connect"), error.message);
        return;
    }
    r->serverVersion = u"Prometheus "_s + version;
    add(r, Outcome::Passed, tr("Connect"),
        tr("Prometheus %1 at %2.").arg(version, ep.displayUrl()));
    // What it scrapes that Sonde reads: the exporters' own metrics.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<PromLabels> series;
    if (!client.series({u"pg_up"_s, u"redis_up"_s, u"pgbouncer_up"_s, u"pgbouncer_used_clients"_s},
                       now - 3600000, now, &series, &error)) {
        add(r, Outcome::Failed, tr("Exporters"), error.message);
        return;
    }
    QSet<QString> pg, redis, bouncer;
    for (const PromLabels &l : std::as_const(series)) {
        const QString name = l.value(u"__name__"_s);
        const QString key = l.value(u"job"_s) + u'/' + l.value(u"instance"_s);
        (name == u"pg_up"_s ? pg : name == u"redis_up"_s ? redis : bouncer).insert(key);
    }
    if (pg.isEmpty() && redis.isEmpty() && bouncer.isEmpty()) {
        add(r, Outcome::Warning, tr("Exporters"),
            tr("It scrapes no postgres_exporter, redis_exporter or pgbouncer_exporter: the fleet "
               "will be empty."));
        return;
    }
    add(r, Outcome::Passed, tr("Exporters"),
        tr("It scrapes %1 PostgreSQL, %2 PgBouncer and %3 Redis instances.")
            .arg(pg.size())
            .arg(bouncer.size())
            .arg(redis.size()));
}

void ConnectionTester::testRedis(const Target &target, ConnectionTestResult *r)
{
    RedisEndpoint ep;
    QString why;
    if (!RedisEndpoint::parse(target.uri, &ep, &why)) {
        r->error = DbError::make(DbError::Kind::Configuration, why);
        add(r, Outcome::Failed, tr("Connect"), why);
        return;
    }
    RedisClient client;
    if (DbError err = client.open(ep, 5000, 5000, "sonde-test")) {
        r->error = err;
        add(r, Outcome::Failed, tr("Connect"), err.message);
        return;
    }
    add(r, Outcome::Passed, tr("Connect"),
        ep.user.isEmpty() ? tr("Connected to %1.").arg(ep.target())
                          : tr("Connected to %1 as ACL user \"%2\".").arg(ep.target(), ep.user));
    if (ep.tls)
        add(r, ep.tlsOptions.verifyPeer ? Outcome::Passed : Outcome::Warning, u"TLS"_s,
            ep.tlsOptions.verifyPeer
                ? client.securityDescription()
                : tr("%1. The server's certificate was not verified (\"skip verification\" is "
                     "on): use this only with a throw-away test server.")
                      .arg(client.securityDescription()));
    RedisReply reply;
    if (DbError err = client.command({"INFO", "server"}, &reply)) {
        r->error = err;
        add(r, Outcome::Failed, u"INFO"_s,
            tr("INFO is refused (%1): monitoring needs +info in the user's ACL.").arg(err.message));
        return;
    }
    const auto info = parseRedisInfo(reply.text);
    const QString version = info.value(u"redis_version"_s);
    r->serverVersion = u"Redis "_s + version;
    add(r, Outcome::Passed, tr("Server"),
        tr("Redis %1 (%2 mode).").arg(version, info.value(u"redis_mode"_s)));
    if (version.section(u'.', 0, 0).toInt() < 7)
        add(r, Outcome::Warning, u"latencystats"_s,
            tr("Redis %1 has no INFO latencystats: per-command p50/p99 need Redis 7.")
                .arg(version));
    const QList<QPair<QList<QByteArray>, QString>> rights = {
        {{"LATENCY", "LATEST"}, u"LATENCY"_s},
        {{"SLOWLOG", "LEN"}, u"SLOWLOG"_s},
        {{"CONFIG", "GET", "maxclients"}, u"CONFIG GET"_s},
    };
    for (const auto &right : rights) {
        if (DbError err = client.command(right.first, &reply)) {
            if (err.isConnectionProblem()) {
                r->error = err;
                add(r, Outcome::Failed, right.second, err.message);
                return;
            }
            add(r, Outcome::Warning, right.second,
                tr("%1 is refused (%2): the features that need it stay empty.")
                    .arg(right.second, err.message));
        }
    }
}

} // namespace sonde
