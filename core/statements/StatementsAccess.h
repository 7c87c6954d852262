#pragma once

#include "StatementSnapshot.h"
#include "common/DbError.h"

#include <QCoreApplication>

namespace sonde {

// What to tell the user when pg_stat_statements or a privilege to read it is missing —
// exactly what to install or grant. (StatementsReader holds the SQL that reads it.)
class StatementsAccess
{
    Q_DECLARE_TR_FUNCTIONS(StatementsAccess)
public:
    // Turns a server error about pg_stat_statements into what to do about it.
    static DbError explainError(const DbError &error, const QString &target);
    // The role may not read other users' statement texts.
    static DbError insufficientPrivilege(const QString &role);
};

} // namespace sonde
