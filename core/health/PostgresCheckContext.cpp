#include "PostgresCheckContext.h"

#include "connection/PgSession.h"

#include <pqxx/pqxx>

namespace sonde {

DbError PostgresCheckContext::read(const std::function<void(pqxx::transaction_base &)> &work) const
{
    return session->run([&](pqxx::connection &c) {
        pqxx::read_transaction tx(c);
        tx.exec("SET LOCAL jit = off");
        work(tx);
    });
}

} // namespace sonde
