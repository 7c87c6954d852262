#include "StatementsAccess.h"

#include "connection/PgErrors.h"

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// Column names changed in pg_stat_statements 1.8 (PostgreSQL 13): total_time became
// total_exec_time and planning got its own columns; toplevel came in 1.9 (PostgreSQL 14).
std::string countersQuery(int serverVersion)
{
    const bool v13 = serverVersion >= 130000;
    const bool v14 = serverVersion >= 140000;
    const bool v17 = serverVersion >= 170000;
    std::string q = "SELECT /* sonde */ s.queryid, s.userid, s.dbid, ";
    q += v14 ? "s.toplevel, " : "true, ";
    q += v13 ? "s.calls, s.total_exec_time, s.min_exec_time, s.max_exec_time, "
               "s.mean_exec_time, s.stddev_exec_time, "
             : "s.calls, s.total_time, s.min_time, s.max_time, s.mean_time, s.stddev_time, ";
    q += "s.rows, s.shared_blks_hit, s.shared_blks_read, s.shared_blks_dirtied, "
         "s.shared_blks_written, s.temp_blks_read, s.temp_blks_written, ";
    q += v17 ? "s.shared_blk_read_time, s.shared_blk_write_time, "
             : "s.blk_read_time, s.blk_write_time, ";
    q += v13 ? "s.total_plan_time " : "0::float8 ";
    q += "FROM pg_stat_statements(false) s WHERE s.queryid IS NOT NULL";
    return q;
}

double num(const pqxx::field &f)
{
    return f.is_null() ? 0.0 : f.as<double>();
}

} // namespace

StatementSnapshot StatementsAccess::read(pqxx::connection &c, const QSet<StatementKey> &knownTexts)
{
    StatementSnapshot s;
    try {
        // Autocommit reads (the poller's session is read-only): no BEGIN / ROLLBACK noise.
        pqxx::nontransaction tx(c);
        const pqxx::result rows = tx.exec(countersQuery(c.server_version()));
        s.takenAt = QDateTime::currentDateTimeUtc();
        QList<StatementKey> missing;
        s.counters.reserve(int(rows.size()));
        for (const pqxx::row &r : rows) {
            StatementKey k;
            k.queryId = r[0].as<qint64>();
            k.userId = r[1].as<quint32>();
            k.dbId = r[2].as<quint32>();
            k.topLevel = r[3].as<bool>();
            StatementCounters x;
            x.calls = num(r[4]);
            x.totalMs = num(r[5]);
            x.minMs = num(r[6]);
            x.maxMs = num(r[7]);
            x.meanMs = num(r[8]);
            x.stddevMs = num(r[9]);
            x.rows = num(r[10]);
            x.sharedHit = num(r[11]);
            x.sharedRead = num(r[12]);
            x.sharedDirtied = num(r[13]);
            x.sharedWritten = num(r[14]);
            x.tempRead = num(r[15]);
            x.tempWritten = num(r[16]);
            x.ioReadMs = num(r[17]);
            x.ioWriteMs = num(r[18]);
            x.planMs = num(r[19]);
            x.deriveSumSquares();
            s.counters.insert(k, x);
            if (!knownTexts.contains(k))
                missing.append(k);
        }
        if (!missing.isEmpty()) {
            // Texts of new entries only (reading texts reads the whole query file).
            std::string ids = "{";
            for (qsizetype i = 0; i < missing.size(); ++i)
                ids += (i ? "," : "") + std::to_string(missing.at(i).queryId);
            ids += "}";
            const pqxx::result texts = tx.exec_params(
                "SELECT /* sonde */ s.queryid, s.userid, s.dbid, " +
                    std::string(c.server_version() >= 140000 ? "s.toplevel" : "true") +
                    ", s.query FROM pg_stat_statements(true) s WHERE s.queryid = ANY($1::bigint[])",
                ids);
            for (const pqxx::row &r : texts) {
                const StatementKey k{r[0].as<qint64>(), r[1].as<quint32>(), r[2].as<quint32>(),
                                     r[3].as<bool>()};
                s.newTexts.insert(k, r[4].is_null() ? QString() : QString::fromUtf8(r[4].c_str()));
            }
        }
        for (const pqxx::row &r : tx.exec("SELECT /* sonde */ oid, rolname FROM pg_roles"))
            s.roleNames.insert(r[0].as<quint32>(), QString::fromUtf8(r[1].c_str()));
        for (const pqxx::row &r : tx.exec("SELECT /* sonde */ oid, datname FROM pg_database"))
            s.databaseNames.insert(r[0].as<quint32>(), QString::fromUtf8(r[1].c_str()));
        if (c.server_version() >= 140000) {
            const pqxx::result info = tx.exec("SELECT /* sonde */ extract(epoch FROM "
                                              "stats_reset)::float8 FROM pg_stat_statements_info");
            if (!info.empty() && !info[0][0].is_null())
                s.statsReset = QDateTime::fromMSecsSinceEpoch(
                    qint64(info[0][0].as<double>() * 1000.0), Qt::UTC);
        }
    } catch (const std::exception &e) {
        s.error = explainError(pgErrorFromException(e), QString::fromUtf8(c.dbname()) + u" as "_s +
                                                            QString::fromUtf8(c.username()));
        s.counters.clear();
    }
    return s;
}

QString StatementsAccess::privilegeWarning(pqxx::connection &c)
{
    try {
        pqxx::nontransaction tx(c);
        const pqxx::row r = tx.exec1(
            "SELECT /* sonde */ current_user, pg_has_role(current_user, 'pg_read_all_stats', "
            "'USAGE')");
        if (r[1].as<bool>())
            return QString();
        const QString role = QString::fromUtf8(r[0].c_str());
        return insufficientPrivilege(role).message;
    } catch (const std::exception &) {
        return QString();
    }
}

DbError StatementsAccess::insufficientPrivilege(const QString &role)
{
    return DbError::make(
        DbError::Kind::MissingPrivilege,
        tr("Role %1 cannot see the statements of other roles (their text reads "
           "\"<insufficient privilege>\"): GRANT pg_read_all_stats TO %1; (or GRANT pg_monitor).")
            .arg(role));
}

DbError StatementsAccess::explainError(const DbError &error, const QString &target)
{
    DbError e = error;
    const QString detail = error.detail;
    if (error.sqlState == u"42P01"_s || error.sqlState == u"42883"_s) {
        e.kind = DbError::Kind::MissingExtension;
        e.message = tr("pg_stat_statements is not installed in %1: as a superuser run "
                       "CREATE EXTENSION pg_stat_statements; in that database (the server must "
                       "also load it: shared_preload_libraries = 'pg_stat_statements').")
                        .arg(target);
    } else if (detail.contains(u"shared_preload_libraries"_s)) {
        e.kind = DbError::Kind::MissingExtension;
        e.message = tr("pg_stat_statements is installed but the server does not load it: add "
                       "pg_stat_statements to shared_preload_libraries in postgresql.conf and "
                       "restart the server.");
    } else if (error.kind == DbError::Kind::MissingPrivilege) {
        e.message = tr("The role connected to %1 may not read pg_stat_statements: GRANT pg_monitor "
                       "TO <role>; (or GRANT EXECUTE ON FUNCTION pg_stat_statements TO <role>).")
                        .arg(target);
    }
    return e;
}

} // namespace sonde
