#include "VacuumChecks.h"

#include "common/DisplayFormat.h"
#include "sql/StatementAnalysis.h"

#include <QLocale>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// Only tables with enough dead tuples come back: the filter runs on the server, one
// statistics lookup per user table (pg_stat_user_tables would add up the index scans of
// every table first; filtered before the schemas, the lookup would run for every toast
// table and system catalog too), the other figures for the tables that pass.
const char *const BehindSql = R"SQL(
WITH /* sonde health */ user_tables AS MATERIALIZED (
    SELECT c.oid, n.nspname, c.relname, c.reltuples, c.reloptions
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 't', 'm', 'p')
      AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_toast'
), behind AS MATERIALIZED (
    SELECT t.*, pg_stat_get_dead_tuples(t.oid) AS dead FROM user_tables t
    WHERE pg_stat_get_dead_tuples(t.oid) >= $1
)
SELECT b.nspname, b.relname, pg_stat_get_live_tuples(b.oid), b.dead, greatest(b.reltuples, 0),
       extract(epoch FROM now() - greatest(pg_stat_get_last_vacuum_time(b.oid),
                                           pg_stat_get_last_autovacuum_time(b.oid))),
       pg_stat_get_vacuum_count(b.oid) + pg_stat_get_autovacuum_count(b.oid),
       coalesce(o.enabled, 'on'), o.threshold, o.scale_factor,
       pg_stat_get_mod_since_analyze(b.oid)
FROM behind b
LEFT JOIN LATERAL (
    SELECT max(option_value) FILTER (WHERE option_name = 'autovacuum_enabled') AS enabled,
           max(option_value) FILTER (WHERE option_name = 'autovacuum_vacuum_threshold') AS threshold,
           max(option_value) FILTER (WHERE option_name = 'autovacuum_vacuum_scale_factor')
               AS scale_factor
    FROM pg_options_to_table(b.reloptions)) o ON true
ORDER BY b.dead DESC
)SQL";

QString ago(double seconds)
{
    if (seconds < 0)
        return VacuumChecks::tr("never");
    return VacuumChecks::tr("%1 ago").arg(DisplayFormat::duration(seconds * 1000.0));
}

} // namespace

double VacuumChecks::trigger(double threshold, double scaleFactor, double rows)
{
    return threshold + scaleFactor * std::max(0.0, rows);
}

void VacuumChecks::run(pqxx::transaction_base &tx, PostgresCheckContext &ctx)
{
    const HealthThresholds &th = ctx.thresholds();
    const bool autovacuumOn = ctx.settings.isOn(u"autovacuum"_s);
    const double globalThreshold = ctx.settings.number(u"autovacuum_vacuum_threshold"_s, 50);
    const double globalScale = ctx.settings.number(u"autovacuum_vacuum_scale_factor"_s, 0.2);
    for (const pqxx::row &r : tx.exec_params(BehindSql, qint64(th.deadTuplesMin))) {
        const TableRef table{QString::fromUtf8(r[0].c_str()), QString::fromUtf8(r[1].c_str())};
        const double live = r[2].as<double>();
        const double dead = r[3].as<double>();
        const double rows = r[4].as<double>();
        const double since = r[5].is_null() ? -1 : r[5].as<double>();
        const bool tableEnabled = QString::fromUtf8(r[7].c_str()).toLower() != u"false"_s &&
                                  QString::fromUtf8(r[7].c_str()).toLower() != u"off"_s;
        const double threshold = r[8].is_null() ? globalThreshold : r[8].as<double>();
        const double scale = r[9].is_null() ? globalScale : r[9].as<double>();
        const double start = trigger(threshold, scale, rows);
        if (dead <= start || (since >= 0 && since < th.vacuumStaleSeconds))
            continue;
        const double share = dead / std::max(1.0, live + dead);
        const bool critical = share >= th.deadShareCritical && dead >= th.deadTuplesCritical;
        QString cause;
        if (!autovacuumOn)
            cause = tr("autovacuum is off on the whole server.");
        else if (!tableEnabled)
            cause = tr("autovacuum is disabled on this table (autovacuum_enabled = false).");
        else
            cause = tr("autovacuum should have started at %L1 dead tuples: it is busy elsewhere, "
                       "throttled, or blocked by a long transaction.")
                        .arg(qint64(start));
        HealthFinding &f = ctx.add(
            u"vacuum_behind"_s, critical ? HealthSeverity::Critical : HealthSeverity::Warning,
            table.quoted(),
            tr("%1 has %L2 dead tuples (%3 of its rows); last vacuum: %4. %5")
                .arg(table.quoted())
                .arg(qint64(dead))
                .arg(DisplayFormat::percent(share * 100))
                .arg(ago(since), cause),
            tr("Dead tuples take space and are read by every scan; until VACUUM runs, the table "
               "and its indexes grow and queries slow down."));
        f.add(u"n_dead_tup"_s, qint64(dead))
            .add(u"n_live_tup"_s, qint64(live))
            .add(u"dead_share"_s, share)
            .add(u"autovacuum_trigger"_s, qint64(start))
            .add(u"seconds_since_vacuum"_s, since < 0 ? QVariant() : QVariant(qint64(since)))
            .add(u"vacuum_count"_s, r[6].as<qint64>())
            .add(u"autovacuum_enabled"_s, autovacuumOn && tableEnabled)
            .add(u"n_mod_since_analyze"_s, r[10].as<qint64>());
        f.fix = HealthFix::statement(
            u"VACUUM (ANALYZE) "_s + table.quoted(),
            tableEnabled ? tr("Vacuum the table now; if it falls behind again, give autovacuum "
                              "more room (see the autovacuum checks).")
                         : tr("Vacuum the table now, and turn autovacuum back on for it: ALTER "
                              "TABLE %1 RESET (autovacuum_enabled).")
                               .arg(table.quoted()),
            tr("VACUUM takes no lock that blocks reads or writes; it reads the whole table and "
               "adds I/O while it runs."));
        if (tableEnabled && autovacuumOn)
            ++ctx.tablesBehind;
    }
}

} // namespace sonde
