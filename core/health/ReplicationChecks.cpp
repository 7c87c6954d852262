#include "ReplicationChecks.h"

#include "common/DisplayFormat.h"
#include "sql/SqlText.h"

#include <QLocale>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

const char *const SlotsSql = R"SQL(
SELECT /* sonde health */ slot_name, slot_type, coalesce(database, ''), active,
       coalesce(wal_status, ''),
       pg_wal_lsn_diff(CASE WHEN pg_is_in_recovery() THEN pg_last_wal_receive_lsn()
                            ELSE pg_current_wal_lsn() END, restart_lsn),
       age(xmin), age(catalog_xmin)
FROM pg_replication_slots
ORDER BY slot_name
)SQL";

const char *const StandbysSql = R"SQL(
SELECT /* sonde health */ pid, coalesce(application_name, ''),
       coalesce(client_addr::text, 'local'), coalesce(state, ''), coalesce(sync_state, ''),
       pg_wal_lsn_diff(pg_current_wal_lsn(), sent_lsn),
       pg_wal_lsn_diff(pg_current_wal_lsn(), coalesce(replay_lsn, flush_lsn, write_lsn)),
       extract(epoch FROM coalesce(replay_lag, flush_lag, write_lag)),
       replay_lsn IS NULL
FROM pg_stat_replication
ORDER BY application_name, pid
)SQL";

// On a standby: how far behind the primary its replay is, when the primary writes.
const char *const ReplayDelaySql = R"SQL(
SELECT /* sonde health */ extract(epoch FROM now() - pg_last_xact_replay_timestamp()),
       pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn()
)SQL";

QString bytes(double b)
{
    return DisplayFormat::bytes(qint64(b));
}

} // namespace

void ReplicationChecks::run(pqxx::transaction_base &tx, PostgresCheckContext &ctx)
{
    const HealthThresholds &th = ctx.thresholds();
    for (const pqxx::row &r : tx.exec(SlotsSql)) {
        const QString name = QString::fromUtf8(r[0].c_str());
        const bool active = r[3].as<bool>();
        const QString walStatus = QString::fromUtf8(r[4].c_str());
        const double retained = r[5].is_null() ? 0 : r[5].as<double>();
        const bool lost = walStatus == u"lost"_s || walStatus == u"unreserved"_s;
        HealthSeverity s = HealthSeverity::Info;
        if (lost || retained >= th.slotRetainedCritical)
            s = HealthSeverity::Critical;
        else if (!active || retained >= th.slotRetainedWarning)
            s = HealthSeverity::Warning;
        else
            continue;
        HealthFinding &f = ctx.add(
            u"replication_slot"_s, s, tr("slot %1").arg(name),
            active ? tr("Replication slot %1 keeps %2 of WAL (wal_status %3).")
                         .arg(name, bytes(retained), walStatus)
                   : tr("Replication slot %1 is inactive (no consumer connected) and keeps %2 "
                        "of WAL (wal_status %3).")
                         .arg(name, bytes(retained), walStatus),
            tr("A slot keeps every WAL segment its consumer has not confirmed, and for a "
               "logical slot the catalog rows too: unchecked, pg_wal fills the disk and the "
               "server stops."));
        f.add(u"slot_name"_s, name)
            .add(u"slot_type"_s, QString::fromUtf8(r[1].c_str()))
            .add(u"database"_s, QString::fromUtf8(r[2].c_str()))
            .add(u"active"_s, active)
            .add(u"wal_status"_s, walStatus)
            .add(u"retained_bytes"_s, qint64(retained))
            .add(u"xmin_age"_s, r[6].is_null() ? QVariant() : QVariant(r[6].as<qint64>()))
            .add(u"catalog_xmin_age"_s, r[7].is_null() ? QVariant() : QVariant(r[7].as<qint64>()));
        f.fix = HealthFix::statement(
            u"SELECT pg_drop_replication_slot(%1)"_s.arg(quoteLiteral(name)),
            active ? tr("Find out why the consumer falls behind; drop the slot only if the "
                        "consumer is gone for good. max_slot_wal_keep_size caps what a slot "
                        "may keep.")
                   : tr("If the standby or subscriber of this slot is gone, drop the slot; if "
                        "it is coming back, bring it back soon."),
            tr("The consumer of a dropped slot can no longer resume: a standby must be "
               "rebuilt, a logical subscriber re-synchronised."));
    }
    if (ctx.inRecovery) {
        const pqxx::row r = tx.exec1(ReplayDelaySql);
        const double delay = r[0].is_null() ? 0 : r[0].as<double>();
        const bool caughtUp = !r[1].is_null() && r[1].as<bool>();
        if (!caughtUp && delay >= th.lagSecondsWarning) {
            HealthFinding &f = ctx.add(
                u"replication_lag"_s,
                delay >= th.lagSecondsCritical ? HealthSeverity::Critical : HealthSeverity::Warning,
                tr("this standby"),
                tr("This standby replays transactions %1 behind the primary.")
                    .arg(DisplayFormat::duration(delay * 1000.0)),
                tr("Reads from a lagging standby return old data, and a failover to it loses "
                   "or waits for what it has not replayed."));
            f.add(u"replay_delay_seconds"_s, qint64(delay));
            f.fix = HealthFix::adviceOnly(
                tr("Look for replay conflicts (pg_stat_database_conflicts), I/O on the standby, "
                   "and long queries there (max_standby_streaming_delay)."));
        }
        return;
    }
    for (const pqxx::row &r : tx.exec(StandbysSql)) {
        const QString app = QString::fromUtf8(r[1].c_str());
        const QString client = QString::fromUtf8(r[2].c_str());
        const double sentBehind = r[5].is_null() ? 0 : r[5].as<double>();
        const double behind = r[6].is_null() ? sentBehind : r[6].as<double>();
        const double seconds = r[7].is_null() ? 0 : r[7].as<double>();
        HealthSeverity s = HealthSeverity::Info;
        if (seconds >= th.lagSecondsCritical || behind >= th.lagBytesCritical)
            s = HealthSeverity::Critical;
        else if (seconds >= th.lagSecondsWarning || behind >= th.lagBytesWarning)
            s = HealthSeverity::Warning;
        else
            continue;
        const QString name = app.isEmpty() ? client : tr("%1 at %2").arg(app, client);
        HealthFinding &f = ctx.add(
            u"replication_lag"_s, s, tr("standby %1").arg(name),
            tr("Standby %1 is %2 of WAL behind (%3 s) in state %4.")
                .arg(name, bytes(behind))
                .arg(qint64(seconds))
                .arg(QString::fromUtf8(r[3].c_str())),
            tr("Reads from a lagging standby return old data; a failover to it loses or waits "
               "for what it has not received, and the primary keeps the WAL it still needs."));
        f.add(u"pid"_s, r[0].as<int>())
            .add(u"application_name"_s, app)
            .add(u"client"_s, client)
            .add(u"state"_s, QString::fromUtf8(r[3].c_str()))
            .add(u"sync_state"_s, QString::fromUtf8(r[4].c_str()))
            .add(u"sent_behind_bytes"_s, qint64(sentBehind))
            .add(u"behind_bytes"_s, qint64(behind))
            .add(u"lag_seconds"_s, seconds)
            .add(u"replays"_s, !r[8].as<bool>());
        f.fix = HealthFix::adviceOnly(
            sentBehind >= behind / 2
                ? tr("The primary has not even sent the WAL yet: look at the network between "
                     "them and at the WAL sender (pg_stat_replication).")
                : tr("The standby receives but does not keep up: look at its disk I/O, "
                     "replay conflicts and long queries on it."));
    }
}

} // namespace sonde
