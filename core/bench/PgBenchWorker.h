#pragma once

#include "BenchRunState.h"
#include "BenchmarkConfig.h"
#include "PgWorkload.h"
#include "ScriptInterpreter.h"

#include <QByteArray>

#include <memory>
#include <vector>

typedef struct pg_result PGresult;

namespace sonde {

// How a thread of a PostgreSQL workload runs its clients, beyond the workload itself.
struct PgRunOptions
{
    QueryProtocol protocol = QueryProtocol::Prepared;
    QByteArray connString;
    int maxTries = 1;           // tries of a transaction that fails on a serialization or
                                // deadlock error; 0: no limit (then a latency limit or a
                                // duration bounds the retries)
    int64_t latencyLimitNs = 0; // --latency-limit; 0: none
    PgbenchSeeds seeds;         // for the whole run; this thread picks its own
    int64_t randomSeed = 0;     // :random_seed
    int thread = 0;
    ScriptOutput *output = nullptr; // debug(); shared by threads, must be thread-safe
};

// One benchmark thread driving several PostgreSQL connections with libpq's asynchronous
// API, one transaction in flight per connection, as a pgbench thread does: it runs the
// scripts' meta-commands (through each client's ScriptInterpreter), sends SQL with the
// chosen protocol, in pipelines between \startpipeline and \endpipeline, stores \gset and
// \aset results, retries serialization and deadlock failures up to maxTries with the same
// random draws, throttles to --rate on a Poisson schedule shared by the thread's clients
// and skips the slots already later than --latency-limit. Other SQL errors are counted and
// the transaction rolled back; a script error (a meta-command that fails, a \gset without
// its row) stops the client, as it aborts a pgbench client. Connections that break are
// counted and reconnected with a back-off; a canceled run sends a cancel request for every
// statement in flight. The hot path is raw libpq with no allocation per transaction.
class PgBenchWorker
{
public:
    PgBenchWorker(const PgWorkload &workload, const PgRunOptions &options, BenchRunState &state,
                  BenchThreadStats &stats, int firstClientId, int clientCount);
    ~PgBenchWorker();
    PgBenchWorker(const PgBenchWorker &) = delete;
    PgBenchWorker &operator=(const PgBenchWorker &) = delete;

    // Opens the connections (and prepares the statements); false with a message when the
    // first one cannot be opened.
    bool connectAll(QString *error);
    void run();

    // After run(): per script and command (measured transactions only).
    const std::vector<ScriptStatistics> &scriptStatistics() const { return m_scriptStats; }
    // After run(): the clients a script error stopped, and the first such error.
    int stoppedClients() const { return m_stoppedClients; }
    const QString &stopReason() const { return m_stopReason; }

    struct Client;

private:
    enum class Failure
    {
        None,
        Retryable, // serialization failure or deadlock
        Sql,       // any other SQL error
        Script,    // the script itself: the client stops
    };

    bool connectClient(Client &c, QString *error);
    void disconnect(Client &c, int64_t now, bool lost);
    bool beginTransaction(Client &c, int64_t now);
    int chooseScript();
    // Runs the client's script forward until it waits on the server or on time.
    void advance(Client &c, int64_t now);
    bool send(Client &c, const PgStatement &st);
    void commandDone(Client &c, int64_t now);
    void finishTransaction(Client &c, int64_t now);
    void fail(Client &c, int64_t now, Failure kind, const QString &kindName,
              const QString &message);
    void afterFailure(Client &c, int64_t now);
    void stopClient(Client &c, const QString &message);
    bool canRetry(const Client &c, int64_t now) const;
    void onReadable(Client &c, int64_t now);
    void readPipeline(Client &c, int64_t now);
    void readCommand(Client &c, int64_t now);
    void noteResult(Client &c, PGresult *r);
    bool storeHeldResult(Client &c);
    void sleepUntil(Client &c, int64_t at);

    const PgWorkload &m_workload;
    PgRunOptions m_options;
    BenchRunState &m_state;
    BenchThreadStats &m_stats;
    std::vector<std::unique_ptr<Client>> m_clients;
    std::vector<int64_t> m_cumulativeWeights;
    PgbenchRandom m_choose;
    PgbenchRandom m_rateDelays;
    double m_ratePerThread = 0;
    int64_t m_throttleTrigger = 0;
    std::vector<std::vector<QByteArray>> m_replayPieces; // replay statement text split at $n
    std::vector<std::vector<int>> m_replayParams;
    std::vector<QByteArray> m_statementNames;
    std::vector<ScriptStatistics> m_scriptStats;
    int m_stoppedClients = 0;
    QString m_stopReason;
};

// A short, stable name for an error class ("40001 serialization failure") from SQLSTATE.
QString pgErrorKind(const char *sqlState);

} // namespace sonde
