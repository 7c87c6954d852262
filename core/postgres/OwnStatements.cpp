#include "OwnStatements.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sonde {

QString OwnStatements::marker()
{
    return u"/* sonde */"_s;
}

bool OwnStatements::isSonde(const QString &sql)
{
    const QString s = sql.trimmed();
    return s.startsWith(marker()) || s.startsWith(u"PREPARE sonde_"_s) ||
           s.contains(u"sonde_generic"_s) || s.contains(u"hypopg_"_s);
}

bool OwnStatements::readsCatalogs(const QString &sql)
{
    static const QRegularExpression catalog(
        u"\\b(pg_catalog|information_schema|pg_stat\\w*|pg_class|pg_namespace|pg_attribute|"
        "pg_settings|pg_database|pg_locks|pg_roles|pg_index|pg_prepared_statements|"
        "pg_prepared_xacts|pg_extension|pg_proc|pg_type|pg_constraint|pg_replication_slots|"
        "pg_inherits|pg_statistic\\w*|pg_tablespace|pg_sequences?|pg_tables|pg_indexes|"
        "pg_backend_pid|pg_relation_size|pg_total_relation_size|hypopg\\w*|pg_qualstats\\w*)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    return catalog.match(sql).hasMatch();
}

} // namespace sonde
