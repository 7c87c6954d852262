#pragma once

#include "common/DbError.h"

#include <functional>

#include <pqxx/connection>
#include <pqxx/nontransaction>

namespace sonde {

// A read-only transaction that goes on after a statement fails: each step() runs in a
// savepoint that is then rolled back and released, whether the step succeeded or not. So a
// failed step leaves the transaction usable, the locks a step took are let go at once rather
// than at the transaction's end, and savepoints do not pile up over thousands of steps. A
// step keeps what it needs (results, plans) before it returns.
//
// BEGIN, SAVEPOINT and ROLLBACK are sent as statements on a pqxx::nontransaction: pqxx's own
// transaction classes roll the whole transaction back at the first failed statement, which
// would end it behind its owner's back (through PgBouncer, handing the server process to the
// pool's next client in whatever state it is). One fixed savepoint name, so the monitored
// server's pg_stat_statements gets one entry for it. Owned by one thread with its connection.
class SavepointTransaction
{
public:
    // Sends BEGIN READ ONLY; throws what libpqxx throws.
    explicit SavepointTransaction(pqxx::connection &connection);
    // ROLLBACK when still open (a failure is ignored: a broken connection ends it anyway).
    ~SavepointTransaction();
    SavepointTransaction(const SavepointTransaction &) = delete;
    SavepointTransaction &operator=(const SavepointTransaction &) = delete;

    // For statements outside any step (SET LOCAL of the whole transaction).
    pqxx::transaction_base &statements() { return m_tx; }
    // Runs `work` in a savepoint rolled back afterwards; an exception of `work` comes back as
    // the DbError. Steps nest.
    DbError step(const std::function<void(pqxx::transaction_base &)> &work);
    DbError rollback();
    bool isOpen() const { return m_open; }

private:
    pqxx::nontransaction m_tx;
    bool m_open = false;
};

} // namespace sonde
