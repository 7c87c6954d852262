#include "StatementsAccess.h"

#include "connection/PgErrors.h"

using namespace Qt::StringLiterals;

namespace sonde {

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
