#include "Savepoint.h"

#include "connection/PgErrors.h"

#include <pqxx/pqxx>

namespace sonde {

DbError runInSavepoint(pqxx::dbtransaction &tx,
                       const std::function<void(pqxx::dbtransaction &)> &work)
{
    try {
        tx.exec("SAVEPOINT sonde_step");
    } catch (const std::exception &e) {
        return pgErrorFromException(e);
    }
    DbError err;
    try {
        work(tx);
    } catch (const std::exception &e) {
        err = pgErrorFromException(e);
    }
    try {
        tx.exec("ROLLBACK TO SAVEPOINT sonde_step; RELEASE SAVEPOINT sonde_step");
    } catch (const std::exception &e) {
        // The transaction is unusable now: the caller's next statement says so too.
        if (!err)
            err = pgErrorFromException(e);
    }
    return err;
}

} // namespace sonde
