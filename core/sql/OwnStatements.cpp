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
    // The generic plan's prepared statement, the what-if transaction's savepoint.
    static const QRegularExpression ownNames(u"\\bsonde_(generic|step)\\b"_s);
    // The marker opens the statement, or follows its first keyword ("SELECT /* sonde health */").
    static const QRegularExpression marked(u"^(\\w+\\s+)?/\\* sonde[ *]"_s);
    return marked.match(s).hasMatch() || s.startsWith(u"PREPARE sonde_"_s) ||
           ownNames.match(s).hasMatch() || s.contains(u"hypopg_"_s);
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
