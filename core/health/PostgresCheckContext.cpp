#include "PostgresCheckContext.h"

#include "connection/OwnReadTransaction.h"
#include "connection/PgSession.h"

#include <pqxx/pqxx>

#include <string>

namespace sonde {

DbError PostgresCheckContext::read(const std::function<void(pqxx::transaction_base &)> &work) const
{
    return session->run([&](pqxx::connection &c) {
        OwnReadTransaction tx(c);
        tx.exec("/* sonde health */ SET LOCAL jit = off");
        if (statementTimeoutMs > 0)
            tx.exec("/* sonde health */ SET LOCAL statement_timeout = " +
                    std::to_string(statementTimeoutMs));
        work(tx);
    });
}

} // namespace sonde
