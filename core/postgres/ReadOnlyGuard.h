#pragma once

#include "common/DbError.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pqxx {
class transaction_base;
}

namespace sonde {

// What stands between EXPLAIN ANALYZE and a write on a read-only target. The statement runs
// in a READ ONLY transaction, so the server itself refuses every write it can see —
// nextval(), setval(), a function that inserts. What it cannot see is a volatile function
// acting outside the transaction (dblink_exec() on another connection, a function that
// signals or reconfigures): so in read-only mode a statement that calls any volatile
// function by name is not run at all.
class ReadOnlyGuard
{
    Q_DECLARE_TR_FUNCTIONS(ReadOnlyGuard)
public:
    // The functions the statement calls by name, "schema.name" when written qualified, as
    // libpg_query parses them. Empty when the text does not parse.
    static QStringList calledFunctions(const QString &sql);
    // Inside the transaction that will run the statement: a ReadOnlyRefused error naming the
    // volatile functions it calls (as pg_proc says, every overload counted), none otherwise.
    static DbError refuseVolatile(pqxx::transaction_base &tx, const QString &sql);
    // A server refusal (SQLSTATE 25006) of a statement run read-only, said in words.
    static DbError explainRefusal(const DbError &err, bool targetReadOnly);
};

} // namespace sonde
