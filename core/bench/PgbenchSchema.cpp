#include "PgbenchSchema.h"

#include "common/CancelWatch.h"
#include "connection/PgSession.h"

#include <pqxx/nontransaction>
#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

namespace sonde {

QStringList PgbenchSchema::statements(int scale)
{
    const QString s = QString::number(scale);
    return {
        u"DROP TABLE IF EXISTS pgbench_accounts, pgbench_branches, pgbench_history, "
        "pgbench_tellers"_s,
        u"CREATE TABLE pgbench_history (tid int, bid int, aid int, delta int, mtime timestamp, "
        "filler char(22))"_s,
        u"CREATE TABLE pgbench_tellers (tid int NOT NULL, bid int, tbalance int, filler "
        "char(84)) WITH (fillfactor = 100)"_s,
        u"CREATE TABLE pgbench_accounts (aid int NOT NULL, bid int, abalance int, filler "
        "char(84)) WITH (fillfactor = 100)"_s,
        u"CREATE TABLE pgbench_branches (bid int NOT NULL, bbalance int, filler char(88)) "
        "WITH (fillfactor = 100)"_s,
        u"INSERT INTO pgbench_branches (bid, bbalance) SELECT bid, 0 FROM generate_series(1, "_s +
            s + u") AS bid"_s,
        u"INSERT INTO pgbench_tellers (tid, bid, tbalance) SELECT tid, (tid - 1) / 10 + 1, 0 "
        "FROM generate_series(1, 10 * "_s +
            s + u") AS tid"_s,
        u"INSERT INTO pgbench_accounts (aid, bid, abalance, filler) SELECT aid, (aid - 1) / "
        "100000 + 1, 0, '' FROM generate_series(1, 100000 * "_s +
            s + u") AS aid"_s,
        u"VACUUM ANALYZE pgbench_branches, pgbench_tellers, pgbench_accounts, pgbench_history"_s,
        u"ALTER TABLE pgbench_branches ADD PRIMARY KEY (bid)"_s,
        u"ALTER TABLE pgbench_tellers ADD PRIMARY KEY (tid)"_s,
        u"ALTER TABLE pgbench_accounts ADD PRIMARY KEY (aid)"_s,
    };
}

DbError PgbenchSchema::initialize(const QString &uri, bool throughPooler, int scale,
                                  const Progress &progress, const std::atomic<bool> *cancel)
{
    PgSession session;
    PgSessionOptions options;
    options.applicationName = QStringLiteral("sonde-bench");
    options.throughPooler = throughPooler;
    if (DbError err = session.open(uri, options))
        return err;
    return initialize(session, scale, progress, cancel);
}

DbError PgbenchSchema::initialize(PgSession &session, int scale, const Progress &progress,
                                  const std::atomic<bool> *cancel)
{
    if (scale < 1 || scale > 100000)
        return DbError::make(DbError::Kind::Configuration,
                             tr("The scale must be between 1 and 100000."));
    const QStringList steps = statements(scale);
    CancelWatch watch(cancel, [&session]() { session.cancel(); });
    // No statement_timeout (below), so no client-side deadline either: the cancel flag
    // bounds the load.
    const PgSession::DeadlineScope noDeadline(session, 0);
    for (int i = 0; i < steps.size(); ++i) {
        if (cancel && cancel->load())
            return DbError::make(DbError::Kind::Canceled,
                                 tr("Initialisation canceled: run it again before benchmarking."));
        if (progress)
            progress(tr("Initialising the pgbench tables: %1").arg(steps.at(i).section(u' ', 0, 2)),
                     100 * i / int(steps.size()));
        DbError err = session.run([&](pqxx::connection &c) {
            pqxx::nontransaction tx(c);
            // Generating millions of rows takes longer than a monitoring timeout. Through
            // PgBouncer the setting would stay on a server connection other clients get (and
            // VACUUM cannot run in the transaction SET LOCAL needs): the server's own applies.
            if (!session.throughPooler())
                tx.exec("/* sonde */ SET statement_timeout = 0");
            tx.exec(steps.at(i).toStdString());
        });
        if (err) {
            if (watch.fired())
                err.kind = DbError::Kind::Canceled;
            err.message = tr("Initialising the pgbench tables failed at \"%1\": %2")
                              .arg(steps.at(i).left(60), err.message);
            return err;
        }
    }
    if (progress)
        progress(tr("pgbench tables ready (scale %1)").arg(scale), 100);
    return {};
}

DbError PgbenchSchema::detectScale(PgSession &session, int *scale)
{
    *scale = 0;
    DbError err = session.run([&](pqxx::connection &c) {
        pqxx::nontransaction tx(c);
        const pqxx::result r =
            tx.exec("/* sonde */ SELECT to_regclass('pgbench_branches') IS NOT NULL, "
                    "to_regclass('pgbench_accounts') IS NOT NULL");
        if (!r[0][0].as<bool>() || !r[0][1].as<bool>())
            return;
        *scale =
            int(tx.exec("/* sonde */ SELECT count(*) FROM pgbench_branches")[0][0].as<long long>());
    });
    if (err)
        return err;
    if (*scale <= 0)
        return DbError::make(DbError::Kind::Configuration,
                             tr("The pgbench tables are missing or empty in this database: "
                                "initialise them first (Sonde's \"Initialise\" button, "
                                "`sonde-cli bench --init`, or `pgbench -i`)."));
    return {};
}

} // namespace sonde
