#pragma once

#include "StatementSnapshot.h"
#include "common/DbError.h"

#include <QCoreApplication>
#include <QSet>

#include <pqxx/connection>

namespace sonde {

// The SQL that reads pg_stat_statements (one place), and what to tell the user when the
// extension or a privilege is missing — exactly what to install or grant.
class StatementsAccess
{
    Q_DECLARE_TR_FUNCTIONS(StatementsAccess)
public:
    // Reads every entry's counters; texts only for keys not in `knownTexts` (reading texts
    // is the expensive part). Blocking; throws nothing (errors come back in the snapshot).
    static StatementSnapshot read(pqxx::connection &connection,
                                  const QSet<StatementKey> &knownTexts);

    // Turns a server error about pg_stat_statements into what to do about it.
    static DbError explainError(const DbError &error, const QString &target);
    // The role may not read other users' statement texts.
    static DbError insufficientPrivilege(const QString &role);
    // Non-empty when the connected role cannot see other users' statements.
    static QString privilegeWarning(pqxx::connection &connection);
};

} // namespace sonde
