#pragma once

#include "BenchRunState.h"
#include "BenchmarkConfig.h"
#include "PgWorkload.h"

#include <QByteArray>

#include <memory>
#include <vector>

namespace sonde {

// One benchmark thread driving several PostgreSQL connections with libpq's asynchronous
// API, one transaction in flight per connection (like a pgbench thread): the hot path is
// raw libpq, no allocation per transaction. Connections that break are counted as errors
// and reconnected with a back-off; a canceled run sends a cancel request for every
// statement in flight.
class PgBenchWorker
{
public:
    PgBenchWorker(const PgWorkload &workload, QueryProtocol protocol, QByteArray connString,
                  BenchRunState &state, BenchThreadStats &stats, int firstClientId,
                  int clientCount);
    ~PgBenchWorker();
    PgBenchWorker(const PgBenchWorker &) = delete;
    PgBenchWorker &operator=(const PgBenchWorker &) = delete;

    // Opens the connections (and prepares the statements); false with a message when the
    // first one cannot be opened.
    bool connectAll(QString *error);
    void run();

    struct Client;

private:
    bool connectClient(Client &c, QString *error);
    void disconnect(Client &c, int64_t now, bool lost);
    // Runs the client's script forward until it waits on the server or on time.
    void advance(Client &c, int64_t now);
    bool startTransaction(Client &c, int64_t now);
    bool send(Client &c, const PgStatement &st);
    void finishTransaction(Client &c, int64_t now);
    void abortTransaction(Client &c, int64_t now);
    void onReadable(Client &c, int64_t now);

    const PgWorkload &m_workload;
    QueryProtocol m_protocol;
    QByteArray m_connString;
    BenchRunState &m_state;
    BenchThreadStats &m_stats;
    std::vector<std::unique_ptr<Client>> m_clients;
    std::vector<double> m_cumulativeWeights;
    std::vector<std::vector<QByteArray>> m_simplePieces; // statement text split at $n
    std::vector<std::vector<int>> m_simpleParams;
    std::vector<QByteArray> m_statementNames;
};

// A short, stable name for an error class ("40001 serialization failure") from SQLSTATE.
QString pgErrorKind(const char *sqlState);

} // namespace sonde
