#include "WraparoundChecks.h"

#include "sql/SqlText.h"
#include "sql/StatementAnalysis.h"

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

const char *const DatabasesSql = R"SQL(
SELECT /* sonde health */ datname, age(datfrozenxid), mxid_age(datminmxid)
FROM pg_database
WHERE age(datfrozenxid) > $1 OR mxid_age(datminmxid) > $2
ORDER BY age(datfrozenxid) DESC
)SQL";

// A per-table autovacuum_freeze_max_age can only lower the server's.
const char *const TablesSql = R"SQL(
SELECT /* sonde health */ n.nspname, c.relname, age(c.relfrozenxid), mxid_age(c.relminmxid),
       least(coalesce(o.freeze, $1), $1), least(coalesce(o.mfreeze, $2), $2)
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN LATERAL (
    SELECT max(option_value::bigint) FILTER (WHERE option_name = 'autovacuum_freeze_max_age')
               AS freeze,
           max(option_value::bigint)
               FILTER (WHERE option_name = 'autovacuum_multixact_freeze_max_age') AS mfreeze
    FROM pg_options_to_table(c.reloptions)) o ON true
WHERE c.relkind IN ('r', 'm')
  AND (age(c.relfrozenxid) > least(coalesce(o.freeze, $1), $1)
       OR mxid_age(c.relminmxid) > least(coalesce(o.mfreeze, $2), $2))
ORDER BY age(c.relfrozenxid) DESC
LIMIT 200
)SQL";

// What keeps the oldest transaction ID alive: a session's snapshot or open transaction, a
// replication slot or a prepared transaction. VACUUM cannot freeze rows newer than it.
const char *const OldestXminSql = R"SQL(
SELECT /* sonde health */ what, age FROM (
    SELECT 'pid ' || pid || ' (' || coalesce(state, '') || ', ' ||
           coalesce(application_name, '') || ')' AS what,
           greatest(coalesce(age(backend_xmin), 0), coalesce(age(backend_xid), 0)) AS age
    FROM pg_stat_activity
    WHERE (backend_xmin IS NOT NULL OR backend_xid IS NOT NULL) AND pid <> pg_backend_pid()
    UNION ALL
    SELECT 'replication slot ' || slot_name, age(xmin) FROM pg_replication_slots
    WHERE xmin IS NOT NULL
    UNION ALL
    SELECT 'prepared transaction ' || gid, age(transaction) FROM pg_prepared_xacts
) x ORDER BY age DESC LIMIT 1
)SQL";

} // namespace

HealthSeverity WraparoundChecks::severity(double age, double freezeMaxAge, double criticalAge)
{
    if (age > criticalAge)
        return HealthSeverity::Critical;
    return age > freezeMaxAge ? HealthSeverity::Warning : HealthSeverity::Info;
}

void WraparoundChecks::run(pqxx::transaction_base &tx, PostgresCheckContext &ctx)
{
    const double critical = ctx.thresholds().wraparoundCriticalAge;
    const qint64 freeze = qint64(ctx.settings.number(u"autovacuum_freeze_max_age"_s, 200000000));
    const qint64 mfreeze =
        qint64(ctx.settings.number(u"autovacuum_multixact_freeze_max_age"_s, 400000000));
    QString holder;
    qint64 holderAge = 0;
    {
        const pqxx::result r = tx.exec(OldestXminSql);
        if (!r.empty()) {
            holder = QString::fromUtf8(r[0][0].c_str());
            holderAge = r[0][1].as<qint64>();
        }
    }
    auto fill = [&](HealthFinding &f, qint64 xidAge, qint64 mxidAge, qint64 limit, qint64 mlimit) {
        f.add(u"xid_age"_s, xidAge)
            .add(u"autovacuum_freeze_max_age"_s, limit)
            .add(u"mxid_age"_s, mxidAge)
            .add(u"autovacuum_multixact_freeze_max_age"_s, mlimit);
        if (!holder.isEmpty()) {
            f.add(u"oldest_xmin_holder"_s, holder).add(u"oldest_xmin_age"_s, holderAge);
        }
    };
    const QString held =
        holder.isEmpty()
            ? QString()
            : tr(" Freezing cannot pass the oldest snapshot, held by %1 (age %L2): end it "
                 "first.")
                  .arg(holder)
                  .arg(holderAge);
    for (const pqxx::row &r : tx.exec_params(DatabasesSql, freeze, mfreeze)) {
        const QString db = QString::fromUtf8(r[0].c_str());
        const qint64 xidAge = r[1].as<qint64>();
        const qint64 mxidAge = r[2].as<qint64>();
        const bool byXid = double(xidAge) / double(freeze) >= double(mxidAge) / double(mfreeze);
        const HealthSeverity s = std::max(severity(double(xidAge), double(freeze), critical),
                                          severity(double(mxidAge), double(mfreeze), critical));
        HealthFinding &f = ctx.add(
            byXid ? u"xid_wraparound"_s : u"mxid_wraparound"_s, s, quoteIdentifier(db),
            byXid ? tr("Database %1 is %L2 transactions old (autovacuum_freeze_max_age %L3).")
                            .arg(db)
                            .arg(xidAge)
                            .arg(freeze) +
                        held
                  : tr("Database %1 is %L2 multixacts old "
                       "(autovacuum_multixact_freeze_max_age %L3).")
                            .arg(db)
                            .arg(mxidAge)
                            .arg(mfreeze) +
                        held,
            tr("Past about 2.1 billion, PostgreSQL stops accepting transactions to protect the "
               "data until a VACUUM in single-user mode: an outage."));
        fill(f, xidAge, mxidAge, freeze, mfreeze);
        f.fix = HealthFix::adviceOnly(
            tr("Freeze the oldest tables of %1 first (vacuumdb --freeze --min-xid-age, or "
               "VACUUM (FREEZE) table by table), after ending what holds the oldest snapshot.")
                .arg(db));
    }
    for (const pqxx::row &r : tx.exec_params(TablesSql, freeze, mfreeze)) {
        const TableRef table{QString::fromUtf8(r[0].c_str()), QString::fromUtf8(r[1].c_str())};
        const qint64 xidAge = r[2].as<qint64>();
        const qint64 mxidAge = r[3].as<qint64>();
        const qint64 limit = r[4].as<qint64>();
        const qint64 mlimit = r[5].as<qint64>();
        const bool byXid = double(xidAge) / double(limit) >= double(mxidAge) / double(mlimit);
        const HealthSeverity s = std::max(severity(double(xidAge), double(limit), critical),
                                          severity(double(mxidAge), double(mlimit), critical));
        HealthFinding &f = ctx.add(
            byXid ? u"xid_wraparound"_s : u"mxid_wraparound"_s, s, table.quoted(),
            (byXid ? tr("Table %1 is %L2 transactions old (its freeze limit is %L3).")
                         .arg(table.quoted())
                         .arg(xidAge)
                         .arg(limit)
                   : tr("Table %1 is %L2 multixacts old (its freeze limit is %L3).")
                         .arg(table.quoted())
                         .arg(mxidAge)
                         .arg(mlimit)) +
                held,
            tr("Autovacuum should already be freezing it; every transaction brings the table "
               "closer to the point where PostgreSQL stops accepting writes."));
        fill(f, xidAge, mxidAge, limit, mlimit);
        f.fix = HealthFix::statement(
            u"VACUUM (FREEZE, ANALYZE) "_s + table.quoted(),
            tr("Freeze the table now (after ending what holds the oldest snapshot, if "
               "anything)."),
            tr("VACUUM FREEZE blocks no reads or writes; it reads and may write the whole "
               "table."));
    }
}

} // namespace sonde
