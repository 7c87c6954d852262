#pragma once

#include <pqxx/pqxx>

namespace sonde {

// A READ ONLY transaction whose every statement pg_stat_statements records as Sonde's own
// (OwnStatements::isSonde): libpqxx's read_transaction sends a bare "SET TRANSACTION READ
// ONLY", which the slow-query ranking would show as the application's. What remains bare is
// BEGIN and COMMIT/ROLLBACK, texts every client sends.
class OwnReadTransaction : public pqxx::work
{
public:
    explicit OwnReadTransaction(pqxx::connection_base &connection)
        : pqxx::internal::namedclass("OwnReadTransaction") // libpqxx's virtual base
        , pqxx::work(connection)
    {
        exec("/* sonde */ SET TRANSACTION READ ONLY");
    }
};

} // namespace sonde
