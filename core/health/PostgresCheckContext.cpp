#include "PostgresCheckContext.h"

#include "connection/PgSession.h"

#include <pqxx/pqxx>

#include <string>

namespace sonde {

DbError PostgresCheckContext::read(const std::function<void(pqxx::transaction_base &)> &work) const
{
    return session->run([&](pqxx::connection &c) {
        pqxx::read_transaction tx(c);
        tx.exec("SET LOCAL jit = off");
        if (statementTimeoutMs > 0)
            tx.exec("SET LOCAL statement_timeout = " + std::to_string(statementTimeoutMs));
        work(tx);
    });
}

} // namespace sonde
