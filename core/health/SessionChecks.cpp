#include "SessionChecks.h"

#include "common/DisplayFormat.h"
#include "sql/SqlText.h"

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

const char *const SessionsSql = R"SQL(
SELECT /* sonde health */ pid, coalesce(usename, ''), coalesce(datname, ''),
       coalesce(application_name, ''), coalesce(client_addr::text, 'local'), state,
       extract(epoch FROM now() - xact_start), extract(epoch FROM now() - state_change),
       age(backend_xmin), left(query, 300), wait_event_type
FROM pg_stat_activity
WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()
  AND coalesce(application_name, '') NOT LIKE 'sonde%'
  AND xact_start IS NOT NULL
  AND (now() - xact_start > make_interval(secs => $1)
       OR (state LIKE 'idle in transaction%' AND now() - state_change > make_interval(secs => $2)))
ORDER BY xact_start
)SQL";

const char *const PreparedSql = R"SQL(
SELECT /* sonde health */ gid, owner, database, extract(epoch FROM now() - prepared),
       age(transaction)
FROM pg_prepared_xacts
WHERE now() - prepared > make_interval(secs => $1)
ORDER BY prepared
)SQL";

QString duration(double seconds)
{
    return DisplayFormat::duration(seconds * 1000.0);
}

} // namespace

HealthSeverity SessionChecks::severity(double seconds, double warning, double critical)
{
    if (seconds >= critical)
        return HealthSeverity::Critical;
    return seconds >= warning ? HealthSeverity::Warning : HealthSeverity::Info;
}

void SessionChecks::run(pqxx::transaction_base &tx, PostgresCheckContext &ctx)
{
    const HealthThresholds &th = ctx.thresholds();
    for (const pqxx::row &r :
         tx.exec_params(SessionsSql, th.longTransactionWarning, th.idleInTransactionWarning)) {
        const int pid = r[0].as<int>();
        const QString user = QString::fromUtf8(r[1].c_str());
        const QString db = QString::fromUtf8(r[2].c_str());
        const QString app = QString::fromUtf8(r[3].c_str());
        const QString client = QString::fromUtf8(r[4].c_str());
        const QString state = QString::fromUtf8(r[5].c_str());
        const double xactSeconds = r[6].as<double>();
        const double stateSeconds = r[7].as<double>();
        const QString query = QString::fromUtf8(r[9].c_str());
        const bool idle = state.startsWith(u"idle in transaction"_s);
        const QString object = tr("pid %1").arg(pid);
        const QString who =
            tr("%1@%2 from %3%4")
                .arg(user, db, client, app.isEmpty() ? QString() : tr(" (%1)").arg(app));
        HealthFinding *f = nullptr;
        if (idle && stateSeconds >= th.idleInTransactionWarning) {
            ++ctx.idleInTransactionSessions;
            f = &ctx.add(
                u"idle_in_transaction"_s,
                severity(stateSeconds, th.idleInTransactionWarning, th.idleInTransactionCritical),
                object,
                tr("Session %1 (%2) has been idle in a transaction for %3; its last "
                   "statement: %4")
                    .arg(pid)
                    .arg(who, duration(stateSeconds), query.simplified().left(120)),
                tr("An idle transaction holds its locks (writers queue behind them) "
                   "and its snapshot keeps VACUUM from removing dead rows anywhere in "
                   "the database."));
        } else if (xactSeconds >= th.longTransactionWarning) {
            f = &ctx.add(
                u"long_transaction"_s,
                severity(xactSeconds, th.longTransactionWarning, th.longTransactionCritical),
                object,
                tr("Session %1 (%2) has had a transaction open for %3 (%4): %5")
                    .arg(pid)
                    .arg(who, duration(xactSeconds), state, query.simplified().left(120)),
                tr("A long transaction keeps VACUUM from removing dead rows newer than "
                   "its snapshot and may hold locks others wait for."));
        } else {
            continue;
        }
        f->add(u"pid"_s, pid)
            .add(u"user"_s, user)
            .add(u"database"_s, db)
            .add(u"application_name"_s, app)
            .add(u"client"_s, client)
            .add(u"state"_s, state)
            .add(u"transaction_seconds"_s, qint64(xactSeconds))
            .add(u"state_seconds"_s, qint64(stateSeconds))
            .add(u"backend_xmin_age"_s, r[8].is_null() ? QVariant() : QVariant(r[8].as<qint64>()))
            .add(u"query"_s, query);
        f->fix = HealthFix::statement(
            u"SELECT pg_terminate_backend(%1)"_s.arg(pid),
            idle ? tr("End the session (its transaction rolls back), then find out why the "
                      "application leaves transactions open; idle_in_transaction_session_timeout "
                      "ends such sessions automatically.")
                 : tr("End the session if the transaction is not expected to run this long "
                      "(its work rolls back)."),
            tr("The transaction's uncommitted work is lost; the application sees its "
               "connection closed."));
    }
    for (const pqxx::row &r : tx.exec_params(PreparedSql, th.preparedWarning)) {
        const QString gid = QString::fromUtf8(r[0].c_str());
        const double seconds = r[3].as<double>();
        HealthFinding &f = ctx.add(
            u"prepared_transaction"_s, severity(seconds, th.preparedWarning, th.preparedCritical),
            tr("prepared transaction %1").arg(gid),
            tr("Prepared transaction %1 (owner %2, database %3) has waited %4 for its COMMIT "
               "PREPARED or ROLLBACK PREPARED.")
                .arg(gid, QString::fromUtf8(r[1].c_str()), QString::fromUtf8(r[2].c_str()),
                     duration(seconds)),
            tr("A prepared transaction survives restarts, keeps its locks and holds back "
               "VACUUM and transaction-ID freezing until someone ends it."));
        f.add(u"gid"_s, gid)
            .add(u"owner"_s, QString::fromUtf8(r[1].c_str()))
            .add(u"database"_s, QString::fromUtf8(r[2].c_str()))
            .add(u"prepared_seconds"_s, qint64(seconds))
            .add(u"xid_age"_s, r[4].as<qint64>());
        f.fix = HealthFix::statement(
            u"ROLLBACK PREPARED "_s + quoteLiteral(gid),
            tr("If the transaction manager that prepared it is gone, roll it back (or COMMIT "
               "PREPARED if its work must be kept). Run it in database %1.")
                .arg(QString::fromUtf8(r[2].c_str())),
            tr("The prepared work is lost for good."));
    }
}

} // namespace sonde
