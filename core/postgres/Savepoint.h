#pragma once

#include "common/DbError.h"

#include <functional>

namespace pqxx {
class dbtransaction;
}

namespace sonde {

// Runs `work` in a savepoint of the open transaction `tx`, then rolls the savepoint back and
// releases it, whether `work` succeeded or not: a statement that fails leaves the transaction
// usable, the locks the statements took are let go at once instead of at the transaction's
// end, and savepoints do not pile up over thousands of calls. `work` keeps what it needs
// (results, plans) before it returns. An exception of `work` comes back as the DbError.
// One fixed savepoint name, so the monitored server's pg_stat_statements gets one entry for it.
DbError runInSavepoint(pqxx::dbtransaction &tx,
                       const std::function<void(pqxx::dbtransaction &)> &work);

} // namespace sonde
