#include "SavepointTransaction.h"

#include "connection/PgErrors.h"

#include <pqxx/pqxx>

namespace sonde {

SavepointTransaction::SavepointTransaction(pqxx::connection &connection)
    : m_tx(connection)
{
    m_tx.exec("/* sonde */ BEGIN READ ONLY");
    m_open = true;
}

SavepointTransaction::~SavepointTransaction()
{
    if (m_open)
        rollback();
}

DbError SavepointTransaction::step(const std::function<void(pqxx::transaction_base &)> &work)
{
    try {
        m_tx.exec("SAVEPOINT sonde_step");
    } catch (const std::exception &e) {
        return pgErrorFromException(e);
    }
    DbError err;
    try {
        work(m_tx);
    } catch (const std::exception &e) {
        err = pgErrorFromException(e);
    }
    try {
        m_tx.exec("ROLLBACK TO SAVEPOINT sonde_step; RELEASE SAVEPOINT sonde_step");
    } catch (const std::exception &e) {
        // The transaction is unusable now: the owner's next statement fails too.
        if (!err)
            err = pgErrorFromException(e);
    }
    return err;
}

DbError SavepointTransaction::rollback()
{
    if (!m_open)
        return {};
    m_open = false;
    try {
        m_tx.exec("/* sonde */ ROLLBACK");
    } catch (const std::exception &e) {
        return pgErrorFromException(e);
    }
    return {};
}

} // namespace sonde
